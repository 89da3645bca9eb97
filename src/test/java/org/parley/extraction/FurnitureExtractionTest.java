package org.parley.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Page furniture in an article yields no statements; the story around it keeps its own. */
class FurnitureExtractionTest {

    private static final String TITLE = "Talks in Fredville\n\n";

    private static List<String> contents(String body) {
        String text = TITLE + body;
        return Passages.extract(text).stream().map(a -> Passages.text(text, a.content())).toList();
    }

    @Test
    void aCookieNoticeSpeaksForNobody() {
        String story = "The foreign minister of Freedonia, Maria Lopez, said on Tuesday that her government was"
                + " ready to resume talks.\n\n\"We have come a long way,\" Lopez told reporters.";
        String notice = "By clicking \"Accept all\", you agree that we and our partners may store cookies on your"
                + " device, as our cookie policy explains.\n\nWe use cookies to improve your experience; our partners"
                + " say they use them to show you relevant adverts.\n\n";
        List<String> expected = List.of("that her government was ready to resume talks",
                "\"We have come a long way,\"");
        assertEquals(expected, contents(notice + story));
        assertEquals(expected, contents(story));
    }

    @Test
    void relatedHeadlinesAndBylinesSpeakForNobody() {
        String body = "By MARIA LOPEZ FOR MAILONLINE\n\nThe envoy said the league would send observers to the border."
                + "\n\nRelated:\n\n• Lopez says Freedonia will not back down\n\n• Envoy warns talks could collapse";
        assertEquals(List.of("the league would send observers to the border"), contents(body));
    }

    @Test
    void captionsStillSpeak() {
        String body = "The envoy met Lopez in Fredville on Monday.\n\nNegotiators worked late into the night.\n\n"
                + "Lopez, pictured in Fredville, said the border would stay open for aid convoys\n\n"
                + "The talks resume next week.\n\nBoth delegations flew home on Tuesday.";
        assertEquals(List.of("the border would stay open for aid convoys"), contents(body));
    }
}
