package org.parley.round;

import java.util.List;

/**
 * A round as a rounds file gives it; every field it sets wins over detection.
 *
 * @param id      the id, or null to derive one from forum, place and date
 * @param title   the title, or null to derive one
 * @param forum   the forum, or null
 * @param place   the venue city, or null
 * @param start   the first day, or null
 * @param end     the last day, or null
 * @param parties the parties at the table
 */
record FileRound(String id, String title, Forum forum, String place, TalksDate start, TalksDate end,
                 List<String> parties) {

    FileRound {
        parties = List.copyOf(parties == null ? List.of() : parties);
    }

    boolean hasDates() {
        return start != null;
    }
}
