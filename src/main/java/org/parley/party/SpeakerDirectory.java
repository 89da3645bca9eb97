package org.parley.party;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The people of a run: merges the speakers each article found into one person across articles
 * ("Jens Stoltenberg" = "Stoltenberg"), gives each person the one party their roles agree on (at
 * least two thirds of the articles that give one; otherwise none), and
 * keeps what it learned in a {@link PersonStore}, so a bare surname in a later run still finds the
 * person. Thread-safe.
 */
public final class SpeakerDirectory {

    private final PersonStore store;
    private final LocalDate runDate;
    private final Map<String, PersonTally> byKey = new LinkedHashMap<>();
    private final Map<String, Set<String>> byAlias = new HashMap<>();
    // the alias keys each key is indexed under in byAlias, so a key leaves them without a walk over all
    private final Map<String, Set<String>> aliasKeysOf = new HashMap<>();
    // keys by the first letter and the length of their surname: a misspelling (one or two edits,
    // the same first letter) is looked for among the few of about its length, not among everyone
    private final Map<Integer, Set<String>> bySurnameShape = new HashMap<>();

    private SpeakerDirectory(PersonStore store, LocalDate runDate) {
        this.store = store;
        this.runDate = runDate;
    }

    /** A directory starting from the people the store holds; {@code runDate} dates speakers of undated articles. */
    public static SpeakerDirectory load(PersonStore store, LocalDate runDate) {
        SpeakerDirectory directory = new SpeakerDirectory(store, runDate);
        for (KnownPerson known : store.load()) {
            String key = PersonNames.key(known.name());
            PersonTally tally = new PersonTally(known);
            directory.put(key, tally);
            directory.index(key, tally);
        }
        return directory;
    }

    /**
     * Adds one article's speaker and returns the person it was merged into. Empty when the speaker
     * is a bare surname that several people share, or one whose known party contradicts the role.
     */
    public synchronized Optional<KnownPerson> add(ArticleSpeaker speaker) {
        String key = PersonNames.key(speaker.name());
        if (key.isEmpty()) {
            return Optional.empty();
        }
        PersonTally tally = PersonNames.isSingleWord(speaker.name()) ? bareSurname(key, speaker) : fullName(key, speaker);
        if (tally == null) {
            return Optional.empty();
        }
        tally.add(speaker, runDate);
        index(PersonNames.key(tally.name()), tally);
        return Optional.of(tally.toKnown());
    }

    /** The one person a name, surname or short form stands for ("Stoltenberg", "Mr Stoltenberg"). */
    public synchronized Optional<KnownPerson> find(String nameOrAlias) {
        PersonTally tally = byKey.get(PersonNames.key(nameOrAlias));
        if (tally == null || PersonNames.isSingleWord(nameOrAlias)) {
            tally = onlyOne(PersonNames.aliasKey(nameOrAlias));
        }
        return Optional.ofNullable(tally).map(PersonTally::toKnown);
    }

    /** The party of the person a name stands for, when the evidence agrees on one. */
    public Optional<String> partyOf(String nameOrAlias) {
        return find(nameOrAlias).map(KnownPerson::party);
    }

    /** Everyone known, those of earlier runs included, in the order first met. */
    public synchronized List<KnownPerson> people() {
        return byKey.values().stream().map(PersonTally::toKnown).toList();
    }

    /** Keeps everyone known for later runs. */
    public synchronized void save() {
        store.save(people());
    }

    private PersonTally bareSurname(String key, ArticleSpeaker speaker) {
        Set<String> owners = byAlias.getOrDefault(key, Set.of());
        if (owners.size() > 1) {
            return null;
        }
        if (owners.isEmpty()) {
            PersonTally variant = misspelt(key, speaker.party()); // "Kolsenikova" for "Kolesnikova"
            if (variant != null) {
                variant.aliases().add(speaker.name());
                return variant;
            }
            PersonTally known = byKey.get(key);
            if (known == null) {
                known = new PersonTally(speaker.name());
                put(key, known);
            }
            return known;
        }
        PersonTally known = byKey.get(owners.iterator().next());
        return compatible(known, speaker.party()) ? known : null;
    }

