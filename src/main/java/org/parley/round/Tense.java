package org.parley.round;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a date in a sentence points forward or back from the article's day: the nearest tense
 * marker in the same clause decides ("will continue on Thursday", "met on Monday"), markers before
 * the date counting more than markers after it. A verb in the present names a scheduled meeting
 * ("the Council meets on Wednesday"), so it points forward. With no marker the direction is
 * unknown, and {@link #future} takes it as past, since news mostly reports what has happened.
 */
final class Tense {

    /** Which way a date points from the article's day. */
    enum Direction { PAST, FUTURE, UNKNOWN }

    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;:(]|\\s[-–—]\\s|\\s(?:and|but|while|whereas)\\s");

    private final RoundLexicon lexicon;

    Tense(RoundLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** True when the date at {@code [start, end)} of the sentence {@code [from, to)} lies ahead. */
    boolean future(String text, int from, int to, int start, int end) {
        return direction(text, from, to, start, end) == Direction.FUTURE;
    }

    /** The way the date at {@code [start, end)} of the sentence {@code [from, to)} points, if the clause says. */
    Direction direction(String text, int from, int to, int start, int end) {
        int clauseStart = from;
        Matcher breaks = CLAUSE_BREAK.matcher(text).region(from, start);
        while (breaks.find()) {
            clauseStart = breaks.end();
        }
        Matcher after = CLAUSE_BREAK.matcher(text).region(end, to);
        int clauseEnd = after.find() ? after.start() : to;
        int future = Math.min(nearest(lexicon.futureMarkers, text, clauseStart, clauseEnd, start, end),
                nearest(lexicon.presentMarkers, text, clauseStart, clauseEnd, start, end));
        int past = nearest(lexicon.pastMarkers, text, clauseStart, clauseEnd, start, end);
        if (future == past) {
            return Direction.UNKNOWN;
        }
        return future < past ? Direction.FUTURE : Direction.PAST;
    }

    /** The weighted distance to the nearest marker, or MAX_VALUE when there is none. */
    private static int nearest(Pattern markers, String text, int clauseStart, int clauseEnd, int start, int end) {
        int best = Integer.MAX_VALUE;
        Matcher m = markers.matcher(text).region(clauseStart, clauseEnd);
        while (m.find()) {
            if (m.end() <= start) {
                best = Math.min(best, start - m.end());
            } else if (m.start() >= end) {
                best = Math.min(best, 2 * (m.start() - end) + 10);
            }
        }
        return best;
    }
}
