package org.parley.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<String> words(String text) {
        return new Tokenizer(Set.of("mr.", "sen.")).tokenize(text).stream().map(Token::text).toList();
    }

    @Test
    void abbreviationsAndInitialsKeepTheirPeriodButSentenceStopsDoNot() {
        assertEquals(List.of("Mr.", "Lindsey", "O.", "Graham", "met", "U.S.", "officials", "."),
                words("Mr. Lindsey O. Graham met U.S. officials."));
    }

    @Test
    void possessivesSplitAndInnerPunctuationStays() {
        assertEquals(List.of("NATO", "’s", "Secretary-General", "don't", "’", "90"),
                words("NATO’s Secretary-General don't ’90"));
    }

    @Test
    void doubledApostrophesDashesAndEllipsesAreOneToken() {
        assertEquals(List.of("''", "Yes", ",", "''", "he", "said", "--", "then", "..."),
                words("''Yes,'' he said -- then..."));
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "  “Ready,” said Lopez.";
        Token quote = new Tokenizer(Set.of()).tokenize(text).get(0);
        assertEquals(2, quote.start());
        assertEquals("“", text.substring(quote.start(), quote.end()));
    }
}
