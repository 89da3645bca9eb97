package org.parley.round;

import java.util.List;

import org.parley.extraction.ArticleAttributions;
import org.parley.round.Sentences.Sentence;

/**
 * What the planner read in one article: its anchor day, sentences, mentions of meetings and the
 * meetings those mentions make, most talked-about first; {@code aboutTalks} is true when its headline
 * or lede speaks of talks or their outcome (a meeting word, "deal", "ceasefire", "proposal").
 */
record ArticleReading(ArticleAttributions article, Anchor anchor, List<Sentence> sentences,
                      List<Mention> mentions, List<ArticleEvent> events, boolean aboutTalks) {

    String doc() {
        return article.article().doc();
    }

    /** The sentences that overlap {@code [start, end)}. */
    List<Sentence> sentencesOver(int start, int end) {
        return sentences.stream().filter(s -> s.start() < Math.max(end, start + 1) && start < s.end()).toList();
    }
}
