package org.parley.round;

import java.util.List;

/**
 * One meeting as one article speaks of it: its mentions there taken together, with the forum,
 * place and dates they give between them.
 *
 * @param doc      the article
 * @param forum    the forum, or null
 * @param place    the venue city, or null
 * @param start    the (first) date, or null
 * @param end      the last day of a stretch, or null
 * @param ordinal  which round of a series, or null
 * @param mentions the mentions, in text order
 * @param score    how much the article is about it: a headline or lede mention weighs most
 * @param near     the article's own day, to choose between rounds when the event has no date; or null
 * @param reported true when the article reports it: its main meeting, or one its headline or lede
 *                 tells as news (not recalled as background, not only announced ahead)
 * @param ahead    true when every mention puts it ahead of the article's day ("the next Council")
 */
record ArticleEvent(String doc, Forum forum, String place, TalksDate start, TalksDate end, Integer ordinal,
                    List<Mention> mentions, int score, TalksDate near, boolean reported, boolean ahead) {

    ArticleEvent {
        mentions = List.copyOf(mentions);
    }

    /**
     * True when the article reports the meeting in its headline or lede without dating it ("Negotiators
     * are heading to Sharm el-Sheikh"), and has a day of its own: the news is of that day.
     */
    boolean reportedUndated() {
        return start == null && reported && score >= ArticleEvents.LEDE_SCORE && near != null && near.isDay();
    }

    /** True when a forum or ordinal names the meeting, not only its place and day. */
    boolean named() {
        return forum != null || ordinal != null;
    }

    boolean identifies() {
        return place != null || forum != null || ordinal != null;
    }

    /** The start and end as one window, for comparing with another meeting's dates. */
    TalksDate window() {
        return DateWindows.span(start, end);
    }
}
