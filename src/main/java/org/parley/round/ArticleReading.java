package org.parley.round;

import java.util.List;

import org.parley.extraction.ArticleAttributions;
import org.parley.round.Sentences.Sentence;

/**
 * What the planner read in one article: its anchor day, sentences, mentions of meetings and the
 * meetings those mentions make, most talked-about first; {@code talksSentences} holds the indexes of
 * the sentences that speak of talks or their outcome (a meeting word, "deal", "ceasefire", "proposal").
 */
record ArticleReading(ArticleAttributions article, Anchor anchor, List<Sentence> sentences,
                      List<Mention> mentions, List<ArticleEvent> events, java.util.Set<Integer> talksSentences) {

    /** Body sentences after the headline that say what a story is about. */
    private static final int LEDE_SENTENCES = 2;

    /** True when the headline or the first body sentences speak of talks or their outcome. */
    boolean aboutTalks() {
        int body = 0;
        for (Sentence s : sentences) {
            if (!s.isTitle() && body++ >= LEDE_SENTENCES) {
                break;
            }
            if (talksSentences.contains(s.index())) {
                return true;
            }
        }
        return false;
    }

    /** Share of an article's paragraphs that speak of talks from which all of it is a story on them. */
    static final double DENSE = 0.5;

    /**
     * True when at least half the body's paragraphs speak of talks: a story on the talks, where a
     * standing position goes to its round though its sentence names none. In a story mostly on
     * other things (strikes, a crackdown) only what is said in a sentence on the talks is about them.
     */
    boolean onTalks() {
        java.util.Set<Integer> all = new java.util.HashSet<>();
        java.util.Set<Integer> talking = new java.util.HashSet<>();
        for (Sentence s : sentences) {
            if (!s.isTitle()) {
                all.add(s.paragraph());
                if (talksSentences.contains(s.index())) {
                    talking.add(s.paragraph());
                }
            }
        }
        return !all.isEmpty() && talking.size() >= DENSE * all.size();
    }

    /** The number of body paragraphs. */
    int paragraphs() {
        return (int) sentences.stream().filter(s -> !s.isTitle()).mapToInt(Sentence::paragraph).distinct().count();
    }

    /** True when one of the sentences speaks of talks or their outcome. */
    boolean speaksOfTalks(List<Sentence> over) {
        return over.stream().anyMatch(s -> talksSentences.contains(s.index()));
    }

    String doc() {
        return article.article().doc();
    }

    /** The sentences that overlap {@code [start, end)}. */
    List<Sentence> sentencesOver(int start, int end) {
        return sentences.stream().filter(s -> s.start() < Math.max(end, start + 1) && start < s.end()).toList();
    }
}
