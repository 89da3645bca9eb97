package org.parley.round;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rounds of one run and which round each statement belongs to. Statements are identified
 * by their article's doc name and their index among that article's attributions.
 *
 * @param rounds      the rounds, in date order
 * @param assignments statement key ({@link #key(String, int)}) to round id
 */
public record RoundPlan(List<Round> rounds, Map<String, String> assignments) {

    public RoundPlan {
        rounds = List.copyOf(rounds);
        assignments = Map.copyOf(assignments);
    }

    /** The key of a statement: its article and its index in that article. */
    public static String key(String doc, int index) {
        return doc + "#" + index;
    }

    /** The round a statement belongs to, or empty when it fits none. */
    public Optional<String> roundOf(String doc, int index) {
        return Optional.ofNullable(assignments.get(key(doc, index)));
    }
}
