package org.parley.briefing;

import java.util.List;

/**
 * The counts and lists a run's manifest and command-line summary report besides the documents.
 *
 * @param articles   articles whose statements were extracted: originals and updated versions
 * @param copies     articles merged into an original as copies of the same story
 * @param statements statements extracted from the originals, as the exports count them: each quote and
 *                   each position (a reported statement with quoted words gives both)
 * @param rounds     the rounds found, in date order
 * @param unassigned statements that fit no round, kept so nothing is silently dropped
 * @param updates    of the {@code articles}, the later versions of another, kept and extracted on their own
 * @param table      the parties at the table, as the coverage writes the talks; empty when it is of a
 *                   crisis rather than of talks, and every party speaking counts
 * @param notBriefed what speakers not at the table, or no one named, are reported to have said: no
 *                   party's position, so in no briefing, but listed here with the reason
 */
public record RunSummary(int articles, int copies, int statements, List<RoundEntry> rounds,
                         List<UnassignedStatement> unassigned, int updates, List<String> table,
                         List<UnassignedStatement> notBriefed) {

    public RunSummary {
        rounds = List.copyOf(rounds);
        unassigned = List.copyOf(unassigned);
        table = table == null ? List.of() : List.copyOf(table);
        notBriefed = notBriefed == null ? List.of() : List.copyOf(notBriefed);
    }

    /** A summary without the table, which the run sets once it is known. */
    public RunSummary(int articles, int copies, int statements, List<RoundEntry> rounds,
                      List<UnassignedStatement> unassigned) {
        this(articles, copies, statements, rounds, unassigned, 0, List.of(), List.of());
    }

    /** This summary naming the parties at the table. */
    public RunSummary withTable(List<String> parties) {
        return new RunSummary(articles, copies, statements, rounds, unassigned, updates, parties, notBriefed);
    }

    /** A round with the number of statements assigned to it. */
    public record RoundEntry(String id, String title, String dates, int statements) {
    }

    /**
     * A statement that fits no round (or is in no briefing), with the reason; its kind, form and code point offsets are the
     * round exports' ({@link Briefing.StatementRow}), so one attribution may give several.
     */
    public record UnassignedStatement(String doc, int index, String speaker, String party, String kind, String form,
                                      String cue, int start, int end, String text, String reason) {
    }
}
