package org.parley.round;

/**
 * Whether a text speaks of talks: a meeting word or a word of talks or their outcome from the
 * bundled round lexicon ("negotiations", "deal", "ceasefire", "proposal"), as whole words.
 */
public final class TalksWords {

    private TalksWords() {
    }

    /** True when the text holds a word of meetings, talks or their outcome. */
    public static boolean in(String text) {
        return RoundLexicon.bundled().talksWords.matcher(text).find();
    }
}
