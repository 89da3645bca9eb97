package org.parley.round;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.parley.party.Party;
import org.parley.party.PartyRegistry;

/**
 * Which party a word or name in a forum's name stands for ("USA", "Russian", "Moscow",
 * "Organization for Security and Cooperation in Europe"), matched loosely: case, hyphens, dots and a possessive
 * "'s" do not matter, so "Co-operation" and "Cooperation" are one name.
 */
final class PartyNames {

    private final PartyRegistry registry;
    private final Map<String, Party> loose = new HashMap<>();

    PartyNames(PartyRegistry registry) {
        this.registry = registry;
        for (Party p : registry.parties()) {
            List<String> names = new ArrayList<>(List.of(p.name(), p.fullName()));
            names.addAll(p.aliases());
            names.addAll(p.demonyms());
            for (String name : names) {
                String key = normalise(name);
                if (key.length() > 1) {
                    loose.putIfAbsent(key, p);
                }
            }
        }
    }

    /** The party the phrase names, by the registry or loosely by a name, alias or demonym. */
    Optional<Party> party(String phrase) {
        String bare = phrase.strip().replaceAll("(?:'s|’s|')$", "");
        Optional<Party> exact = registry.match(bare);
        if (exact.isPresent()) {
            return exact;
        }
        return Optional.ofNullable(loose.get(normalise(bare)));
    }

    static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("^the\\s+", "").replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
