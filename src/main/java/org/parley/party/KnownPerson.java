package org.parley.party;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A person Parley has learned from the articles of this and earlier runs, kept by a
 * {@link PersonStore} so that a bare surname in a later run still finds the person and their party.
 *
 * @param name         the full name ("Jens Stoltenberg"); a person's identity in the store
 * @param aliases      other names that stand for the person alone: surname and short forms ("Stoltenberg")
 * @param role         the latest role an article gave ("NATO Secretary-General"), or null
 * @param party        the party the evidence agrees on (short name), or null when it is missing or conflicting
 * @param firstSeen    the date of the earliest article that named the person
 * @param articleCount how many articles have named the person, over all runs
 * @param partyVotes   per party, how many of those articles gave the person that party through a role
 */
public record KnownPerson(String name, List<String> aliases, String role, String party, LocalDate firstSeen,
                          int articleCount, Map<String, Integer> partyVotes) {

    public KnownPerson {
        Objects.requireNonNull(name, "name");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        partyVotes = partyVotes == null ? Map.of() : Map.copyOf(partyVotes);
    }
}
