package org.parley.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;

/** An article read once for every question about its parties. */
class PartyIndexTest {

    private final PartyIndex index = PartyRegistry.bundled().index();

    @Test
    void aReadingHoldsTheTokensAndTheFormsAScanFinds() {
        String text = "NATO and Russia met in Brussels. The alliance said little.";
        PartyIndex.Reading reading = index.read(text);
        List<Token> tokens = PhraseTokenizer.tokenize(text);
        assertEquals(tokens, reading.tokens());
        assertEquals(index.scan(tokens), reading.matches());
    }

    @Test
    void theSameTextReadTwiceInARowIsTokenisedOnce() {
        String text = "Moscow and Kyiv";
        String other = "Washington";
        PartyIndex.Reading first = index.read(text);
        assertSame(first, index.read(text));
        assertNotSame(first, index.read(other));
        assertNotSame(first, index.read(text)); // another text came between
    }
}