    private PersonTally fullName(String key, ArticleSpeaker speaker) {
        PersonTally tally = byKey.get(key);
        if (tally != null) {
            return tally;
        }
        PersonTally variant = misspelt(key, speaker.party()); // "Maria Kolsenikova" for "Maria Kolesnikova"
        if (variant != null) {
            variant.aliases().add(speaker.name());
            return variant;
        }
        tally = new PersonTally(speaker.name());
        String surname = PersonNames.surname(speaker.name());
        if (surname != null) {
            tally.aliases().add(surname);
            absorbBareSurname(PersonNames.aliasKey(surname), tally, speaker.party());
        }
        put(key, tally);
        return tally;
    }

    // "Stoltenberg" met before "Jens Stoltenberg" becomes part of him, unless another full name has that surname.
    private void absorbBareSurname(String surnameKey, PersonTally full, String party) {
        PersonTally bare = byKey.get(surnameKey);
        Set<String> owners = byAlias.getOrDefault(surnameKey, Set.of());
        if (bare == null || owners.size() != 1 || !compatible(bare, party)) {
            return;
        }
        byKey.remove(surnameKey);
        bySurnameShape.getOrDefault(shape(surnameKey), new LinkedHashSet<>()).remove(surnameKey);
        for (String aliasKey : aliasKeysOf.getOrDefault(surnameKey, Set.of())) {
            byAlias.get(aliasKey).remove(surnameKey);
        }
        aliasKeysOf.remove(surnameKey);
        full.absorb(bare);
    }

    /**
     * The one person whose name is this one spelt a letter or two differently (the same first name,
     * a surname one edit away, two for long surnames) and whose party does not contradict; null
     * when none is, or more than one.
     */
    private PersonTally misspelt(String key, String party) {
        int space = key.lastIndexOf(' ');
        String first = space < 0 ? null : key.substring(0, key.indexOf(' '));
        String last = key.substring(space + 1);
        if (last.length() < 5) {
            return null;
        }
        PersonTally found = null;
        for (int length = last.length() - 2; length <= last.length() + 2; length++) { // spellingVariant's reach
            for (String other : bySurnameShape.getOrDefault(shape(last.charAt(0), length), Set.of())) {
                int otherSpace = other.lastIndexOf(' ');
                if (first != null && otherSpace >= 0 && !sameFirstName(first, other)) {
                    continue;
                }
                if (!PersonNames.spellingVariant(last, other.substring(otherSpace + 1))) {
                    continue;
                }
                // the bucket of a common initial and length holds thousands: look a person up only for a variant
                PersonTally tally = byKey.get(other);
                if (compatible(tally, party)) {
                    if (found != null && found != tally) {
                        return null;
                    }
                    found = tally;
                }
            }
        }
        return found;
    }

    /** Whether {@code other} (a key with a space) starts with the first name {@code first}. */
    private static boolean sameFirstName(String first, String other) {
        return other.indexOf(' ') == first.length() && other.startsWith(first);
    }

    private void put(String key, PersonTally tally) {
        byKey.put(key, tally);
        bySurnameShape.computeIfAbsent(shape(key), k -> new LinkedHashSet<>()).add(key);
    }

    /** The bucket of a key's surname: its first letter and its length. */
    private static int shape(String key) {
        int space = key.lastIndexOf(' ');
        return shape(key.charAt(space + 1), key.length() - space - 1);
    }

    private static int shape(char initial, int length) {
        return initial * 4096 + Math.min(length, 4095);
    }

    private PersonTally onlyOne(String aliasKey) {
        Set<String> owners = byAlias.getOrDefault(aliasKey, Set.of());
        return owners.size() == 1 ? byKey.get(owners.iterator().next()) : null;
    }

    private void index(String key, PersonTally tally) {
        List<String> names = new ArrayList<>(tally.aliases());
        names.add(tally.name());
        for (String alias : names) {
            String aliasKey = PersonNames.aliasKey(alias);
            byAlias.computeIfAbsent(aliasKey, k -> new LinkedHashSet<>()).add(key);
            aliasKeysOf.computeIfAbsent(key, k -> new HashSet<>()).add(aliasKey);
        }
    }

    private static boolean compatible(PersonTally tally, String party) {
        String known = tally.party();
        return party == null || known == null || known.equals(party);
    }
}
