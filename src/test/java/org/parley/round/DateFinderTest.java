package org.parley.round;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.round.DateFinder.DateHit;

/** Dates in sentences, resolved against the article's day; a year only when one is given. */
class DateFinderTest {

    /** A Wednesday. */
    private static final LocalDate MARCH_15 = LocalDate.of(2023, 3, 15);

    private static TalksDate only(Anchor anchor, String sentence) {
        List<DateHit> hits = new DateFinder(anchor, new Tense(RoundLexicon.bundled()))
                .find(sentence, 0, sentence.length());
        assertEquals(1, hits.size(), () -> "dates in '" + sentence + "': " + hits);
        return hits.get(0).date();
    }

    private static Anchor on(LocalDate day) {
        return new Anchor(day, null, List.of());
    }

    @Test
    void weekdayInThePastIsTheLastOneOnOrBeforeTheArticle() {
        assertEquals(TalksDate.of(LocalDate.of(2023, 3, 13)), only(on(MARCH_15), "The two sides met on Monday."));
        assertEquals(TalksDate.of(MARCH_15), only(on(MARCH_15), "Talks ended on Wednesday without a deal."));
        assertEquals(TalksDate.of(LocalDate.of(2023, 3, 9)), only(on(MARCH_15), "She said on Thursday it had failed."));
    }

    @Test
    void daysLaterCountFromTheDateBeforeThem() {
        String s = "The strikes, which began on 13 June, scuppered a round set to take place in Muscat two days later.";
        List<DateHit> hits = new DateFinder(on(LocalDate.of(2025, 6, 29)), new Tense(RoundLexicon.bundled()))
                .find(s, 0, s.length());
        assertEquals(List.of(MonthDay.of(6, 13), MonthDay.of(6, 15)), hits.stream().map(h -> h.date().first()).toList());
        String alone = "The talks are to resume two days later.";
        assertEquals(List.of(), new DateFinder(on(LocalDate.of(2025, 6, 29)), new Tense(RoundLexicon.bundled()))
                .find(alone, 0, alone.length()));
    }

    @Test
    void thisThursdayAheadOfASundayIsTheComingOne() {
        Anchor sunday = on(LocalDate.of(2026, 2, 22));
        assertEquals(MonthDay.of(2, 26), only(sunday, "The next round is set for Geneva this Thursday.").first());
        assertEquals(MonthDay.of(2, 19), only(sunday, "They met this Thursday and said little.").first());
    }

    @Test
    void weekdayAfterAFutureMarkerIsTheNextOne() {
        assertEquals(TalksDate.of(LocalDate.of(2023, 3, 17)), only(on(MARCH_15), "They will meet again on Friday."));
        assertEquals(TalksDate.of(LocalDate.of(2023, 3, 16)),
                only(on(MARCH_15), "The talks are due to resume in Geneva on Thursday, officials said."));
    }

    @Test
    void nextThursdayIsInTheFollowingWeek() {
        assertEquals(TalksDate.of(LocalDate.of(2023, 3, 23)), only(on(MARCH_15), "Envoys meet next Thursday."));
        assertEquals(TalksDate.of(LocalDate.of(2023, 3, 10)), only(on(MARCH_15), "They met last Friday."));
    }

    @Test
    void lastWeekIsTheWholeCalendarWeekBefore() {
        TalksDate week = only(on(MARCH_15), "Talks last week ended badly.");
        assertEquals(TalksDate.between(LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 12), null), week);
        assertEquals(7, week.span());
        assertEquals("between 6 March and 12 March 2023", week.display());
    }

    @Test
    void yesterdayAndTomorrowCountFromTheArticle() {
        assertEquals(TalksDate.of(LocalDate.of(2023, 3, 14)), only(on(MARCH_15), "They met yesterday."));
        assertEquals(TalksDate.of(LocalDate.of(2023, 3, 16)), only(on(MARCH_15), "They meet tomorrow."));
    }

    @Test
    void writtenDayTakesTheYearNearestTheArticle() {
        assertEquals(TalksDate.of(LocalDate.of(2023, 1, 12)), only(on(MARCH_15), "Talks on January 12 failed."));
        assertEquals(TalksDate.of(LocalDate.of(2022, 12, 28)),
                only(on(LocalDate.of(2023, 1, 3)), "The meeting on Dec. 28 was short."));
        assertEquals(TalksDate.of(LocalDate.of(2021, 6, 16)), only(on(MARCH_15), "a summit on 16 June 2021"));
    }

    @Test
    void writtenDayWithoutYearInAnUndatedArticleStaysYearless() {
        TalksDate date = only(Anchor.NONE, "The envoys met in Geneva on January 12.");
        assertNull(date.year());
        assertFalse(date.yearKnown());
        assertEquals(MonthDay.of(1, 12), date.first());
        assertEquals("12 January, year not given", date.display());
        assertEquals("jan-12", date.key());
    }

    @Test
    void weekdayAgainstAYearlessDayIsAWindowWithoutYear() {
        Anchor yearless = new Anchor(null, MonthDay.of(1, 13), List.of());
        TalksDate date = only(yearless, "NATO said on Wednesday it was willing to talk.");
        assertEquals(new TalksDate(null, MonthDay.of(1, 7), MonthDay.of(1, 13), DayOfWeek.WEDNESDAY), date);
        assertEquals("a Wednesday between 7 January and 13 January, year not given", date.display());
    }

    @Test
    void weekdayWithNoDayToCountFromIsNoDate() {
        List<DateHit> hits = new DateFinder(Anchor.NONE, new Tense(RoundLexicon.bundled()))
                .find("They met on Monday.", 0, 19);
        assertEquals(List.of(), hits);
    }

    @Test
    void namedMonthFollowsTheTense() {
        assertEquals(TalksDate.parse("2022-06"), only(on(MARCH_15), "They met in June."));
        assertEquals(TalksDate.parse("2023-06"), only(on(MARCH_15), "They will meet in June."));
    }

    @Test
    void writtenRangeGivesItsLastDay() {
        List<DateHit> hits = new DateFinder(on(MARCH_15), new Tense(RoundLexicon.bundled()))
                .find("Talks on March 20-22 in Vienna", 0, 30);
        assertEquals(TalksDate.of(LocalDate.of(2023, 3, 20)), hits.get(0).date());
        assertEquals(TalksDate.of(LocalDate.of(2023, 3, 22)), hits.get(0).to());
    }
}
