package org.parley.extraction;

import java.util.List;

/**
 * Chooses the content span of a quotation split by its own attribution ({@code "X," said Y, a
 * long appositive. "Z."}). What was said is X and Z without the frame between them; a content span
 * is one stretch, so it covers X to Z while the frame is short next to them, and else only the
 * larger of X and Z, whichever of the three shares more characters with X and Z together.
 */
final class SplitQuotes {

    private SplitQuotes() {
    }

    static Span choose(ArticleText a, Span content, Span cue, Span source) {
        int frameStart = cue.start();
        int frameEnd = source == null ? cue.end() : Math.max(cue.end(), source.end());
        if (source != null) {
            frameStart = Math.min(frameStart, source.start());
        }
        Quote before = lastEndingBefore(a.quotes(), frameStart, content.start());
        Quote after = firstStartingAfter(a.quotes(), frameEnd, content.end());
        if (before == null || after == null) {
            return content;
        }
        String text = a.text();
        int x = letters(text, content.start(), before.end());
        int frame = letters(text, before.end(), after.start());
        int z = letters(text, after.start(), content.end());
        double whole = (double) (x + z) / (x + frame + z);
        double larger = (double) Math.max(x, z) / (x + z);
        if (whole >= larger) {
            return content;
        }
        return x >= z ? new Span(content.start(), before.end()) : new Span(after.start(), content.end());
    }

    private static Quote lastEndingBefore(List<Quote> quotes, int at, int notBefore) {
        Quote found = null;
        for (Quote q : quotes) {
            if (q.end() <= at && q.start() >= notBefore) {
                found = q;
            }
        }
        return found;
    }

    private static Quote firstStartingAfter(List<Quote> quotes, int at, int notAfter) {
        for (Quote q : quotes) {
            if (q.start() >= at && q.end() <= notAfter) {
                return q;
            }
        }
        return null;
    }

    /** Characters other than white space in {@code [from, to)}, as the scorer counts them. */
    private static int letters(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
