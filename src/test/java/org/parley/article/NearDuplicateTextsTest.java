package org.parley.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/** One statement as several outlets reported it is one group; different statements are not. */
class NearDuplicateTextsTest {

    @Test
    void sameQuoteWithSmallDifferencesIsOneGroup() {
        List<String> quotes = List.of(
                "\"There is a real risk for a new armed conflict in Europe,\"",
                "“There is a real risk of a new armed conflict in Europe”",
                "\"Our differences will not be easy to bridge,\"",
                "There is a real risk for a new armed conflict in Europe");

        List<List<String>> groups = NearDuplicateTexts.group(quotes, Function.identity());

        assertEquals(List.of(List.of(quotes.get(0), quotes.get(1), quotes.get(3)), List.of(quotes.get(2))), groups);
    }

    @Test
    void quoteCutShortJoinsTheFullQuote() {
        List<String> quotes = List.of(
                "the alliance was willing to hold arms talks but would not allow Moscow to veto Ukraine's ambition "
                        + "to join NATO one day",
                "would not allow Moscow to veto Ukraine's ambition to join NATO one day");
        assertEquals(1, NearDuplicateTexts.group(quotes, Function.identity()).size());
    }

    @Test
    void sameTopicDifferentWordsStayApart() {
        List<String> positions = List.of(
                "Moscow was ready to talk about the deployment of weapons and verification measures",
                "Moscow would use military means to neutralize security threats if diplomacy proved inadequate",
                "Moscow wanted a written answer from NATO on its proposal");
        assertEquals(3, NearDuplicateTexts.group(positions, Function.identity()).size());
    }

    @Test
    void shortTextsGroupOnlyWhenTheSame() {
        List<String> texts = List.of("No comment.", "no comment", "No, comment later");
        assertEquals(List.of(List.of("No comment.", "no comment"), List.of("No, comment later")),
                NearDuplicateTexts.group(texts, Function.identity()));
    }

    /** A statement as one article and its reprint report it. */
    record Reported(String doc, String outlet, String text) {
    }

    @Test
    void storyAndEditedReprintYieldOneStatementWithTwoOutlets() throws Exception {
        Article story = NearDuplicatesTest.fixture("wire-story.txt");
        Article reprint = NearDuplicatesTest.fixture("edited-reprint.txt");
        String quote = "\"We have narrowed our differences on the inspection regime, but we are not there yet,\"";
        String position = "the organisation remained ready to help both sides and welcomed what he called a "
                + "constructive atmosphere in the room";
        List<Reported> statements = List.of(
                new Reported(story.doc(), story.outlet(), quote),
                new Reported(story.doc(), story.outlet(), position),
                new Reported(reprint.doc(), reprint.outlet(), quote),
                new Reported(reprint.doc(), reprint.outlet(), "the organisation remained ready to help both sides "
                        + "and welcomed what he called a constructive atmosphere in the room."));

        List<List<Reported>> groups = NearDuplicateTexts.group(statements, Reported::text);

        assertEquals(2, groups.size());
        assertEquals(List.of("Wire Service", "Daily Courier"), groups.get(0).stream().map(Reported::outlet).toList());
        assertEquals(List.of("Wire Service", "Daily Courier"), groups.get(1).stream().map(Reported::outlet).toList());
    }
}
