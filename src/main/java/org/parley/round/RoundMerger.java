package org.parley.round;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges the events of all articles into rounds. Events that say most are placed first, each into
 * the round it fits best or into a new one, so the result does not depend on the order articles
 * came in; an event that cannot make a round on its own (no place or no date) only joins one that
 * exists. Rounds from a rounds file are there from the start.
 */
final class RoundMerger {

    private final List<RoundDraft> drafts = new ArrayList<>();
    private final Map<ArticleEvent, RoundDraft> roundOf = new IdentityHashMap<>();

    RoundMerger(List<FileRound> fileRounds) {
        fileRounds.forEach(f -> drafts.add(new RoundDraft(f)));
    }

    /** Places every event. */
    void merge(List<ArticleEvent> events) {
        List<ArticleEvent> sorted = new ArrayList<>(events);
        sorted.sort(ORDER);
        List<ArticleEvent> waiting = new ArrayList<>();
        for (ArticleEvent e : sorted) {
            boolean canFound = canFound(e);
            RoundDraft best = best(e, !canFound);
            if (best != null) {
                place(e, best);
            } else if (canFound) {
                RoundDraft draft = RoundDraft.of(e);
                drafts.add(draft);
                roundOf.put(e, draft);
            } else {
                waiting.add(e);
            }
        }
        // Undated meetings in the order their articles came out: the first report of talks "in Oman"
        // dates them, later stories that name them join them.
        waiting.sort(Comparator.comparingLong((ArticleEvent e) -> e.near() == null || !e.near().isDay() ? Long.MAX_VALUE
                : e.near().firstDay()).thenComparing(ORDER));
        for (ArticleEvent e : waiting) {
            RoundDraft best = best(e, true);
            if (best != null) {
                place(e, best);
            } else if (reportedAt(e)) {
                RoundDraft draft = RoundDraft.of(onItsDay(e));
                drafts.add(draft);
                roundOf.put(e, draft);
            }
        }
    }

    List<RoundDraft> drafts() {
        return drafts;
    }

    /** The round an event was placed in, or null. */
    RoundDraft roundOf(ArticleEvent e) {
        return roundOf.get(e);
    }

    private void place(ArticleEvent e, RoundDraft draft) {
        draft.add(e);
        roundOf.put(e, draft);
    }

    /** The best-fitting round, the earliest made on a tie; null when none fits, or on a tie if strict. */
    private RoundDraft best(ArticleEvent e, boolean strict) {
        RoundDraft best = null;
        int bestFit = -1;
        boolean tie = false;
        for (RoundDraft d : drafts) {
            int fit = d.fit(e);
            if (fit > bestFit) {
                best = d;
                bestFit = fit;
                tie = false;
            } else if (fit == bestFit && fit >= 0) {
                tie = true;
            }
        }
        return tie && strict ? null : best;
    }

    /**
     * A meeting is identified mainly by its place and date: only an event that gives both (or, with
     * no place, a standing forum's name and the very day) starts a round. "The first round" or "the
     * Council" on its own, or a place with no date, can only join a round that others start.
     */
    private static boolean canFound(ArticleEvent e) {
        if (e.start() == null) {
            return false;
        }
        return e.place() != null || e.forum() != null && e.forum().strong() && !e.forum().host() && e.start().isDay();
    }

    /**
     * True when an article reports a meeting at a place without dating it, in its headline or lede
     * ("Negotiators are heading to Sharm el-Sheikh to start indirect talks"): the news is of the
     * article's own day, so the meeting is dated by it, when no round there fits.
     */
    private static boolean reportedAt(ArticleEvent e) {
        return e.place() != null && e.reportedUndated();
    }

    private static ArticleEvent onItsDay(ArticleEvent e) {
        return new ArticleEvent(e.doc(), e.forum(), e.place(), e.near(), null, e.ordinal(), e.mentions(), e.score(),
                e.near(), e.reported(), e.ahead());
    }

    /** Sharpest dates first, then the events that say most, then a fixed order by content. */
    private static final Comparator<ArticleEvent> ORDER = Comparator
            .comparingLong((ArticleEvent e) -> DateWindows.rank(e.window()))
            .thenComparingInt(e -> -((e.place() != null ? 1 : 0) + (e.forum() != null ? 1 : 0)
                    + (e.ordinal() != null ? 1 : 0)))
            .thenComparing(e -> String.valueOf(e.place()))
            .thenComparing(e -> e.forum() == null ? "" : e.forum().key())
            .thenComparing(e -> e.start() == null ? "" : e.start().key())
            .thenComparing(ArticleEvent::doc)
            .thenComparingInt(e -> e.mentions().get(0).start());
}
