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

    @Test
    void britishQuotesRunOverParagraphsThatEachOpenWithAMark() {
        String text = "He said: 'We came to talk.\n\n'We will stay until it's done.'\n\nAfter.";
        assertEquals(List.of("'We came to talk.\n\n'We will stay until it's done.'"), quotes(text));
    }

    @Test
    void aBritishQuoteBrokenByACaptionIsOpenToItsParagraphsEnd() {
        String text = "She said: 'The sea of people cannot be stopped.\n\nProtesters march in the rain\n\n"
                + "'We will not get tired.'";
        List<Quote> found = new QuoteFinder().find(text);
        assertEquals(List.of("'The sea of people cannot be stopped.", "'We will not get tired.'"), quotes(text));
        assertEquals(false, found.get(0).closed());
    }

    @Test
    void aPluralPossessiveDoesNotCloseAQuote() {
        String text = "'The protesters' demands are fair,' he said, and 'the voters' mood' is clear.";
        assertEquals(List.of("'The protesters' demands are fair,'", "'the voters' mood'"), quotes(text));
    }

    @Test
    void aQuotedWordFollowedByAWordInLowerCaseCloses() {
        assertEquals(List.of("'hooligans'", "'a disgrace'"),
                quotes("He called them 'hooligans' and said it was 'a disgrace'."));
    }

    @Test
    void doubleMarksNestedInASingleQuoteArePartOfIt() {
        String text = "'He told me \"go home\" and left,' she said.";
        assertEquals(List.of("'He told me \"go home\" and left,'"), quotes(text));
    }

    @Test
    void anUnbalancedMarkDoesNotSwallowTheParagraph() {
        assertEquals(List.of(), quotes("Fans of rock 'n roll and the 'new wave came to Minsk.\n\nThey did'nt stay."));
    }
}
