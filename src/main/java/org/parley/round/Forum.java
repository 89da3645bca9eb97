package org.parley.round;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * A meeting's forum or format as the text names it.
 *
 * @param key     what two mentions of the same forum share ("nato-russia-council")
 * @param name    what a reader sees ("NATO-Russia Council", "Russia–United States talks")
 * @param parties the parties the name itself says are at the table, sorted
 * @param strong  true for a standing forum or a hosting institution, which never shares a meeting
 *                with a different strong forum; false for a series or a format, which never splits one
 * @param host    true when the name is an institution hosting the talks ("at the OSCE")
 * @param owner   the party whose meeting the name says it is ("NATO" of "the NATO summit"), or null
 */
record Forum(String key, String name, Set<String> parties, boolean strong, boolean host, String owner) {

    Forum {
        parties = Collections.unmodifiableSortedSet(new TreeSet<>(parties));
    }

    Forum(String key, String name, Set<String> parties, boolean strong, boolean host) {
        this(key, name, parties, strong, host, null);
    }

    Forum(String key, String name, Set<String> parties, boolean strong) {
        this(key, name, parties, strong, false, null);
    }

    /** What a round's title calls it: "NATO-Russia Council", "talks at the OSCE". */
    String titleName() {
        return host ? "Talks at " + (name.startsWith("the ") ? "" : "the ") + name : name;
    }

    /** A forum named by its parties alone ("U.S.-Russia talks"). */
    static Forum ofParties(Set<String> parties) {
        TreeSet<String> sorted = new TreeSet<>(parties);
        return new Forum(Slugs.slug(String.join(" ", sorted)), String.join("–", sorted) + " talks", sorted, false);
    }

    /** True when both can be the same meeting's forum; a host fits any meeting it may chair. */
    static boolean compatible(Forum a, Forum b) {
        if (a == null || b == null || a.key().equals(b.key()) || a.host() || b.host()) {
            return true;
        }
        if (a.strong() && b.strong()) {
            return ("-" + a.key() + "-").contains("-" + b.key() + "-") || ("-" + b.key() + "-").contains("-" + a.key() + "-");
        }
        if (!a.parties().isEmpty() && !b.parties().isEmpty()) {
            Set<String> common = new HashSet<>(a.parties());
            common.retainAll(b.parties());
            return !common.isEmpty();
        }
        return true;
    }

    /**
     * The better of two names for one meeting: a standing forum, then its host ("talks at the OSCE"),
     * then the parties, then a format; ties by key.
     */
    static Forum better(Forum a, Forum b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return rank(b) < rank(a) || rank(b) == rank(a) && b.key().compareTo(a.key()) < 0 ? b : a;
    }

    private static int rank(Forum f) {
        return f.host() ? 1 : f.strong() ? 0 : f.parties().size() >= 2 ? 2 : 3;
    }
}
