package org.parley.article;

import java.util.Locale;
import java.util.Set;

/**
 * Tells a line of dates and times ("Published 3 hours ago", "Updated: 14:02 GMT, 9 September
 * 2020", "9:05 p.m.") from a sentence that mentions a date: every word must be one of a date's.
 */
final class TimeStamps {

    private static final Set<String> MARKERS = Set.of("published", "updated", "posted", "modified", "first", "last");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");
    private static final Set<String> OTHERS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "gmt",
            "bst", "utc", "et", "est", "edt", "ct", "cdt", "cst", "pt", "pdt", "pst", "cet", "cest", "eet", "eest",
            "msk", "ist", "aest", "aedt", "jst", "uk", "second", "seconds", "minute", "minutes", "min", "mins", "hour",
            "hours",
            "hr", "hrs", "day", "days", "week", "weeks", "month", "months", "at", "on", "the", "of", "published",
            "updated", "posted", "modified", "first", "last");
    private static final Set<String> RELATIVE = Set.of("ago", "today", "yesterday");
    private static final Set<String> CLOCK = Set.of("am", "pm", "a.m", "p.m");

    private TimeStamps() {
    }

    /** Whether the words of {@code p} from {@code from} on are a time stamp. */
    static boolean from(Paragraph p, int from) {
        int n = p.size() - from;
        if (n <= 0 || n > 25 || from == 0 && !dateFirst(p)) {
            return false;
        }
        boolean marker = MARKERS.contains(p.word(from));
        boolean time = false;
        boolean month = false;
        boolean number = false;
        boolean relative = false;
        for (int i = from; i < p.size(); i++) {
            String w = p.word(i);
            if ((w.endsWith("am") || w.endsWith("pm")) && isNumber(w.substring(0, w.length() - 2))) {
                number = true;
                time = true;
            } else if (isNumber(w)) {
                number = true;
                time |= isClock(w);
            } else if (MONTHS.contains(w)) {
                month = true;
            } else if (RELATIVE.contains(w)) {
                relative = true;
            } else if (CLOCK.contains(w)) {
                time = true;
            } else if (!OTHERS.contains(w)) {
                return false;
            }
        }
        return marker ? time || month || number || relative : time || month && number || relative && number;
    }

    /** Whether the text starts as a time stamp can: with a digit, a marker or a calendar word. */
    private static boolean dateFirst(Paragraph p) {
        String first = p.first();
        if (first.isEmpty()) {
            return p.startsWithDigit();
        }
        return MARKERS.contains(first) || MONTHS.contains(first) || OTHERS.contains(first) || RELATIVE.contains(first);
    }

    /** Whether {@code s} is a date and nothing else: "2015", "9 August", "March 2020", "Aug. 9, 2020". */
    static boolean isDate(String s) {
        boolean date = false;
        for (String w : s.toLowerCase(Locale.ROOT).split("[\\s,.]+")) {
            if (isNumber(w)) {
                date |= w.length() == 4;
            } else if (MONTHS.contains(w)) {
                date = true;
            } else if (!w.isEmpty()) {
                return false;
            }
        }
        return date;
    }

    /** Digits with the marks dates and times are written with: "14:02", "9/9/2020", "2020". */
    private static boolean isNumber(String w) {
        boolean digit = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isDigit(c)) {
                digit = true;
            } else if (".,:/-–".indexOf(c) < 0) {
                return false;
            }
        }
        return digit;
    }

    /** "14:02", "10.34", "9:05pm" written without a space are clock times. */
    private static boolean isClock(String w) {
        int mark = Math.max(w.indexOf(':'), w.indexOf('.'));
        return mark > 0 && mark <= 2 && w.length() - mark - 1 == 2;
    }
}
