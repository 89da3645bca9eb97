package org.parley.round;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Whether two {@link TalksDate}s can be the same meeting, and which of them says more. A yearless
 * date is compared with the other's day and month only, so a year is never borrowed silently.
 */
final class DateWindows {

    private static final int YEAR_DAYS = 366;

    private DateWindows() {
    }

    /** True when some day of {@code a} lies within {@code slack} days of some day of {@code b}. */
    static boolean compatible(TalksDate a, TalksDate b, int slack) {
        if (a == null || b == null) {
            return true;
        }
        if (a.yearKnown() && b.yearKnown()) {
            return overlap(a.firstDay(), a.lastDay(), b.firstDay(), b.lastDay(), slack)
                    && weekdayFits(a, b, slack);
        }
        TalksDate x = a.withoutYear();
        TalksDate y = b.withoutYear();
        if (a.weekday() != null && b.weekday() != null && a.weekday() != b.weekday() && slack == 0) {
            return false;
        }
        for (int shift = -YEAR_DAYS; shift <= YEAR_DAYS; shift += YEAR_DAYS) {
            if (overlap(x.firstDay(), x.lastDay(), y.firstDay() + shift, y.lastDay() + shift, slack)) {
                return true;
            }
        }
        return false;
    }

    /** The date that says more: one day over a window, a year over none, a narrower window. */
    static TalksDate sharper(TalksDate a, TalksDate b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return rank(b) < rank(a) ? b : a;
    }

    /** Smaller is sharper: day with year, day without, then by window width, year known first. */
    static long rank(TalksDate d) {
        if (d == null) {
            return Long.MAX_VALUE;
        }
        long width = d.span() * 4L + (d.weekday() != null ? 0 : 2) + (d.yearKnown() ? 0 : 1);
        return d.isDay() ? (d.yearKnown() ? 0 : 1) : width;
    }

    /** One window from the first day of {@code start} to the last of {@code end} (null when unknown). */
    static TalksDate span(TalksDate start, TalksDate end) {
        if (start == null || end == null) {
            return start;
        }
        return new TalksDate(start.year(), start.first(), end.last(), null);
    }

    /** True when {@code a} ends before {@code day} begins, both being known and comparable. */
    static boolean before(TalksDate a, TalksDate day) {
        return a != null && day != null && comparable(a, day) && a.lastDay() < day.firstDay();
    }

    /** True when both have a year or neither has, so their days can be compared as they are. */
    static boolean comparable(TalksDate a, TalksDate b) {
        return a.yearKnown() == b.yearKnown();
    }

    /** Days between the two windows (0 when they overlap), comparing yearless dates by day and month. */
    static long distance(TalksDate a, TalksDate b) {
        if (a.yearKnown() && b.yearKnown()) {
            return gap(a.firstDay(), a.lastDay(), b.firstDay(), b.lastDay());
        }
        TalksDate x = a.withoutYear();
        TalksDate y = b.withoutYear();
        long best = Long.MAX_VALUE;
        for (int shift = -YEAR_DAYS; shift <= YEAR_DAYS; shift += YEAR_DAYS) {
            best = Math.min(best, gap(x.firstDay(), x.lastDay(), y.firstDay() + shift, y.lastDay() + shift));
        }
        return best;
    }

    private static boolean overlap(long aFrom, long aTo, long bFrom, long bTo, int slack) {
        return aFrom <= bTo + slack && bFrom <= aTo + slack;
    }

    private static long gap(long aFrom, long aTo, long bFrom, long bTo) {
        return Math.max(0, Math.max(aFrom - bTo, bFrom - aTo));
    }

    /** With slack 0, a day named by weekday must be one of the days both windows share. */
    private static boolean weekdayFits(TalksDate a, TalksDate b, int slack) {
        if (slack > 0 || a.weekday() == null && b.weekday() == null) {
            return true;
        }
        long from = Math.max(a.firstDay(), b.firstDay());
        long to = Math.min(a.lastDay(), b.lastDay());
        for (long day = from; day <= to; day++) {
            DayOfWeek w = LocalDate.ofEpochDay(day).getDayOfWeek();
            if ((a.weekday() == null || a.weekday() == w) && (b.weekday() == null || b.weekday() == w)) {
                return true;
            }
        }
        return false;
    }
}
