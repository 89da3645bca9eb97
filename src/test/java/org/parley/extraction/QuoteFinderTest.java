package org.parley.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class QuoteFinderTest {

    private static List<String> quotes(String text) {
        return new QuoteFinder().find(text).stream().map(q -> text.substring(q.start(), q.end())).toList();
    }

    @Test
    void doubleMarksOfEveryKind() {
        assertEquals(List.of("\"a\"", "“b”", "''c''", "«d»"), quotes("x \"a\" y “b” z ''c'' w «d» v"));
    }

    @Test
    void apostrophesAreNotQuotationMarks() {
        assertEquals(List.of(), quotes("Russia’s envoy didn’t say the ’90s were over, nor the voters’ mood."));
    }

    @Test
    void singleMarksPairWithinAParagraph() {
        assertEquals(List.of("‘not a start’", "'red line'"), quotes("It was ‘not a start’ and a 'red line'."));
    }

    @Test
    void aQuoteRunsOnWhenTheNextParagraphOpensWithAMark() {
        String text = "He said: “One.\n\n“Two.”\n\nAfter.";
        assertEquals(List.of("“One.\n\n“Two.”"), quotes(text));
    }

    @Test
    void anUnclosedQuoteEndsWithItsParagraph() {
        Quote q = new QuoteFinder().find("He said “one and two\n\nThen more.").get(0);
        assertEquals(false, q.closed());
        assertEquals(20, q.end());
    }
}
