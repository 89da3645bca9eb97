package org.parley.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CueLexiconTest {

    private static final CueLexicon CUES = CueLexicon.bundled();

    private static Cue match(String text, int token) {
        List<Token> tokens = new Tokenizer(Set.of()).tokenize(text);
        return CUES.match(tokens, token, tokens.size());
    }

    @Test
    void everyFormOfAVerbIsACue() {
        for (String form : List.of("says", "said", "saying", "told", "argued", "insisting")) {
            assertEquals(1, match("x " + form, 1).end() - match("x " + form, 1).first(), form);
        }
    }

    @Test
    void theLongestPhraseWins() {
        Cue cue = match("according to Interfax", 0);
        assertEquals(2, cue.end() - cue.first());
        assertTrue(cue.has(CueFlag.SOURCE_AFTER));
    }

    @Test
    void wordsThatAreMostlyNounsAreNotCues() {
        assertNull(match("the states", 1));
    }
}
