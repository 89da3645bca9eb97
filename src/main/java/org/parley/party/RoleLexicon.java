package org.parley.party;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The words that make a phrase a role at the table ("minister", "envoy", "spokesman") or rule it
 * out ("former", "opposition", "analyst"), and the words after which a party is not the
 * speaker's own ("ambassador to Russia"). Kept as data in {@code roles.json}.
 *
 * @param offices               words of an office that speaks for a party
 * @param disqualifiers         words that say the speaker does not sit at the table
 * @param disqualifyingPhrases  the same, for several words ("think tank")
 * @param objectWords           words after which a party is an object, not the speaker's own, until an affiliation word
 * @param affiliationWords      words after which a party is the speaker's own again ("Minister of Foreign Affairs of Ireland")
 * @param clauseWords           words that end the role ("who", "which"): nothing after them counts
 * @param portfolios            capitalised words that may follow a party in a role ("Deputy", "Foreign");
 *                              any other ("American Bridge President") makes the party part of an organisation's name
 * @param organs                bodies of a party ("ministry", "government"): "a spokeswoman for the Israeli
 *                              Defense Ministry" speaks for Israel though "for" usually takes an object
 * @param staff                 people who work for an office holder: "an adviser to Ukraine's president"
 *                              speaks for Ukraine, though "to" usually takes an object
 * @param notGivenNames         capitalised words that may stand before a party's name in running text
 *                              ("Then Israel said", "Soviet Russia"); any other ("Steve Israel") makes it a surname
 * @param determiners           capitalised words that may come before a party ("The", "Other"); any other
 *                              ("Pro-Choice America") makes the party part of a name too
 */
record RoleLexicon(Set<String> offices, Set<String> disqualifiers, List<String> disqualifyingPhrases,
                   Set<String> objectWords, Set<String> affiliationWords, Set<String> clauseWords,
                   Set<String> portfolios, Set<String> organs, Set<String> staff, Set<String> determiners,
                   Set<String> notGivenNames) {

    private static final String BUNDLED = "/org/parley/party/roles.json";

    RoleLexicon {
        offices = lower(offices);
        disqualifiers = lower(disqualifiers);
        disqualifyingPhrases = disqualifyingPhrases.stream().map(RoleLexicon::phraseKey).toList();
        objectWords = lower(objectWords);
        affiliationWords = lower(affiliationWords);
        clauseWords = lower(clauseWords);
        portfolios = lower(portfolios);
        organs = lower(organs);
        staff = lower(staff);
        determiners = lower(determiners);
        notGivenNames = lower(notGivenNames);
    }

    /** The lexicon shipped with Parley. */
    static RoleLexicon bundled() {
        try (InputStream in = RoleLexicon.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("bundled role lexicon " + BUNDLED + " is missing");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            return new RoleLexicon(words(root, "offices"), words(root, "disqualifiers"),
                    List.copyOf(words(root, "disqualifyingPhrases")), words(root, "objectWords"),
                    words(root, "affiliationWords"), words(root, "clauseWords"), words(root, "portfolios"),
                    words(root, "organs"), words(root, "staff"), words(root, "determiners"), words(root, "notGivenNames"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled role lexicon " + BUNDLED, e);
        }
    }

    /** Whether the lower-cased words, joined by spaces and padded with a space each side, hold a disqualifying phrase. */
    boolean hasDisqualifyingPhrase(String paddedWords) {
        for (String phrase : disqualifyingPhrases) {
            if (paddedWords.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    /** A word that may stand next to a party's name inside a role without making it an organisation's name. */
    boolean mayFlankParty(String lowerWord) {
        return offices.contains(lowerWord) || portfolios.contains(lowerWord) || determiners.contains(lowerWord);
    }

    /** A capitalised word that may stand before a party's name in running text without being a given name. */
    boolean mayPrecedePartyInText(String lowerWord) {
        return mayFlankParty(lowerWord) || notGivenNames.contains(lowerWord);
    }

    private static Set<String> words(JsonNode root, String field) {
        JsonNode list = root.path(field);
        if (!list.isArray()) {
            throw new IllegalStateException("role lexicon " + BUNDLED + " lacks the list '" + field + "'");
        }
        Set<String> words = new java.util.LinkedHashSet<>();
        list.forEach(w -> words.add(w.asText()));
        return words;
    }

    static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    private static Set<String> lower(Set<String> words) {
        return words.stream().map(RoleLexicon::lower).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private static String phraseKey(String phrase) {
        List<Token> words = PhraseTokenizer.tokenize(lower(phrase));
        return " " + PhraseTokenizer.key(words, 0, words.size()) + " ";
    }
}
