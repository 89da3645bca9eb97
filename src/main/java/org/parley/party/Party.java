package org.parley.party;

import java.util.List;

/**
 * A party that can sit at a negotiating table: a state or an organisation, with every way the
 * news names it.
 *
 * @param name      the common English short name that statements carry ("United States", "NATO")
 * @param fullName  the canonical full name ("United States of America")
 * @param kind      {@code state} or {@code organisation}
 * @param aliases   other names and abbreviations ("US", "U.S.", "America")
 * @param demonyms  adjectives and nouns for its people ("American", "Americans")
 * @param metonyms  capitals and seats of government that stand for it ("Washington", "the White House")
 * @param phrases   descriptions that name it in context ("the alliance")
 */
public record Party(String name, String fullName, String kind, List<String> aliases,
                    List<String> demonyms, List<String> metonyms, List<String> phrases) {

    public Party {
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
        demonyms = List.copyOf(demonyms == null ? List.of() : demonyms);
        metonyms = List.copyOf(metonyms == null ? List.of() : metonyms);
        phrases = List.copyOf(phrases == null ? List.of() : phrases);
        fullName = fullName == null ? name : fullName;
        kind = kind == null ? "state" : kind;
    }
}
