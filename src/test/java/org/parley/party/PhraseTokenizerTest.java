package org.parley.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class PhraseTokenizerTest {

    @Test
    void keepsAbbreviationsElisionsAndPlusWholeAndSplitsPossessives() {
        assertEquals(List.of("the", "U.S", "and", "Russia", "'s", "talks", "in", "Côte", "d'Ivoire", "OPEC+", "U.S."),
                texts("the U.S and Russia’s talks in Côte d’Ivoire; OPEC+ U.S."));
    }

    @Test
    void aSentenceFullStopIsNotPartOfTheWord() {
        assertEquals(List.of("Moscow", "said", "no", "U.S."), texts("Moscow. said no. U.S."));
    }

    @Test
    void marksHyphenatedCompounds() {
        List<Token> tokens = PhraseTokenizer.tokenize("pro-Russian Ukrainian-born secretary-general");
        assertTrue(tokens.get(1).hyphenBefore());
        assertFalse(tokens.get(1).hyphenAfter());
        assertTrue(tokens.get(2).hyphenAfter());
        assertTrue(tokens.get(5).hyphenBefore());
    }

    @Test
    void tellsWordsJoinedBySpacesFromWordsAcrossPunctuation() {
        List<Token> tokens = PhraseTokenizer.tokenize("Jens Stoltenberg, NATO's chief");
        assertTrue(tokens.get(1).spaceBefore());
        assertFalse(tokens.get(2).spaceBefore(), "a comma stands between");
        assertFalse(tokens.get(0).spaceBefore(), "nothing before the first word");
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "  the Kremlin's";
        Token kremlin = PhraseTokenizer.tokenize(text).get(1);
        assertEquals("Kremlin", text.substring(kremlin.start(), kremlin.end()));
    }

    private static List<String> texts(String text) {
        return PhraseTokenizer.tokenize(text).stream().map(Token::text).toList();
    }
}
