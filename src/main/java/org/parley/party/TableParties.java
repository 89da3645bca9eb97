package org.parley.party;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Works out the parties at the table for a set of articles from how the coverage writes the talks:
 * the sides ("US-Iran talks", "talks between Israel and Hamas", "the US and Iran held talks",
 * "Iran's delegation", "talks with Iran") and the mediators ("mediated by Qatar and Egypt",
 * "US-brokered", "Egyptian mediators"). A party the coverage writes so at least twice sits at the
 * table. Where fewer than two parties do, the coverage is of a crisis rather than of talks, and no
 * one is ruled out: {@link Table#atTable(String)} is then true of every party.
 */
public final class TableParties {

    /** Times a party must be written as a side or a mediator to sit at the table. */
    static final int EVIDENCE = 2;

    /** Words of talks; not of their outcomes ("deal", "ceasefire"), which wars have too. */
    private static final Set<String> TALKS = Set.of("talks", "negotiations", "dialogue", "summit", "meeting", "council");
    private static final Set<String> TEAMS = Set.of("negotiators", "delegation", "delegations", "negotiator",
            "team", "mediators", "mediator", "envoys");
    private static final Set<String> BY = Set.of("mediated", "brokered", "hosted", "facilitated", "convened", "chaired");
    private static final Set<String> MEET = Set.of("meet", "meets", "met", "sit", "sits", "sat");
    private static final Set<String> BETWEEN_VERBS = Set.of("held", "hold", "holding", "holds", "began", "begin",
            "resumed", "resume", "concluded", "opened", "met", "meet", "negotiated", "negotiating", "are", "were",
            "will", "have", "had", "to", "in", "agreed");
    /** Every word that can give evidence: of talks, of teams, of brokers, of meeting. */
    private static final Set<String> CUES = union(TALKS, TEAMS, BY, MEET);

    private final PartyIndex index;

    public TableParties(PartyRegistry registry) {
        this.index = registry.index();
    }

    /** The parties at the table, with the evidence for each. */
    public record Table(Map<String, Integer> evidence, boolean talks) {

        public Table {
            evidence = Map.copyOf(evidence);
        }

        /** Whether the party sits at the table; in coverage of a crisis, every party does. */
        public boolean atTable(String party) {
            return !talks || party != null && evidence.getOrDefault(party, 0) >= EVIDENCE;
        }

        /** The parties at the table, most written about first; empty in coverage of a crisis. */
        public List<String> parties() {
            if (!talks) {
                return List.of();
            }
            return evidence.entrySet().stream().filter(e -> e.getValue() >= EVIDENCE)
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).toList();
        }
    }

    /** The table of a set of article texts. */
    public Table of(Iterable<String> texts) {
        List<String> all = new ArrayList<>();
        texts.forEach(all::add);
        // each text on its own, on every core; the counts are sums, so their order does not matter
        Map<String, Integer> evidence = all.parallelStream().map(text -> {
            Map<String, Integer> counts = new HashMap<>();
            count(text, counts);
            return counts;
        }).reduce(new HashMap<>(), (a, b) -> {
            Map<String, Integer> sum = new HashMap<>(a);
            b.forEach((k, v) -> sum.merge(k, v, Integer::sum));
            return sum;
        });
        long seated = evidence.values().stream().filter(n -> n >= EVIDENCE).count();
        return new Table(evidence, seated >= 2);
    }

    private void count(String text, Map<String, Integer> evidence) {
        List<Token> tokens = PhraseTokenizer.tokenize(text);
        // only a word of talks, a team, a broker or a meeting gives evidence: a text with none needs no party scan
        List<Integer> cues = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (CUES.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
                cues.add(i);
            }
        }
        if (cues.isEmpty()) {
            return;
        }
        Map<Integer, PartyIndex.Match> at = new HashMap<>();
        Map<Integer, PartyIndex.Match> endingAt = new HashMap<>();
        for (PartyIndex.Match m : index.scan(tokens)) {
            if (sole(m) != null) {
                at.put(m.from(), m);
                endingAt.put(m.to(), m);
            }
        }
        for (int i : cues) {
            String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
            List<Party> sides = new ArrayList<>();
            if (TALKS.contains(w) || TEAMS.contains(w)) {
                sides.addAll(before(tokens, endingAt, i));
            }
            if (TALKS.contains(w) || w.equals("mediators")) {
                sides.addAll(after(tokens, at, i + 1, "between", "with", "from"));
            }
            if (BY.contains(w)) {
                if (tokens.get(i).hyphenBefore() && endingAt.containsKey(i)) {
                    sides.add(sole(endingAt.get(i))); // "US-brokered", "Qatar-mediated"
                } else if (i + 1 < tokens.size() && tokens.get(i + 1).text().equals("by")) {
                    sides.addAll(list(tokens, at, i + 2));
                }
            }
            if (MEET.contains(w)) {
                sides.addAll(meeting(tokens, at, endingAt, i));
            }
            for (Party p : sides) {
                if (p != null) {
                    evidence.merge(p.name(), 1, Integer::sum);
                }
            }
        }
    }

    /**
     * The sides written before a word of talks: "US-Iran nuclear talks", "Iran's delegation",
     * "Egyptian and Qatari mediators", "the US and Iran held indirect talks".
     */
    private List<Party> before(List<Token> tokens, Map<Integer, PartyIndex.Match> endingAt, int word) {
        List<Party> sides = new ArrayList<>();
        int k = word;
        int skipped = 0;
        while (k > 0 && !endingAt.containsKey(k) && skipped < 3
                && (isModifier(tokens.get(k - 1)) || tokens.get(k - 1).isPossessive())) {
            k--; // "nuclear", "indirect", "negotiating", "Iran's"
            skipped++;
        }
        if (!endingAt.containsKey(k)) {
            return betweenVerb(tokens, endingAt, word);
        }
        PartyIndex.Match last = endingAt.get(k);
        if (capital(last)) {
            return sides; // "the Oslo talks", "the Vienna talks": where, not who
        }
        sides.add(sole(last));
        int from = last.from();
        if (from > 0 && tokens.get(from).hyphenBefore() && endingAt.containsKey(from)) {
            sides.add(sole(endingAt.get(from))); // "US-Iran"
        } else if (from > 1 && tokens.get(from - 1).text().equals("and") && endingAt.containsKey(from - 1)) {
            sides.add(sole(endingAt.get(from - 1))); // "Egyptian and Qatari mediators"
        }
        return sides;
    }

    /**
     * "The Northern Compact will sit down with Karvessia", "Iran's foreign minister met the US envoy":
     * the party before a verb of meeting, within a few words, and the party right after it.
     */
    private List<Party> meeting(List<Token> tokens, Map<Integer, PartyIndex.Match> at,
                                Map<Integer, PartyIndex.Match> endingAt, int verb) {
        int next = verb + 1;
        String w = tokens.get(verb).text().toLowerCase(Locale.ROOT);
        if (w.startsWith("s")) { // "sit down with"
            if (next + 1 >= tokens.size() || !tokens.get(next).text().equalsIgnoreCase("down")
                    || !tokens.get(next + 1).text().equalsIgnoreCase("with")) {
                return List.of();
            }
            next += 2;
        } else if (next < tokens.size() && tokens.get(next).text().equalsIgnoreCase("with")) {
            next++;
        }
        while (next < tokens.size() && at.get(next) == null && tokens.get(next).text().equalsIgnoreCase("the")) {
            next++;
        }
        PartyIndex.Match right = at.get(next);
        PartyIndex.Match left = null;
        for (int k = verb; k > 0 && verb - k <= 4 && left == null; k--) {
            left = endingAt.get(k);
            if (k < verb && !tokens.get(k).spaceBefore()) {
                break; // not back over punctuation
            }
        }
        if (right == null || left == null || capital(right) || capital(left)) {
            return List.of();
        }
        return java.util.Arrays.asList(sole(left), sole(right));
    }

    /** A capital before a word of talks is where they are held ("the Vienna talks"), not a side. */
    private static boolean capital(PartyIndex.Match m) {
        return m.form().capital();
    }

    /** "The US and Iran held indirect talks", "Israel and Hamas have agreed a ceasefire". */
    private List<Party> betweenVerb(List<Token> tokens, Map<Integer, PartyIndex.Match> endingAt, int word) {
        for (int k = word - 1; k > 0 && word - k <= 5; k--) {
            PartyIndex.Match second = endingAt.get(k);
            if (second != null) {
                int and = second.from() - 1;
                boolean pair = and > 0 && tokens.get(and).text().equals("and") && endingAt.containsKey(and);
                boolean verbs = true;
                for (int j = k; j < word; j++) {
                    String w = tokens.get(j).text().toLowerCase(Locale.ROOT);
                    verbs &= BETWEEN_VERBS.contains(w) || isModifier(tokens.get(j)) || TALKS.contains(w);
                }
                return pair && verbs ? List.of(sole(endingAt.get(and)), sole(second)) : List.of();
            }
        }
        return List.of();
    }

    /** The sides after "between", "with" or "from" right after a word of talks. */
    private List<Party> after(List<Token> tokens, Map<Integer, PartyIndex.Match> at, int next, String... words) {
        if (next >= tokens.size()) {
            return List.of();
        }
        String w = tokens.get(next).text().toLowerCase(Locale.ROOT);
        for (String word : words) {
            if (w.equals(word)) {
                return list(tokens, at, next + 1);
            }
        }
        return List.of();
    }

    /** "Qatar, Egypt and the US": parties joined by commas and "and", from token {@code from}. */
    private List<Party> list(List<Token> tokens, Map<Integer, PartyIndex.Match> at, int from) {
        List<Party> parties = new ArrayList<>();
        int k = from;
        while (k < tokens.size()) {
            if (at.get(k) == null && tokens.get(k).text().equalsIgnoreCase("the")) {
                k++; // "the US", unless "the Amber Sea Council" is the form itself
                continue;
            }
            PartyIndex.Match m = at.get(k);
            if (m == null) {
                break;
            }
            parties.add(sole(m));
            k = m.to();
            if (k < tokens.size() && tokens.get(k).text().equals("and")) {
                k++;
            } else if (k >= tokens.size() || tokens.get(k).spaceBefore()) {
                break; // a comma between two parties leaves the next word without the space flag
            }
        }
        return parties;
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new java.util.HashSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return Set.copyOf(all);
    }

    private static boolean isModifier(Token t) {
        String w = t.text();
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !w.equals("and") && !w.equals("the")
                && !w.equals("of") && !w.equals("with");
    }

    private static Party sole(PartyIndex.Match m) {
        Party p = m.form().sole();
        if (p != null) {
            return p;
        }
        List<PartyForm.Sense> senses = m.form().senses();
        return senses.size() == 1 && senses.get(0).kind() == PartyForm.Kind.DEMONYM ? senses.get(0).party() : null;
    }
}
