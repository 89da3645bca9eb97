package org.parley.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ArticleDatesTest {

    @Test
    void readsTheFormsOutletsWrite() {
        assertEquals(LocalDate.of(2022, 1, 13), ArticleDates.parse("2022-01-13"));
        assertEquals(LocalDate.of(2022, 1, 13), ArticleDates.parse("2022-01-13T09:30:00+01:00"));
        assertEquals(LocalDate.of(2022, 1, 13), ArticleDates.parse("January 13, 2022"));
        assertEquals(LocalDate.of(2024, 2, 29), ArticleDates.parse("29 Feb 2024"));
        assertNull(ArticleDates.parse("yesterday"), "no date in a form read here: none");
    }

    @Test
    void aDateInAKnownFormThatIsNoDayOfTheCalendarIsAnError() {
        for (String impossible : new String[] {"2026-02-30", "February 30, 2026", "29 Feb 2025", "2026-13-01"}) {
            ArticleDates.ImpossibleDate e = assertThrows(ArticleDates.ImpossibleDate.class,
                    () -> ArticleDates.parse(impossible), impossible);
            assertTrue(e.getMessage().contains(impossible), e.getMessage());
        }
    }

    @Test
    void anArticleWithAnImpossibleDateIsRejectedWithItsReason() {
        String text = "---\ndate: 2026-02-30\nsource: Wire\n---\nTalks\n\n" + "The talks went on in Geneva. ".repeat(12);
        ArticleRejectedException e = assertThrows(ArticleRejectedException.class, () -> new ArticleParser()
                .parse("a.md", ArticleEntry.Format.MD, text.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("2026-02-30") && e.getMessage().contains("no day of the calendar"),
                e.getMessage());
    }
}
