package org.parley.round;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;

import org.junit.jupiter.api.Test;

/** How talks dates read, key, parse and match. */
class TalksDateTest {

    @Test
    void dayWithYearShowsItsWeekday() {
        TalksDate d = TalksDate.of(LocalDate.of(2022, 1, 12));
        assertEquals("Wednesday 12 January 2022", d.display());
        assertEquals("2022-01-12", d.key());
        assertTrue(d.yearKnown());
    }

    @Test
    void parsesTheRoundsFileForms() {
        assertEquals(TalksDate.of(LocalDate.of(2022, 1, 12)), TalksDate.parse("2022-01-12"));
        assertEquals(TalksDate.yearless(MonthDay.of(1, 12), null), TalksDate.parse("--01-12"));
        assertEquals(TalksDate.yearless(MonthDay.of(1, 12), null), TalksDate.parse("01-12"));
        assertEquals("January 2022", TalksDate.parse("2022-01").display());
        assertEquals("2022-01", TalksDate.parse("2022-01").key());
        assertThrows(IllegalArgumentException.class, () -> TalksDate.parse("12/01/2022"));
        assertThrows(IllegalArgumentException.class, () -> TalksDate.parse("2022-02-30"));
    }

    @Test
    void yearlessWeekdayWindowMatchesADayOfThatWeekdayOnly() {
        TalksDate window = new TalksDate(null, MonthDay.of(1, 7), MonthDay.of(1, 13), DayOfWeek.WEDNESDAY);
        assertTrue(DateWindows.compatible(window, TalksDate.of(LocalDate.of(2022, 1, 12)), 0));
        assertFalse(DateWindows.compatible(window, TalksDate.of(LocalDate.of(2022, 1, 13)), 0), "a Thursday");
        assertFalse(DateWindows.compatible(window, TalksDate.of(LocalDate.of(2022, 2, 9)), 0), "a month later");
        assertEquals("wed-jan-07-to-13", window.key());
    }

    @Test
    void windowAcrossNewYearLiesInTheNextYear() {
        TalksDate d = TalksDate.between(LocalDate.of(2022, 12, 26), LocalDate.of(2023, 1, 1), null);
        assertEquals(7, d.span());
        assertTrue(DateWindows.compatible(d, TalksDate.of(LocalDate.of(2023, 1, 1)), 0));
        assertFalse(DateWindows.compatible(d, TalksDate.of(LocalDate.of(2022, 1, 1)), 0));
    }

    @Test
    void sharperPrefersADayWithAYear() {
        TalksDate day = TalksDate.of(LocalDate.of(2022, 1, 12));
        TalksDate yearless = TalksDate.yearless(MonthDay.of(1, 12), null);
        TalksDate week = TalksDate.between(LocalDate.of(2022, 1, 10), LocalDate.of(2022, 1, 16), null);
        assertEquals(day, DateWindows.sharper(yearless, day));
        assertEquals(yearless, DateWindows.sharper(week, yearless));
    }
}
