package org.parley.briefing;

import java.util.List;

/**
 * The counts and lists a run's manifest and command-line summary report besides the documents.
 *
 * @param articles   articles whose statements were extracted: originals and updated versions
 * @param copies     articles merged into an original as copies of the same story
 * @param statements statements extracted from the originals
 * @param rounds     the rounds found, in date order
 * @param unassigned statements that fit no round, kept so nothing is silently dropped
 * @param updates    of the {@code articles}, the later versions of another, kept and extracted on their own
 */
public record RunSummary(int articles, int copies, int statements, List<RoundEntry> rounds,
                         List<UnassignedStatement> unassigned, int updates) {

    public RunSummary {
        rounds = List.copyOf(rounds);
        unassigned = List.copyOf(unassigned);
    }

    /** A round with the number of statements assigned to it. */
    public record RoundEntry(String id, String title, String dates, int statements) {
    }

    /** A statement that fits no round, with the reason. */
    public record UnassignedStatement(String doc, int index, String speaker, String party, String text,
                                      String reason) {
    }
}
