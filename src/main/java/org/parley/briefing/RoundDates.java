package org.parley.briefing;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.parley.round.Round;

/** The dates of a round as a reader should see them, never showing a year the sources did not give. */
final class RoundDates {

    private static final DateTimeFormatter WITH_YEAR = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter WITHOUT_YEAR = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

    private RoundDates() {
    }

    static String describe(Round round) {
        if (round.start() == null) {
            return "date not given";
        }
        if (!round.yearKnown()) {
            String day = round.start().format(WITHOUT_YEAR);
            return (round.end() == null ? day : day + " to " + round.end().format(WITHOUT_YEAR)) + ", year not given";
        }
        String day = round.start().format(WITH_YEAR);
        return round.end() == null || round.end().equals(round.start()) ? day : day + " to " + round.end().format(WITH_YEAR);
    }
}
