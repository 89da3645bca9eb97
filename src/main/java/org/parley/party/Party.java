package org.parley.party;

import java.util.List;

/**
 * A party that can sit at a negotiating table: a state, an organisation, a grouping of states, a
 * movement or a state's opposition, with every way the news names it.
 *
 * @param name      the common English short name that statements carry ("United States", "NATO")
 * @param fullName  the canonical full name ("United States of America")
 * @param kind      {@code state}, {@code observer}, {@code partially-recognised}, {@code organisation},
 *                  {@code grouping}, {@code movement} (an armed or political movement: Hamas, the
 *                  Taliban) or {@code opposition} (a state's opposition, made by the registry)
 * @param code      the ISO 3166-1 alpha-3 code of a state ("USA"), or null
 * @param aliases   other names and abbreviations ("US", "U.S.", "America")
 * @param demonyms  adjectives and nouns for its people ("American", "Americans"); they name the
 *                  party only inside a role ("American diplomats") or as "the Americans"
 * @param metonyms  capitals and seats of government that stand for it ("Washington", "the White House")
 * @param phrases   descriptions that name it only where the article is about it ("the alliance")
 * @param ambiguous forms that also name something else ("Georgia", the US state; "Victoria", a
 *                  first name), so they too count only where the article is about the party
 */
public record Party(String name, String fullName, String kind, String code, List<String> aliases,
                    List<String> demonyms, List<String> metonyms, List<String> phrases, List<String> ambiguous) {

    public Party {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a party needs a name");
        }
        aliases = copy(aliases);
        demonyms = copy(demonyms);
        metonyms = copy(metonyms);
        phrases = copy(phrases);
        ambiguous = copy(ambiguous);
        fullName = fullName == null ? name : fullName;
        kind = kind == null ? "state" : kind;
    }

    /** A party known only by its name, as a parties file may add one. */
    public static Party named(String name) {
        return new Party(name, null, null, null, null, null, null, null, null);
    }

    private static List<String> copy(List<String> forms) {
        return forms == null ? List.of() : List.copyOf(forms);
    }
}
