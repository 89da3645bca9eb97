package org.parley.party;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every form of every party, keyed by its words, for longest-match lookup in token sequences.
 * Built once per registry so that a lookup per mention costs a few hash probes.
 */
final class PartyIndex {

    private final Map<String, PartyForm> forms = new HashMap<>();
    // Longest form (in words) starting with each first word: most words start none, so most probes stop here.
    private final Map<String, Integer> longestByFirstWord = new HashMap<>();
    // first words of forms written in lower case, capitalised as a sentence would open with them ("The")
    private final Set<String> capitalisedLowerCase = new HashSet<>();
    // the first words of every form, one word, two, ... up to all of them: where a longer match can still start
    private final Set<String> openings = new HashSet<>();
    // Extraction asks many questions of one article in a row (its context, each unqualified title,
    // its opposition): the last article's reading, per thread, so each article is tokenised once.
    private final ThreadLocal<Reading> lastReading = new ThreadLocal<>();

    PartyIndex(Collection<Party> parties, Collection<String> notParties) {
        for (Party p : parties) {
            Set<String> ambiguous = new HashSet<>();
            p.ambiguous().forEach(f -> ambiguous.add(keyOf(f)));
            add(p.name(), p, PartyForm.Kind.NAME, ambiguous);
            add(p.fullName(), p, PartyForm.Kind.NAME, ambiguous);
            p.aliases().forEach(f -> add(f, p, PartyForm.Kind.NAME, ambiguous));
            // a state's first metonym is its capital (FORMAT.md), which may be only where talks are held
            for (int i = 0; i < p.metonyms().size(); i++) {
                boolean capital = i == 0 && "state".equals(p.kind());
                add(p.metonyms().get(i), p, capital ? PartyForm.Kind.CAPITAL : PartyForm.Kind.METONYM, ambiguous);
            }
            p.demonyms().forEach(f -> add(f, p, PartyForm.Kind.DEMONYM, ambiguous));
            p.phrases().forEach(f -> add(f, p, PartyForm.Kind.PHRASE, ambiguous));
            p.ambiguous().forEach(f -> add(f, p, PartyForm.Kind.NAME, ambiguous));
        }
        notParties.forEach(f -> put(keyOf(f), PartyForm.NOT_A_PARTY));
    }

    /** The form a whole phrase is, or null. */
    PartyForm lookup(String phrase) {
        return find(keyOf(phrase));
    }

    /** The form that tokens {@code [from, to)} are together, or null. */
    PartyForm lookup(List<Token> tokens, int from, int to) {
        return to > from ? find(PhraseTokenizer.key(tokens, from, to)) : null;
    }

    /** A text's words and the forms among them, as {@link #scan} finds them. */
    record Reading(String text, List<Token> tokens, List<Match> matches) {
    }

    /** The words of a whole text and the forms among them; the same text read twice in a row is tokenised once. */
    Reading read(String text) {
        Reading last = lastReading.get();
        if (last != null && last.text() == text) {
            return last;
        }
        List<Token> tokens = List.copyOf(PhraseTokenizer.tokenize(text));
        Reading reading = new Reading(text, tokens, List.copyOf(scan(tokens)));
        lastReading.set(reading);
        return reading;
    }

    /** The forms in a token sequence, longest first, left to right, not overlapping. */
    List<Match> scan(List<Token> tokens) {
        List<Match> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match m = longestAt(tokens, i);
            if (m == null) {
                i++;
            } else {
                found.add(m);
                i = m.to();
            }
        }
        return found;
    }

    private Match longestAt(List<Token> tokens, int from) {
        Token first = tokens.get(from);
        int longest = longestByFirstWord.getOrDefault(first.text(), 0); // capitalised lower-case forms included
        int end = Math.min(tokens.size(), from + longest);
        // grown a word at a time while some form opens so ("the" of "the Amber Sea Council"), not tried longest first
        StringBuilder key = new StringBuilder();
        Match found = null;
        for (int to = from + 1; to <= end; to++) {
            if (to > from + 1) {
                key.append(' ');
            }
            key.append(tokens.get(to - 1).text());
            String k = key.toString();
            if (!opensForm(k)) {
                break;
            }
            PartyForm form = find(k);
            if (form != null) {
                found = new Match(form, from, to);
            }
        }
        return found;
    }

    /** Whether some form's words start with {@code key}'s, or would as a sentence opens it ("The alliance"). */
    private boolean opensForm(String key) {
        return openings.contains(key) || Character.isUpperCase(key.charAt(0)) && openings.contains(lowerFirst(key));
    }

    private PartyForm find(String key) {
        PartyForm form = forms.get(key);
        if (form == null && !key.isEmpty() && Character.isUpperCase(key.charAt(0)) && opensLowerCaseForm(key)) {
            // sentence-initial "The alliance": only forms written in lower case match this way, so "Turkey" never matches "turkey"
            form = forms.get(lowerFirst(key));
        }
        return form;
    }

    private void add(String text, Party party, PartyForm.Kind kind, Set<String> ambiguous) {
        String key = keyOf(text);
        if (key.isEmpty()) {
            return;
        }
        PartyForm.Sense sense = new PartyForm.Sense(party, kind, ambiguous.contains(key));
        PartyForm existing = forms.get(key);
        put(key, existing == null ? PartyForm.of(sense) : existing.with(sense));
    }

    private void put(String key, PartyForm form) {
        if (key.isEmpty()) {
            return;
        }
        forms.put(key, form);
        for (int space = key.indexOf(' '); space >= 0; space = key.indexOf(' ', space + 1)) {
            openings.add(key.substring(0, space));
        }
        openings.add(key);
        int space = key.indexOf(' ');
        String firstWord = space < 0 ? key : key.substring(0, space);
        int words = key.split(" ").length;
        longestByFirstWord.merge(firstWord, words, Math::max);
        if (Character.isLowerCase(firstWord.charAt(0))) {
            String capitalised = Character.toUpperCase(firstWord.charAt(0)) + firstWord.substring(1);
            longestByFirstWord.merge(capitalised, words, Math::max);
            capitalisedLowerCase.add(capitalised);
        }
    }

    /** Whether a key opens with a word that, in lower case, opens a form ("The alliance"). */
    private boolean opensLowerCaseForm(String key) {
        int space = key.indexOf(' ');
        return capitalisedLowerCase.contains(space < 0 ? key : key.substring(0, space));
    }

    private static String keyOf(String text) {
        List<Token> words = PhraseTokenizer.tokenize(text);
        return PhraseTokenizer.key(words, 0, words.size());
    }

    private static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** A form found in a token sequence, covering tokens {@code [from, to)}. */
    record Match(PartyForm form, int from, int to) {

        /** Joined to a word outside it by a hyphen: "Ukrainian-born", "pro-Russian", "U.S.-led". */
        boolean inCompound(List<Token> tokens) {
            return tokens.get(from).hyphenBefore() || tokens.get(to - 1).hyphenAfter();
        }
    }
}
