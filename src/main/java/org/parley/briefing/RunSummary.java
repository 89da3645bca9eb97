package org.parley.briefing;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counts and lists a run's manifest and command-line summary report besides the documents.
 *
 * @param articles   original articles whose statements were extracted
 * @param copies     articles merged into an original as copies of the same story
 * @param statements statements extracted from the originals
 * @param rounds     the rounds found, in date order
 * @param unassigned statements that fit no round, kept so nothing is silently dropped
 * @param furniture  the page furniture extraction skipped in the originals
 */
public record RunSummary(int articles, int copies, int statements, List<RoundEntry> rounds,
                         List<UnassignedStatement> unassigned, Furniture furniture) {

    public RunSummary {
        rounds = List.copyOf(rounds);
        unassigned = List.copyOf(unassigned);
        furniture = furniture == null ? new Furniture(0, Map.of(), List.of()) : furniture;
    }

    /** A round with the number of statements assigned to it. */
    public record RoundEntry(String id, String title, String dates, int statements) {
    }

    /** A statement that fits no round, with the reason. */
    public record UnassignedStatement(String doc, int index, String speaker, String party, String text,
                                      String reason) {
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
