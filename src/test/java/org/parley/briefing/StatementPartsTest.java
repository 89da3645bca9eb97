package org.parley.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.parley.extraction.Attribution;
import org.parley.extraction.Kind;
import org.parley.extraction.QuoteParts;
import org.parley.extraction.Span;

/** The quotes and positions one statement gives the exports, on passages we wrote. */
class StatementPartsTest {

    private static List<String> parts(String text, Kind kind, String content) {
        int start = text.indexOf(content);
        Attribution a = new Attribution(kind, new Span(start, start + content.length()), null, null, "Anja Reswick",
                null, "Valdoria");
        return StatementParts.of(a, QuoteParts.of(text)).stream()
                .map(p -> p.kind() + "/" + p.form() + ":" + p.span().of(text)).toList();
    }

    @Test
    void aQuoteBrokenByItsAttributionIsTwoQuotes() {
        String text = "Title\n\n\"We are ready,\" she said. \"We will sign on Monday.\"\n";
        assertEquals(List.of("direct/full:\"We are ready,\"", "direct/full:\"We will sign on Monday.\""),
                parts(text, Kind.DIRECT, "\"We are ready,\" she said. \"We will sign on Monday.\""));
    }

    @Test
    void aReportedStatementIsAPositionAndItsQuotedWordsPartialQuotes() {
        String text = "Title\n\nThe minister said the talks were 'constructive' but 'far from over'.\n";
        assertEquals(List.of("indirect/mixed:the talks were 'constructive' but 'far from over'",
                        "direct/partial:'constructive'", "direct/partial:'far from over'"),
                parts(text, Kind.MIXED, "the talks were 'constructive' but 'far from over'"));
    }

    @Test
    void aQuoteRunningOverParagraphsIsOneQuote() {
        String text = "Title\n\nShe said: 'We came to talk.\n\n'We will stay until it is done.'\n";
        assertEquals(List.of("direct/full:'We came to talk.\n\n'We will stay until it is done.'"),
                parts(text, Kind.DIRECT, "'We came to talk.\n\n'We will stay until it is done.'"));
    }

    @Test
    void anApostropheIsNoQuote() {
        String text = "Title\n\nHe said Valdoria's offer didn't go far enough.\n";
        assertEquals(List.of("indirect/indirect:Valdoria's offer didn't go far enough"),
                parts(text, Kind.INDIRECT, "Valdoria's offer didn't go far enough"));
    }
}
