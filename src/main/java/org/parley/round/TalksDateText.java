package org.parley.round;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Writes a {@link TalksDate} for readers and for ids, and reads it from a rounds file. */
final class TalksDateText {

    private static final Pattern ISO = Pattern.compile("(\\d{4}|-)?-?(\\d{1,2})(?:-(\\d{1,2}))?");

    private TalksDateText() {
    }

    static String display(TalksDate d) {
        String year = d.yearKnown() ? " " + d.year() : ", year not given";
        if (d.isDay()) {
            String weekday = d.weekday() == null ? "" : name(d.weekday()) + " ";
            return weekday + dayMonth(d.first()) + year;
        }
        if (isWholeMonth(d)) {
            return name(d.first().getMonth()) + year;
        }
        String weekday = d.weekday() == null ? "" : "a " + name(d.weekday()) + " ";
        return weekday + "between " + dayMonth(d.first()) + " and " + dayMonth(d.last()) + year;
    }

    static String key(TalksDate d) {
        if (d.isDay()) {
            return d.yearKnown() ? d.first().atYear(d.year()).toString() : shortDay(d.first());
        }
        if (isWholeMonth(d)) {
            String month = String.format(Locale.ROOT, "%02d", d.first().getMonthValue());
            return d.yearKnown() ? d.year() + "-" + month : abbreviation(d.first().getMonth());
        }
        String weekday = d.weekday() == null ? "" : abbreviation(d.weekday()) + "-";
        String from = d.yearKnown() ? d.first().atYear(d.year()).toString() : shortDay(d.first());
        String to = d.last().getMonth() == d.first().getMonth()
                ? String.format(Locale.ROOT, "%02d", d.last().getDayOfMonth()) : shortDay(d.last());
        return weekday + from + "-to-" + to;
    }

    static TalksDate parse(String text) {
        Matcher m = ISO.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a date: '" + text + "' (use 2022-01-12, 2022-01 or --01-12)");
        }
        try {
            Integer year = m.group(1) == null || m.group(1).equals("-") ? null : Integer.valueOf(m.group(1));
            int month = Integer.parseInt(m.group(2));
            if (m.group(3) == null) {
                if (year == null) {
                    throw new IllegalArgumentException("a month needs its year: '" + text + "'");
                }
                YearMonth ym = YearMonth.of(year, month);
                return TalksDate.between(ym.atDay(1), ym.atEndOfMonth(), null);
            }
            MonthDay day = MonthDay.of(month, Integer.parseInt(m.group(3)));
            return year == null ? TalksDate.yearless(day, null) : TalksDate.of(day.atYear(year));
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("not a date: '" + text + "': " + e.getMessage(), e);
        }
    }

    static boolean isWholeMonth(TalksDate d) {
        int year = d.yearKnown() ? d.year() : TalksDate.NO_YEAR;
        LocalDate first = d.first().atYear(year);
        return d.first().getDayOfMonth() == 1 && d.last().getMonth() == d.first().getMonth()
                && d.last().getDayOfMonth() == first.lengthOfMonth() && d.weekday() == null;
    }

    static String dayMonth(MonthDay md) {
        return md.getDayOfMonth() + " " + name(md.getMonth());
    }

    private static String shortDay(MonthDay md) {
        return abbreviation(md.getMonth()) + "-" + String.format(Locale.ROOT, "%02d", md.getDayOfMonth());
    }

    private static String name(Month m) {
        return m.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String name(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String abbreviation(Month m) {
        return m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT);
    }

    private static String abbreviation(DayOfWeek d) {
        return d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT);
    }
}
