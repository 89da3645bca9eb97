package org.parley.article;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

/**
 * Publication dates as outlets write them in metadata: ISO dates and timestamps, RFC 1123, and
 * English dates such as "January 13, 2022" or "13 Jan 2022". A date in none of these forms counts as
 * none; one in a form read here that is no day of the calendar ("2026-02-30", "February 30, 2026")
 * is an error ({@link ImpossibleDate}), since its article would be dated wrong or not at all.
 */
public final class ArticleDates {

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            english("MMMM d, uuuu"),
            english("MMM d, uuuu"),
            english("MMM. d, uuuu"),
            english("d MMMM uuuu"),
            english("d MMM uuuu"),
            english("EEEE, MMMM d, uuuu"),
            english("uuuu/MM/dd"));

    private ArticleDates() {
    }

    /** A date written in a known form that is no day of the calendar. */
    public static final class ImpossibleDate extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        ImpossibleDate(String value) {
            super("the date \"" + value + "\" is no day of the calendar");
        }
    }

    /** The date in the value, or null when there is none or it cannot be read. */
    public static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // not a timestamp with an offset; try the next form
        }
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // not RFC 1123
        }
        String dateOnly = v.length() > 10 && v.charAt(10) == 'T' ? v.substring(0, 10) : v;
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(dateOnly, format);
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        for (DateTimeFormatter format : DATES) {
            try {
                // read leniently (a 30 February, a 13th month): in a known form, but no day of the calendar
                format.withResolverStyle(ResolverStyle.LENIENT).parse(dateOnly);
                throw new ImpossibleDate(v);
            } catch (DateTimeParseException ignored) {
                // not this form either
            }
        }
        return null;
    }

    private static DateTimeFormatter english(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }
}
