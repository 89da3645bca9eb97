package org.parley.party;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which parties one article is about, counted from the forms that name a party whatever the
 * article ("NATO", "Russian", "Moscow"); decides what an ambiguous form ("Brussels", "the
 * alliance") stands for there, and declines when the article does not make it clear.
 */
public final class ArticleContext {

    /** No article: nothing ambiguous is ever decided. */
    public static final ArticleContext NONE = new ArticleContext(Map.of(), Map.of(), Set.of(), "");

    // How many times the leading party must outnumber the next one for an ambiguous form to go to it.
    private static final int DOMINANCE = 2;

    private final Map<String, Integer> mentions;
    private final Map<String, Integer> byName;
    private final Set<PartyForm> surnames;
    private final CharSequence text;

    private ArticleContext(Map<String, Integer> mentions, Map<String, Integer> byName, Set<PartyForm> surnames,
                           CharSequence text) {
        this.mentions = mentions;
        this.byName = byName;
        this.surnames = surnames;
        this.text = text;
    }

    static ArticleContext of(String text, int bodyStart, PartyIndex index, RoleLexicon lexicon) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> byName = new HashMap<>();
        Map<PartyForm, int[]> uses = new HashMap<>(); // [as a surname, otherwise]
        List<PartyIndex.Match> otherwise = new java.util.ArrayList<>();
        PartyIndex.Reading reading = index.read(text);
        List<Token> tokens = reading.tokens();
        int previousEnd = -1;
        for (PartyIndex.Match m : reading.matches()) {
            boolean afterForm = previousEnd == m.from();
            previousEnd = m.to();
            boolean surname = !afterForm && tokens.get(m.from()).start() >= bodyStart && isSurname(text, tokens, m, lexicon);
            uses.computeIfAbsent(m.form(), f -> new int[2])[surname ? 0 : 1]++;
            if (!surname) {
                otherwise.add(m);
            }
        }
        // a form is a surname only where the article writes it so at least as often as otherwise
        // ("Rep. Steve Israel ... Israel said"), not for one "Interfax Ukraine" in a story about Ukraine
        Set<PartyForm> surnames = new HashSet<>();
        uses.forEach((form, n) -> {
            if (n[0] > 0 && n[0] >= n[1]) {
                surnames.add(form);
            }
        });
        for (PartyIndex.Match m : otherwise) {
            if (surnames.contains(m.form())) {
                continue;
            }
            Party sole = m.form().sole();
            if (sole != null) {
                counts.merge(sole.name(), 1, Integer::sum);
                if (!m.form().capital()) {
                    byName.merge(sole.name(), 1, Integer::sum);
                }
            }
        }
        return new ArticleContext(Map.copyOf(counts), Map.copyOf(byName), Set.copyOf(surnames), text);
    }

    // "Rep. Steve Israel", "Kerry Washington": a one-word name after a capitalised word that is not
    // a title, a determiner or a sentence opener is a person's surname in this article. Headlines
    // are left out: their every word is capitalised; so is a word on the line before ("Strikes in
    // Gaza" over "Israel's military said").
    private static boolean isSurname(String text, List<Token> tokens, PartyIndex.Match m, RoleLexicon lexicon) {
        if (m.to() - m.from() != 1 || m.from() == 0 || !tokens.get(m.from()).spaceBefore() || !m.form().proper()) {
            return false;
        }
        Token before = tokens.get(m.from() - 1);
        if (text.lastIndexOf('\n', tokens.get(m.from()).start()) >= before.end()) {
            return false;
        }
        String word = before.text();
        return before.startsUpper() && word.length() > 1 && !word.equals(word.toUpperCase(java.util.Locale.ROOT))
                && !lexicon.mayPrecedePartyInText(RoleLexicon.lower(word));
    }

    /** Whether the article uses this form as a person's surname ("Steve Israel"), so it names no party here. */
    boolean namesAPerson(PartyForm form) {
        return surnames.contains(form);
    }

    /**
     * How often the article names this party otherwise than by its capital: a capital speaks for
     * its state only in an article about that state ("Vienna" is mostly where talks are held).
     */
    public int namedOtherwiseThanByCity(Party party) {
        return byName.getOrDefault(party.name(), 0);
    }

    /** How often the article names this party unambiguously. */
    public int mentions(Party party) {
        return mentions.getOrDefault(party.name(), 0);
    }

    /**
     * The one candidate the article is about: named at least once and at least twice as often as
     * any other candidate. Empty when no candidate is named or two are named about as often.
     */
    public Optional<Party> choose(Collection<Party> candidates) {
        Party best = null;
        int bestCount = 0;
        int runnerUp = 0;
        for (Party p : candidates) {
            int n = mentions(p);
            if (n > bestCount) {
                runnerUp = bestCount;
                best = p;
                bestCount = n;
            } else if (n > runnerUp) {
                runnerUp = n;
            }
        }
        return bestCount > 0 && bestCount >= DOMINANCE * runnerUp ? Optional.of(best) : Optional.empty();
    }

    /** Whether the article writes this name as a whole word or words ("Boris Johnson", not "Boris Johnsonian"). */
    boolean writes(String name) {
        String t = text.toString();
        for (int i = t.indexOf(name); i >= 0 && !name.isEmpty(); i = t.indexOf(name, i + 1)) {
            int end = i + name.length();
            if ((i == 0 || !Character.isLetter(t.charAt(i - 1))) && (end == t.length() || !Character.isLetter(t.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the article is about this party: named, and at least twice as often as any other party. */
    boolean about(Party party) {
        int n = mentions(party);
        return n > 0 && mentions.entrySet().stream().noneMatch(e -> !e.getKey().equals(party.name()) && DOMINANCE * e.getValue() > n);
    }

    /** The parties the article names, most often first (for the round and briefing steps). */
    public List<String> parties() {
        return mentions.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
    }
}
