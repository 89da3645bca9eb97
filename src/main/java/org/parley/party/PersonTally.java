package org.parley.party;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The evidence gathered on one person while a run goes on; becomes a {@link KnownPerson} again to be stored. */
final class PersonTally {

    // The leading party needs two thirds of the votes: one stray role does not outvote two, and 1:1 is a conflict.
    private static final int SHARE_NUMERATOR = 2;
    private static final int SHARE_DENOMINATOR = 3;

    private final String name;
    private final Set<String> aliases = new LinkedHashSet<>();
    private String role;
    private LocalDate roleDate;
    private LocalDate firstSeen;
    private int articleCount;
    private final Map<String, Integer> votes = new HashMap<>();
    // Articles of this run already counted: the extractor may report a person twice in one article.
    private final Set<String> docsThisRun = new HashSet<>();

    PersonTally(KnownPerson known) {
        name = known.name();
        aliases.addAll(known.aliases());
        role = known.role();
        firstSeen = known.firstSeen();
        articleCount = known.articleCount();
        votes.putAll(known.partyVotes());
    }

    PersonTally(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    Set<String> aliases() {
        return aliases;
    }

    void add(ArticleSpeaker speaker, LocalDate runDate) {
        LocalDate date = speaker.date() != null ? speaker.date() : runDate;
        firstSeen = firstSeen == null || date.isBefore(firstSeen) ? date : firstSeen;
        if (speaker.role() != null && (roleDate == null || !date.isBefore(roleDate))) {
            role = speaker.role();
            roleDate = date;
        }
        if (docsThisRun.add(speaker.doc())) {
            articleCount++;
            if (speaker.party() != null) {
                votes.merge(speaker.party(), 1, Integer::sum);
            }
        }
        aliases.add(speaker.name());
        for (String mention : speaker.mentions()) {
            if (PersonNames.isPartOf(mention, name)) {
                aliases.add(mention.strip());
            }
        }
    }

    /** Takes over another tally of the same person: a bare surname seen before the full name. */
    void absorb(PersonTally other) {
        aliases.addAll(other.aliases);
        aliases.add(other.name);
        other.votes.forEach((party, n) -> votes.merge(party, n, Integer::sum));
        articleCount += other.articleCount - overlap(other);
        docsThisRun.addAll(other.docsThisRun);
        if (firstSeen == null || (other.firstSeen != null && other.firstSeen.isBefore(firstSeen))) {
            firstSeen = other.firstSeen;
        }
        role = role != null ? role : other.role;
    }

    /** The party two thirds of the role evidence agrees on, or null. */
    String party() {
        int total = votes.values().stream().mapToInt(Integer::intValue).sum();
        return votes.entrySet().stream()
                .filter(e -> e.getValue() * SHARE_DENOMINATOR >= total * SHARE_NUMERATOR)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }

    KnownPerson toKnown() {
        List<String> otherNames = aliases.stream().filter(a -> !a.equals(name)).toList();
        return new KnownPerson(name, otherNames, role, party(), firstSeen, articleCount, votes);
    }

    private int overlap(PersonTally other) {
        Set<String> both = new HashSet<>(docsThisRun);
        both.retainAll(other.docsThisRun);
        return both.size();
    }
}
