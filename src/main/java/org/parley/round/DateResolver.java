package org.parley.round;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * Turns what a sentence says about time into a {@link TalksDate}, counting from the article's
 * {@link Anchor}. A year comes only from the text or from the anchor; with a yearless anchor,
 * "on Wednesday" becomes the window of days it can be, with no year.
 */
final class DateResolver {

    /**
     * A bare weekday with no tense is the past one up to this many days back, else the one ahead:
     * "Thursday's Council" in a Wednesday story is tomorrow's, "talks on Monday" in a Friday one past.
     */
    private static final int UNSAID_PAST_DAYS = 4;

    /** How a weekday or period is qualified in the text. */
    enum Relation { NONE, LAST, THIS, NEXT }

    private final Anchor anchor;

    DateResolver(Anchor anchor) {
        this.anchor = anchor;
    }

    /** A day and month, with a year if written; else the year nearest the anchor, if it has one. */
    TalksDate dayMonth(MonthDay day, Integer year) {
        if (year != null && day.isValidYear(year)) {
            return TalksDate.of(day.atYear(year));
        }
        if (anchor.date() == null) {
            return TalksDate.yearless(day, null);
        }
        LocalDate best = null;
        for (int y = anchor.date().getYear() - 1; y <= anchor.date().getYear() + 1; y++) {
            if (day.isValidYear(y)) {
                LocalDate candidate = day.atYear(y);
                if (best == null || distance(candidate) < distance(best)) {
                    best = candidate;
                }
            }
        }
        return best == null ? TalksDate.yearless(day, null) : TalksDate.of(best);
    }

    /**
     * "on Monday", "next Thursday", "Wednesday's talks". A bare weekday whose tense the clause does
     * not give is the one it most likely is, as news names by weekday only days within a week either
     * side of its own; see {@link #UNSAID_PAST_DAYS}.
     */
    TalksDate weekday(DayOfWeek day, Relation relation, Tense.Direction direction) {
        boolean future = direction == Tense.Direction.FUTURE;
        if (anchor.date() != null) {
            LocalDate a = anchor.date();
            LocalDate before = a.with(TemporalAdjusters.previousOrSame(day));
            LocalDate after = a.with(TemporalAdjusters.nextOrSame(day));
            boolean nearerAhead = a.toEpochDay() - before.toEpochDay() > UNSAID_PAST_DAYS;
            LocalDate d = switch (relation) {
                case LAST -> a.with(TemporalAdjusters.previous(day));
                case NEXT -> a.plusWeeks(1).with(DayOfWeek.MONDAY).with(TemporalAdjusters.nextOrSame(day));
                // "set for Geneva this Thursday", written on a Sunday, is the coming Thursday
                case THIS -> future ? after : direction == Tense.Direction.PAST ? before
                        : a.with(DayOfWeek.MONDAY).with(TemporalAdjusters.nextOrSame(day));
                case NONE -> future || direction == Tense.Direction.UNKNOWN && nearerAhead ? after : before;
            };
            return TalksDate.of(d);
        }
        if (anchor.yearless() == null) {
            return null;
        }
        return switch (relation) {
            case LAST -> TalksDate.yearlessBetween(anchor.yearless(), -7, -1, day);
            case NEXT -> TalksDate.yearlessBetween(anchor.yearless(), 1, 13, day);
            case THIS -> TalksDate.yearlessBetween(anchor.yearless(), -6, 6, day);
            case NONE -> future ? TalksDate.yearlessBetween(anchor.yearless(), 0, 6, day)
                    : TalksDate.yearlessBetween(anchor.yearless(), -6, 0, day);
        };
    }

    /** "yesterday" (-1), "today" (0), "tomorrow" (1). */
    TalksDate daysFromAnchor(int days) {
        if (anchor.date() != null) {
            return TalksDate.of(anchor.date().plusDays(days));
        }
        return anchor.yearless() == null ? null : TalksDate.yearlessBetween(anchor.yearless(), days, days, null);
    }

    /** "last week", "this week", "next week", as the calendar week (Monday to Sunday) it names. */
    TalksDate week(Relation relation) {
        int weeks = relation == Relation.LAST ? -1 : relation == Relation.NEXT ? 1 : 0;
        if (anchor.date() != null) {
            LocalDate monday = anchor.date().plusWeeks(weeks).with(DayOfWeek.MONDAY);
            return TalksDate.between(monday, monday.plusDays(6), null);
        }
        if (anchor.yearless() == null) {
            return null;
        }
        // Without the anchor's weekday, the week named can start up to six days either side.
        return TalksDate.yearlessBetween(anchor.yearless(), 7 * weeks - 6, 7 * weeks + 6, null);
    }

    /** "last month", "this month", "next month". */
    TalksDate month(Relation relation) {
        int months = relation == Relation.LAST ? -1 : relation == Relation.NEXT ? 1 : 0;
        if (anchor.date() != null) {
            return wholeMonth(YearMonth.from(anchor.date()).plusMonths(months));
        }
        if (anchor.yearless() == null) {
            return null;
        }
        Month m = anchor.yearless().getMonth().plus(months);
        return yearlessMonth(m);
    }

    /** "in March", "in March 2021": the month with a written year, else the one the tense points to. */
    TalksDate namedMonth(Month month, Integer year, boolean future) {
        if (year != null) {
            return wholeMonth(YearMonth.of(year, month));
        }
        if (anchor.date() == null) {
            return yearlessMonth(month);
        }
        YearMonth now = YearMonth.from(anchor.date());
        YearMonth candidate = YearMonth.of(now.getYear(), month);
        if (future && candidate.isBefore(now)) {
            candidate = candidate.plusYears(1);
        } else if (!future && candidate.isAfter(now)) {
            candidate = candidate.minusYears(1);
        }
        return wholeMonth(candidate);
    }

    private static TalksDate wholeMonth(YearMonth ym) {
        return TalksDate.between(ym.atDay(1), ym.atEndOfMonth(), null);
    }

    private static TalksDate yearlessMonth(Month m) {
        return new TalksDate(null, MonthDay.of(m, 1), MonthDay.of(m, m.maxLength()), null);
    }

    private long distance(LocalDate d) {
        return Math.abs(d.toEpochDay() - anchor.date().toEpochDay());
    }
}
