package org.parley.extraction;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Whether a bare role ("the deputy foreign minister", "Tehran's envoy") can stand for a person
 * introduced with a role: every title word it has is in the person's role, and the parties the two
 * name, where both name one, agree. "The minister" fits "Foreign Minister Abbas Araghchi"; "the
 * deputy foreign minister" does not fit "Israeli Prime Minister Benjamin Netanyahu".
 */
final class RoleMatch {

    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[\\s,()]+");
    private static final java.util.Map<String, Set<String>> WORDS = new java.util.concurrent.ConcurrentHashMap<>();

    private final Set<String> titleWords;
    private final String party;
    private final Function<String, String> partyOf;

    private RoleMatch(Set<String> titleWords, String party, Function<String, String> partyOf) {
        this.titleWords = titleWords;
        this.party = party;
        this.partyOf = partyOf;
    }

    /**
     * The match for a role mention, or null when the role has no title word to go by ("the group").
     *
     * @param partyOf the party a role names, or null
     */
    static RoleMatch of(String role, Set<String> titles, Function<String, String> partyOf) {
        if (role == null) {
            return null;
        }
        Set<String> words = new HashSet<>();
        for (String w : words(role)) {
            if (titles.contains(w)) {
                words.add(w);
            }
        }
        return words.isEmpty() ? null : new RoleMatch(words, partyOf.apply(role), partyOf);
    }

    boolean fits(String personRole) {
        if (!words(personRole).containsAll(titleWords)) {
            return false;
        }
        if (party == null) {
            return true;
        }
        String other = partyOf.apply(personRole);
        return other == null || other.equals(party);
    }

    /** The party the role names, or null. */
    String party() {
        return party;
    }

    private static Set<String> words(String role) {
        return WORDS.computeIfAbsent(role, RoleMatch::wordsOf); // the same roles come back, article after article
    }

    private static Set<String> wordsOf(String role) {
        Set<String> words = new HashSet<>();
        for (String w : SEPARATORS.split(role.toLowerCase(Locale.ROOT))) {
            String word = w.endsWith("'s") || w.endsWith("’s") ? w.substring(0, w.length() - 2) : w;
            if (!word.isEmpty()) {
                words.add(word);
                if (word.indexOf('-') > 0) { // "secretary-general", "vice-president"
                    for (String part : word.split("-")) {
                        words.add(part);
                    }
                }
            }
        }
        return words;
    }
}
