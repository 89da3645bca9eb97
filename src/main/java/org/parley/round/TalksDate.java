package org.parley.round;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;

/**
 * When a meeting took place, exactly as precisely as the coverage says: one day or a window of
 * days it lies in, with a year only when the text or the article's date gives one.
 *
 * <p>A known day has {@code first == last}. A window ("on Wednesday" in an article whose date has
 * no year, "last week", "in March") spans several days; {@code weekday}, when set, says which of
 * them it can be. A {@code last} earlier in the calendar than {@code first} lies in the year after.
 *
 * @param year    the year of {@code first}, or null when no year is known; never a placeholder
 * @param first   the first possible day
 * @param last    the last possible day
 * @param weekday the day of the week the text names or the date implies, or null
 */
public record TalksDate(Integer year, MonthDay first, MonthDay last, DayOfWeek weekday) {

    /** The leap year that yearless arithmetic counts in; never shown, never stored as a year. */
    static final int NO_YEAR = 2000;

    public TalksDate {
        Objects.requireNonNull(first, "first");
        last = last == null ? first : last;
        if (year != null && first.equals(last) && weekday == null && first.isValidYear(year)) {
            weekday = first.atYear(year).getDayOfWeek();
        }
    }

    /** A known day. */
    public static TalksDate of(LocalDate day) {
        return new TalksDate(day.getYear(), MonthDay.from(day), MonthDay.from(day), day.getDayOfWeek());
    }

    /** A day and month written without a year. */
    public static TalksDate yearless(MonthDay day, DayOfWeek weekday) {
        return new TalksDate(null, day, day, weekday);
    }

    /** The days from {@code from} to {@code to}; a single day when the window has one. */
    public static TalksDate between(LocalDate from, LocalDate to, DayOfWeek weekday) {
        if (from.equals(to)) {
            return of(from);
        }
        return new TalksDate(from.getYear(), MonthDay.from(from), MonthDay.from(to), weekday);
    }

    /** A window of days counted from a yearless day ({@code fromOffset} may be negative). */
    public static TalksDate yearlessBetween(MonthDay anchor, int fromOffset, int toOffset, DayOfWeek weekday) {
        LocalDate at = anchor.atYear(NO_YEAR);
        return new TalksDate(null, MonthDay.from(at.plusDays(fromOffset)), MonthDay.from(at.plusDays(toOffset)),
                weekday);
    }

    /** True when the date gives a year; false means the briefing must say the year is not given. */
    public boolean yearKnown() {
        return year != null;
    }

    /** True when the date is one day, with or without its year. */
    public boolean isDay() {
        return first.equals(last);
    }

    /** The day, when it is one day with a known year. */
    public Optional<LocalDate> day() {
        return yearKnown() && isDay() ? Optional.of(first.atYear(year)) : Optional.empty();
    }

    /** How many days the window spans (1 for a known day). */
    public int span() {
        return (int) (lastDay() - firstDay()) + 1;
    }

    /** The first day as an epoch day, counted in {@link #NO_YEAR} when no year is known. */
    long firstDay() {
        return first.atYear(year != null ? year : NO_YEAR).toEpochDay();
    }

    /** The last day as an epoch day, counted like {@link #firstDay()}. */
    long lastDay() {
        int y = year != null ? year : NO_YEAR;
        LocalDate end = last.atYear(y);
        return (last.isBefore(first) ? last.atYear(y + 1) : end).toEpochDay();
    }

    /** This date without its year, for comparing with a yearless date. */
    TalksDate withoutYear() {
        return year == null ? this : new TalksDate(null, first, last, weekday);
    }

    /** The same date, written in words: "Wednesday 12 January 2022", "12 January, year not given". */
    public String display() {
        return TalksDateText.display(this);
    }

    /** A slug for round ids: "2022-01-12", "jan-12", "wed-jan-07-to-13", "2022-03". */
    public String key() {
        return TalksDateText.key(this);
    }

    /**
     * Reads a date as rounds files write it: {@code 2022-01-12}, {@code 2022-01} (a month),
     * {@code --01-12} or {@code 01-12} (no year).
     */
    public static TalksDate parse(String text) {
        return TalksDateText.parse(text);
    }
}
