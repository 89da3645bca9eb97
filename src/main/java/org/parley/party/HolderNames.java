package org.parley.party;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The names of the office-holder directory, folded as {@link PersonNames} folds them ("Erdoğan" =
 * "Erdogan", "Mr Raab" = "Raab", "el-Sisi" = "al-Sisi"), for the three ways a name is looked up: a
 * full name or variant, a full name with a middle name the directory does not list, and a surname
 * alone, which needs a date.
 */
final class HolderNames {

    /** A person found, and whether only by a surname. */
    record Found(Holder holder, boolean bySurname) {
    }

    // Words that may stand before a name without being part of it ("President Putin", "Sheikh Tamim").
    private static final Set<String> MORE_TITLES = Set.of("sheikh", "sheikha", "sayyid", "prince", "princess",
            "ayatollah", "marshal", "gen", "cardinal", "mullah", "emir", "sultan", "king", "queen", "mp");

    private final Map<String, List<Holder>> full = new HashMap<>();
    private final Map<String, List<Holder>> firstAndLast = new HashMap<>();
    private final Map<String, List<Holder>> surnames = new HashMap<>();
    private final Set<String> titles = new HashSet<>(MORE_TITLES);

    HolderNames(List<Holder> holders, RoleLexicon lexicon) {
        titles.addAll(lexicon.offices());
        titles.addAll(lexicon.portfolios());
        for (Holder h : holders) {
            List<String> forms = new ArrayList<>(h.aliases());
            forms.add(0, h.name());
            for (String form : forms) {
                List<String> words = words(form);
                // "Lord Frost" is "Frost" once the honorific goes: a surname, which needs a date
                add(words.size() == 1 && !form.equals(h.name()) ? surnames : full, String.join(" ", words), h);
                if (words.size() >= 2) {
                    add(firstAndLast, words.get(0) + " " + words.get(words.size() - 1), h);
                }
            }
            for (String surname : h.surnames()) {
                List<String> words = words(surname);
                add(surnames, String.join(" ", words), h);
                if (words.size() > 1 && words.get(0).equals("al")) {
                    add(surnames, String.join(" ", words.subList(1, words.size())), h); // "al-Sisi" is also "Sisi"
                }
            }
        }
    }

    /** The person a name stands for on this day, reading past leading titles; see {@link OfficeHolders#holderOf}. */
    Optional<Found> find(String name, LocalDate date) {
        if (name == null) {
            return Optional.empty();
        }
        List<String> words = words(name);
        while (!words.isEmpty()) {
            Optional<Found> found = lookUp(words, date);
            if (found.isPresent() || !titles.contains(words.get(0)) || words.size() == 1) {
                return found;
            }
            words = words.subList(1, words.size());
        }
        return Optional.empty();
    }

    private Optional<Found> lookUp(List<String> words, LocalDate date) {
        String key = String.join(" ", words);
        List<Holder> byName = full.get(key);
        if (byName != null) {
            return one(byName, date).map(h -> new Found(h, false));
        }
        if (words.size() >= 3) {
            List<Holder> byPair = firstAndLast.get(words.get(0) + " " + words.get(words.size() - 1));
            if (byPair != null) {
                return one(byPair, date).map(h -> new Found(h, false));
            }
        }
        if (date == null) {
            return Optional.empty();
        }
        List<Holder> inOffice = surnames.getOrDefault(key, List.of()).stream().filter(h -> h.inOfficeOn(date)).toList();
        return inOffice.size() == 1 ? Optional.of(new Found(inOffice.get(0), true)) : Optional.empty();
    }

    // Two holders with one full name: the one in office on the day, if only one is.
    private static Optional<Holder> one(List<Holder> holders, LocalDate date) {
        if (holders.size() == 1) {
            return Optional.of(holders.get(0));
        }
        List<Holder> inOffice = holders.stream().filter(h -> h.inOfficeOn(date)).toList();
        return inOffice.size() == 1 ? Optional.of(inOffice.get(0)) : Optional.empty();
    }

    private static void add(Map<String, List<Holder>> index, String key, Holder holder) {
        if (key.isEmpty()) {
            return;
        }
        List<Holder> holders = index.computeIfAbsent(key, k -> new ArrayList<>());
        if (!holders.contains(holder)) {
            holders.add(holder);
        }
    }

    /**
     * The folded words of a name, without apostrophes ("Sa'ar" = "Saar") but with suffixes ("Trump
     * Jr." is not "Trump"); "el" as a particle is written "al", as the directory writes it.
     */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (String w : PersonNames.words(name, true)) {
            String word = w.replace("'", "");
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        for (int i = 0; i < words.size() - 1; i++) {
            if (words.get(i).equals("el")) {
                words.set(i, "al");
            }
        }
        return words;
    }
}
