package org.parley.round;

import java.util.List;

import org.parley.extraction.ArticleAttributions;
import org.parley.round.Sentences.Sentence;

/**
 * What the planner read in one article: its anchor day, sentences, mentions of meetings and the
 * meetings those mentions make, most talked-about first; {@code talksSentences} holds the indexes of
 * the sentences that speak of talks or their outcome (a meeting word, "deal", "ceasefire", "proposal"),
 * {@code groundSentences} those that report events on the ground (strikes, casualties, a crackdown);
 * {@code sessions} the rounds of talks the article counts in one place, by the place's canonical name
 * ("eight rounds of indirect talks in Doha since Sunday": Doha, 8).
 */
record ArticleReading(ArticleAttributions article, Anchor anchor, List<Sentence> sentences,
                      List<Mention> mentions, List<ArticleEvent> events, java.util.Set<Integer> talksSentences,
                      java.util.Set<Integer> groundSentences, java.util.Map<String, Integer> sessions) {

    /** Body sentences after the headline that say what a story is about. */
    private static final int LEDE_SENTENCES = 2;

    /** True when the headline or the first body sentences speak of talks or their outcome. */
    boolean aboutTalks() {
        return lede().stream().anyMatch(s -> talksSentences.contains(s.index()));
    }

    /** The headline and the first body sentences, which say what a story is about. */
    private List<Sentence> lede() {
        List<Sentence> lede = new java.util.ArrayList<>();
        int body = 0;
        for (Sentence s : sentences) {
            if (!s.isTitle() && body++ >= LEDE_SENTENCES) {
                break;
            }
            lede.add(s);
        }
        return lede;
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

    /**
     * True when the sentences report events on the ground (a strike, casualties, hunger, arrests)
     * and their paragraph says nothing of talks: in a story on the talks, that is the war or the
     * crackdown the talks are about, not what the parties say of them.
     */
    boolean reportsGround(List<Sentence> over) {
        if (over.isEmpty() || over.stream().noneMatch(s -> groundSentences.contains(s.index()))) {
            return false;
        }
        int paragraph = over.get(0).paragraph();
        return sentences.stream().noneMatch(s -> s.paragraph() == paragraph && talksSentences.contains(s.index()));
    }

    /**
     * True when a sentence of the headline or lede reports events on the ground at {@code place}
     * ("Israeli attack in Doha" while the talks sat there): the story is about what happened at the
     * round, so its reports of it are about the round.
     */
    boolean ledeReportsGroundAt(String place) {
        if (place == null) {
            return false;
        }
        java.util.Set<Integer> lede = new java.util.HashSet<>();
        lede().stream().filter(s -> groundSentences.contains(s.index())).forEach(s -> lede.add(s.index()));
        // the place of the event, not of the meeting: "attack in Doha", not "talks in Muscat in doubt after strikes"
        return mentions.stream().anyMatch(m -> lede.contains(m.sentence()) && !m.meeting() && m.place() != null
                && RoundLexicon.bundled().samePlace(m.place(), place));
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
