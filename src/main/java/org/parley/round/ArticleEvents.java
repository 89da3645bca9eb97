package org.parley.round;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.parley.round.Sentences.Sentence;

/**
 * Gathers an article's mentions into the meetings it speaks of. Mentions with a place come first
 * and group by place; a forum without a place joins the one placed meeting it fits; a meeting the
 * headline or lede speaks of without a date takes the lede's date, as wire stories put the day of
 * the news in their first sentence ("NATO said on Wednesday ..."). A meeting named by its day alone
 * ("talks on Monday") is an event too, which can only join a round others name.
 */
final class ArticleEvents {

    /** The title and the first body sentences: where a story says what it is about. */
    private static final int LEDE_SENTENCES = 3;

    private ArticleEvents() {
    }

    /** The meetings of one article, most talked-about first. */
    static List<ArticleEvent> of(String doc, List<Sentence> sentences, List<Mention> mentions, TalksDate near) {
        List<EventGroup> groups = group(mentions);
        Mention lede = ledeDate(sentences, mentions);
        List<ArticleEvent> events = new ArrayList<>();
        for (EventGroup g : groups) {
            if (lede != null && takesLedeDate(g, lede, sentences, groups.size())) {
                g.addDate(lede.date(), lede.to(), false);
            }
            events.add(new ArticleEvent(doc, g.forum, g.place, g.start, g.end, g.ordinal, g.mentions,
                    score(sentences, g), near));
        }
        events.sort(Comparator.comparingInt(ArticleEvent::score).reversed()
                .thenComparingInt(e -> e.mentions().get(0).start()));
        return events;
    }

    /** Placed mentions first, then forums without a place, then meetings named by their day alone. */
    private static List<EventGroup> group(List<Mention> mentions) {
        List<EventGroup> groups = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.meeting() && m.place() != null) {
                join(groups, m, false);
            }
        }
        for (Mention m : mentions) {
            if (m.meeting() && m.place() == null && m.identifies()) {
                join(groups, m, true);
            }
        }
        for (Mention m : mentions) {
            if (m.meeting() && !m.identifies() && m.date() != null) {
                List<EventGroup> fits = groups.stream().filter(g -> g.start != null && g.accepts(m)).toList();
                if (fits.size() == 1) {
                    fits.get(0).add(m);
                } else if (fits.isEmpty()) {
                    groups.add(new EventGroup(m));
                }
            }
        }
        return groups;
    }

    /**
     * An undated (or loosely dated) meeting of the headline or lede takes the lede's day, unless the
     * meeting's own sentence gives it a date: then that is what the writer meant.
     */
    private static boolean takesLedeDate(EventGroup g, Mention lede, List<Sentence> sentences, int groups) {
        boolean inLede = g.mentions.stream().anyMatch(m -> isLede(sentences, m.sentence()));
        boolean ownSentence = g.start != null && g.mentions.stream().anyMatch(m -> m.sentence() == lede.sentence());
        return (inLede || groups == 1) && (g.start == null || g.vague) && !ownSentence && g.accepts(lede);
    }

    /** Joins the group the mention fits; without a place, only a single fitting group (or the one named alike). */
    private static void join(List<EventGroup> groups, Mention m, boolean unplaced) {
        List<EventGroup> fits = groups.stream().filter(g -> g.accepts(m)).toList();
        if (unplaced && fits.size() > 1) {
            fits = fits.stream().filter(g -> g.forum != null && m.forum() != null
                    && g.forum.key().equals(m.forum().key()) || Objects.equals(g.ordinal, m.ordinal())
                    && m.ordinal() != null).toList();
        }
        if (fits.size() == 1 || !unplaced && !fits.isEmpty()) {
            fits.get(0).add(m);
        } else {
            groups.add(new EventGroup(m));
        }
    }

    /** The first sharp date in the first two body sentences, the day the story reports. */
    private static Mention ledeDate(List<Sentence> sentences, List<Mention> mentions) {
        int body = 0;
        for (Sentence s : sentences) {
            if (s.isTitle()) {
                continue;
            }
            if (++body > 2) {
                return null;
            }
            for (Mention m : mentions) {
                if (m.sentence() == s.index() && m.date() != null && !m.vague() && m.to() == null) {
                    return m;
                }
            }
        }
        return null;
    }

    private static boolean isLede(List<Sentence> sentences, int index) {
        int titles = sentences.isEmpty() || !sentences.get(0).isTitle() ? 0 : 1;
        return index < titles + LEDE_SENTENCES;
    }

    /** Headline and first sentence 3, second sentence 2, any other 1. */
    private static int score(List<Sentence> sentences, EventGroup g) {
        int titles = sentences.isEmpty() || !sentences.get(0).isTitle() ? 0 : 1;
        int score = 0;
        for (Mention m : g.mentions) {
            int body = m.sentence() - titles;
            score += body < 0 || body == 0 ? 3 : body == 1 ? 2 : 1;
        }
        return score;
    }
}
