package org.parley.briefing;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
 * @param furniture  the page furniture extraction skipped in the originals
 * @param context    the other meetings the coverage names, which are no rounds of these talks, and why
 */
public record RunSummary(int articles, int copies, int statements, List<RoundEntry> rounds,
                         List<UnassignedStatement> unassigned, int updates, List<String> table,
                         List<UnassignedStatement> notBriefed, Furniture furniture,
                         List<org.parley.round.RoundPlan.Context> context) {

    public RunSummary {
        context = context == null ? List.of() : List.copyOf(context);
        rounds = List.copyOf(rounds);
        unassigned = unassigned == null ? List.of() : List.copyOf(unassigned);
        table = table == null ? List.of() : List.copyOf(table);
        notBriefed = notBriefed == null ? List.of() : List.copyOf(notBriefed);
        furniture = furniture == null ? new Furniture(0, Map.of(), List.of()) : furniture;
    }

    /** A summary without the table, which the run sets once it is known. */
    public RunSummary(int articles, int copies, int statements, List<RoundEntry> rounds,
                      List<UnassignedStatement> unassigned) {
        this(articles, copies, statements, rounds, unassigned, 0, List.of(), List.of(), null, List.of());
    }

    /** This summary naming the parties at the table. */
    public RunSummary withTable(List<String> parties) {
        return new RunSummary(articles, copies, statements, rounds, unassigned, updates, parties, notBriefed, furniture,
                context);
    }

    /**
     * A round with the number of statements assigned to it.
     *
     * @param start its first day (ISO-8601), or null when the coverage gives no day with its year
     */
    public record RoundEntry(String id, String title, String dates, int statements, String start) {

        /** A round whose first day is not known. */
        public RoundEntry(String id, String title, String dates, int statements) {
            this(id, title, dates, statements, null);
        }
    }

    /**
     * A statement that fits no round (or is in no briefing), with the reason; its kind, form and code point offsets are the
     * round exports' ({@link Briefing.StatementRow}), so one attribution may give several.
     */
    public record UnassignedStatement(String doc, int index, String speaker, String party, String kind, String form,
                                      String cue, int start, int end, String text, String reason) {
    }

    /**
     * The paragraphs of page furniture (cookie notices, bylines, credits, related headlines)
     * whose sentences yielded no statements.
     *
     * @param dropped  how many, over the run
     * @param byKind   how many of each kind
     * @param articles each article with something dropped, with its counts by kind
     */
    public record Furniture(int dropped, Map<String, Integer> byKind, List<ArticleFurniture> articles) {

        public Furniture {
            byKind = Collections.unmodifiableMap(new TreeMap<>(byKind));
            articles = List.copyOf(articles);
        }
    }

    /** The furniture dropped from one article, by kind. */
    public record ArticleFurniture(String doc, Map<String, Integer> dropped) {

        public ArticleFurniture {
            dropped = Collections.unmodifiableMap(new TreeMap<>(dropped));
        }
    }
}
