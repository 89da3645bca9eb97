package org.parley.briefing;

import org.parley.extraction.Attribution;
import org.parley.extraction.Span;

/**
 * A quotation split by its attribution ("X," she said, "Y.") is one span in the article; a
 * briefing shows the quoted words alone, the two halves joined, since the speaker is named beside.
 */
final class QuoteFrames {

    private static final String MARKS = "\"“”„‘’‚'«»‹›";

    private QuoteFrames() {
    }

    /** The statement's text without the attribution inside it, or the text as it is. */
    static String withoutFrame(Said said) {
        Attribution a = said.attribution();
        Span content = a.content();
        Span frame = frame(a);
        if (frame == null || frame.start() <= content.start() || frame.end() >= content.end()) {
            return said.text();
        }
        String text = said.article().text();
        int close = lastMark(text, content.start(), frame.start());
        int open = firstMark(text, frame.end(), content.end());
        if (close < 0 || open < 0) {
            return said.text();
        }
        return Whitespace.collapse(text.substring(content.start(), close + 1) + " " + text.substring(open, content.end()));
    }

    private static Span frame(Attribution a) {
        if (a.cue() == null && a.source() == null) {
            return null;
        }
        Span cue = a.cue() != null ? a.cue() : a.source();
        Span source = a.source() != null ? a.source() : a.cue();
        return new Span(Math.min(cue.start(), source.start()), Math.max(cue.end(), source.end()));
    }

    private static int lastMark(String text, int from, int before) {
        for (int i = before - 1; i >= from; i--) {
            if (MARKS.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static int firstMark(String text, int after, int to) {
        for (int i = after; i < to; i++) {
            if (MARKS.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
