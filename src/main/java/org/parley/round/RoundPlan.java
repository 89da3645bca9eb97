package org.parley.round;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The rounds of one run, which round each statement belongs to and why, and the statements that
 * fit none. Statements are identified by their article's doc name and their index among that
 * article's attributions ({@link #key(String, int)}).
 *
 * @param rounds      the rounds, in date order (undated last), then by id
 * @param assignments statement key to round id
 * @param reasons     statement key to why it went to its round ("named in the statement's sentence",
 *                    "named earlier in the statement's paragraph", "the round its article is about")
 * @param unassigned  statement key to why it fits no round; these are kept, never dropped
 * @param context     the other meetings the coverage names (another party's summit, one recalled in
 *                    passing), which are no rounds of these talks, in date order
 */
public record RoundPlan(List<Round> rounds, Map<String, String> assignments, Map<String, String> reasons,
                        Map<String, String> unassigned, List<Context> context) {

    public RoundPlan {
        rounds = List.copyOf(rounds);
        assignments = Map.copyOf(assignments);
        reasons = Map.copyOf(reasons);
        unassigned = Map.copyOf(unassigned);
        context = context == null ? List.of() : List.copyOf(context);
    }

    /** A plan that names no other meetings. */
    public RoundPlan(List<Round> rounds, Map<String, String> assignments, Map<String, String> reasons,
                     Map<String, String> unassigned) {
        this(rounds, assignments, reasons, unassigned, List.of());
    }

    /**
     * A meeting the coverage names that is no round of these talks.
     *
     * @param title how it reads ("NATO summit, Washington")
     * @param dates its dates as a round's read, or "date not given"
     * @param docs  the articles that name it
     * @param why   why it is no round, in words
     */
    public record Context(String title, String dates, List<String> docs, String why) {

        public Context {
            docs = List.copyOf(docs);
        }
    }

    /** The key of a statement: its article and its index in that article. */
    public static String key(String doc, int index) {
        return doc + "#" + index;
    }

    /** The round a statement belongs to, or empty when it fits none. */
    public Optional<String> roundOf(String doc, int index) {
        return Optional.ofNullable(assignments.get(key(doc, index)));
    }

    /** The round with this id. */
    public Optional<Round> round(String id) {
        return rounds.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The keys of the statements of one round, sorted. */
    public List<String> statementsOf(String roundId) {
        return assignments.entrySet().stream().filter(e -> e.getValue().equals(roundId))
                .map(Map.Entry::getKey).sorted().toList();
    }

    /** The statements that fit no round, by key, with the reason; sorted for the manifest. */
    public Map<String, String> unassignedSorted() {
        return new TreeMap<>(unassigned);
    }
}
