package org.parley.round;

import java.util.List;
import java.util.regex.Pattern;

import org.parley.extraction.Span;

/**
 * Tells the day something was said from the day a meeting took place, using the speech cues the
 * extractor found in the article: "said on Tuesday", "said in a statement on Monday evening" and
 * "on Sunday accused" date a saying; "said the talks on Monday" and "refuse to attend Thursday's
 * Council" do not.
 */
final class SpeechDates {

    /** How far from a cue a date may stand and still date the saying. */
    private static final int AFTER_CUE = 30;
    /** What may stand between a cue and the date after it: "said on", "said late on", "said in a statement on". */
    private static final Pattern AFTER_CUE_TEXT = Pattern.compile("(?i)\\s*,?(?:\\s+(?:in\\s+an?\\s+(?:written\\s+)?"
            + "(?:statement|interview|briefing|post)|(?:to\\s+)?(?:reporters|journalists)|late|early))*(?:\\s+on)?\\s+");
    /** What may stand between a date and the cue that follows it: "on Sunday accused", "on Monday evening said". */
    private static final Pattern BEFORE_CUE = Pattern.compile("[\\s,]*(?:(?:late|early)\\s+)?"
            + "(?:(?:evening|morning|night|afternoon)\\b)?[\\s,]*");

    private final List<Span> cues;
    private final List<Span> contents;

    SpeechDates(List<Span> cues) {
        this(cues, List.of());
    }

    /** {@code contents}: what the article's statements say, their reported words. */
    SpeechDates(List<Span> cues, List<Span> contents) {
        this.cues = List.copyOf(cues);
        this.contents = List.copyOf(contents);
    }

    /**
     * False when a meeting word at {@code word} lies in what a statement says and the place at
     * {@code place} in the frame around it: "told Netanyahu at the White House that talks with
     * Tehran would continue" holds where he said it and what he said, and the talks are not at the
     * White House.
     */
    boolean sameSide(int word, int place) {
        return contentAt(place) >= 0 || contentAt(word) < 0;
    }

    private int contentAt(int at) {
        for (int i = 0; i < contents.size(); i++) {
            if (contents.get(i).start() <= at && at < contents.get(i).end()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * True when a cue stands wholly between {@code from} and {@code to}: "spoke by phone on Sunday,
     * and his office said Turkey would host the talks" - the saying's frame parts a date from the
     * meeting it reports.
     */
    boolean cueBetween(int from, int to) {
        for (Span cue : cues) {
            if (cue.start() >= from && cue.end() <= to) {
                return true;
            }
        }
        return false;
    }

    /** True when the date at {@code [start, end)} says when something was said. */
    boolean datesASaying(String text, int start, int end) {
        for (Span cue : cues) {
            if (cue.end() <= start && start - cue.end() <= AFTER_CUE
                    && AFTER_CUE_TEXT.matcher(text.substring(cue.end(), start)).matches()) {
                return true;
            }
            if (cue.start() >= end && cue.start() - end <= AFTER_CUE
                    && BEFORE_CUE.matcher(text.substring(end, cue.start())).matches()) {
                return true;
            }
        }
        return false;
    }
}
