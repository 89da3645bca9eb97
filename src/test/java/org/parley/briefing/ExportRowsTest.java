package org.parley.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ExportRowsTest {

    private static Briefing.StatementRow row(String speaker, String kind, String text, String article, int start,
                                             String outlet) {
        return new Briefing.StatementRow(speaker, "Hamas", "r1", kind, "full", "said", text, article, start,
                start + text.length(), List.of(outlet));
    }

    @Test
    void theSameWordsOfOneSpeakerInTwoArticlesAreOneEntryWithBothPlacesAndOutlets() {
        Briefing.StatementRow first = row("Khalil al-Hayya", "direct", "\"a unified Palestinian movement\"", "a.txt", 10,
                "BBC");
        Briefing.StatementRow copy = row("Khalil al-Hayya", "direct", "'a unified Palestinian movement'", "b.txt", 300,
                "Daily Mail");
        List<Briefing.StatementRow> merged = ExportRows.merged(List.of(first, copy));
        assertEquals(1, merged.size());
        Briefing.StatementRow entry = merged.get(0);
        assertEquals("a.txt", entry.article(), "the first row's place is the entry's");
        assertEquals(first.text(), entry.text());
        assertEquals(List.of("BBC", "Daily Mail"), entry.outlets());
        assertEquals(List.of(new Briefing.Occurrence("b.txt", 300, 300 + copy.text().length(), List.of("Daily Mail"))),
                entry.alsoIn());
    }

    @Test
    void aHeadlineAndItsBodyInOneArticleAreOneEntry() {
        List<Briefing.StatementRow> merged = ExportRows.merged(List.of(
                row("Hamas", "direct", "'positive response'", "a.txt", 66, "BBC"),
                row("Hamas", "direct", "\"positive response\"", "a.txt", 143, "BBC")));
        assertEquals(1, merged.size());
        assertEquals(1, merged.get(0).alsoIn().size());
        assertEquals(List.of("BBC"), merged.get(0).outlets());
    }

    @Test
    void otherSpeakersOtherKindsAndOtherWordsStaySeparateInTheirOrder() {
        Briefing.StatementRow hayya = row("Khalil al-Hayya", "indirect", "that the group would not disarm", "a.txt", 0,
                "BBC");
        Briefing.StatementRow other = row("Basem Naim", "indirect", "that the group would not disarm", "b.txt", 0, "BBC");
        Briefing.StatementRow quote = row("Khalil al-Hayya", "direct", "that the group would not disarm", "c.txt", 0,
                "BBC");
        Briefing.StatementRow different = row("Khalil al-Hayya", "indirect",
                "that the hostages would be freed within 72 hours", "d.txt", 0, "BBC");
        Briefing.StatementRow again = row("Khalil al-Hayya", "indirect", "that the group would not disarm", "e.txt", 0,
                "Daily Mail");
        List<Briefing.StatementRow> merged = ExportRows.merged(List.of(hayya, other, quote, different, again));
        assertEquals(List.of("a.txt", "b.txt", "c.txt", "d.txt"), merged.stream().map(Briefing.StatementRow::article)
                .toList());
        assertEquals(List.of("e.txt"), merged.get(0).alsoIn().stream().map(Briefing.Occurrence::article).toList());
        assertEquals(List.of(), merged.get(1).alsoIn());
    }
}
