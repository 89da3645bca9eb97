package org.parley.briefing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as briefings print them ("9 March 2026"). */
final class Dates {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private Dates() {
    }

    static String show(LocalDate date) {
        return date.format(SHOWN);
    }
}
