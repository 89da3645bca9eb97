package org.parley.round;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.parley.party.Party;
import org.parley.round.ForumFinder.ForumHit;

/**
 * Reads the name a forum pattern matched into a {@link Forum} with a key that different spellings
 * share: party names are replaced by the registry's ("U.N." and "United Nations" alike), leading
 * words that are no part of the name ("the", "Wednesday's") are dropped, and a name that is only a
 * venue city ("the Vienna talks") is read as a place.
 */
final class ForumNames {

    private static final Set<String> DAYS_AND_MONTHS = Set.of("monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    private final RoundLexicon lexicon;
    private final PartyNames parties;

    ForumNames(RoundLexicon lexicon, PartyNames parties) {
        this.lexicon = lexicon;
        this.parties = parties;
    }

    /** "NATO-Russia Council", "EU-UK Partnership Council", "U.S.-Russian strategic stability talks". */
    ForumHit ofParties(int start, int end, String written, String middle, String head) {
        String[] parts = written.split("\\s?[-–—/]\\s?");
        TreeSet<String> found = new TreeSet<>();
        for (String part : parts) {
            parties.party(part).ifPresent(p -> found.add(p.name()));
        }
        boolean strong = lexicon.strongHeads.contains(head);
        if (strong && !found.isEmpty()) {
            String between = middle == null ? "" : middle.strip();
            String key = Slugs.join(String.join(" ", found), between, head);
            String name = written + " " + (between.isEmpty() ? "" : between + " ") + head;
            return new ForumHit(start, end, new Forum(key, name, found, true), null, null);
        }
        if (found.size() >= 2 && found.size() == parts.length) {
            return new ForumHit(start, end, Forum.ofParties(found), null, null);
        }
        return null;
    }

    /** "Strategic Stability Dialogue", "the Vienna talks", "NATO summit", "COP26". */
    ForumHit ofName(int start, int end, String written, String head) {
        List<String> words = new ArrayList<>(Arrays.asList(written.strip().split("\\s+")));
        while (!words.isEmpty() && isNoise(words.get(0))) {
            words.remove(0);
        }
        if (words.isEmpty()) {
            return null;
        }
        String rest = String.join(" ", words);
        int at = start + Math.max(0, written.indexOf(rest));
        String city = lexicon.venue(rest);
        if (city != null) {
            return new ForumHit(at, at + rest.length(), null, city, null);
        }
        if (head == null) {
            return new ForumHit(at, end, new Forum(Slugs.slug(rest), rest, Set.of(), true), null, null);
        }
        Optional<Party> party = parties.party(rest + " " + head);
        if (party.isPresent()) {
            return new ForumHit(at, end, null, null, null, party.get().name());
        }
        if (lexicon.strongHeads.contains(words.get(words.size() - 1)) && lexicon.strongHeads.contains(head)) {
            // "the Strategic Dialogue format" is the Strategic Dialogue.
            return new ForumHit(at, end, new Forum(Slugs.slug(rest), rest, Set.of(), true), null, null);
        }
        boolean strong = lexicon.strongHeads.contains(head);
        Lead lead = leadingParty(words);
        Party named = lead == null ? null : lead.party();
        // the name with its leading party words in the registry's spelling
        String canonical = lead == null ? null
                : (named.name() + " " + String.join(" ", words.subList(lead.words(), words.size()))).strip();
        if (!strong && canonical == null) {
            return null;
        }
        String shown = rest + " " + head;
        String key = Slugs.join(canonical != null ? canonical : rest, head);
        // "NATO summit" is NATO's; "Iran talks" are talks with Iran
        return new ForumHit(at, end, new Forum(key, shown, Set.of(), strong, false, named == null ? null : named.name()),
                null, null);
    }

    /** The party a name's leading words name, and how many words that takes. */
    private record Lead(Party party, int words) {
    }

    /** The party the name's leading words (at most three) name ("NATO" in "NATO summit"), or null. */
    private Lead leadingParty(List<String> words) {
        for (int n = Math.min(3, words.size()); n >= 1; n--) {
            Optional<Party> party = parties.party(String.join(" ", words.subList(0, n)));
            if (party.isPresent()) {
                return new Lead(party.get(), n);
            }
        }
        return null;
    }

    /** "Monday", "June", "Wednesday's". */
    static boolean isDayOrMonth(String word) {
        return DAYS_AND_MONTHS.contains(word.toLowerCase(Locale.ROOT).replaceAll("(?:'s|’s)$", ""));
    }

    private boolean isNoise(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("(?:'s|’s)$", "");
        return lexicon.leadingNoise.contains(word.toLowerCase(Locale.ROOT)) || lexicon.leadingNoise.contains(w)
                || DAYS_AND_MONTHS.contains(w);
    }
}
