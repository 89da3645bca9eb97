package org.parley.round;

import java.time.LocalDate;
import java.util.List;

/**
 * One round of talks: a meeting of the parties in one place on one date or stretch of dates.
 *
 * @param id      stable across runs: derived from forum, place and date
 * @param title   what a reader calls it ("NATO-Russia Council, Brussels")
 * @param forum   the meeting, forum or format, or null
 * @param place   the city, or null
 * @param start   the first day, or null when no date is known
 * @param end     the last day, or null for a one-day meeting
 * @param yearKnown false when the text gives a day and month but no year; then {@code start}'s year
 *                  is a placeholder that must not be shown
 * @param parties the parties at the table, as far as known
 */
public record Round(String id, String title, String forum, String place, LocalDate start, LocalDate end,
                    boolean yearKnown, List<String> parties) {

    public Round {
        parties = List.copyOf(parties == null ? List.of() : parties);
    }
}
