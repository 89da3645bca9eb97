package org.parley.extraction;

import java.util.List;

/**
 * Tells direct, mixed and indirect statements apart by their quotation marks: direct when every
 * letter and digit of the content is quoted, mixed when some are, indirect when none are.
 */
final class KindClassifier {

    private KindClassifier() {
    }

    /**
     * The kind of a statement; the words between two of its quotations that hold its own cue
     * ({@code "X," he said, "Y."}) do not make it mixed.
     */
    static Kind of(ArticleText a, Span content, Span cue) {
        List<Quote> quotes = a.quotes();
        String text = a.text();
        boolean quoted = false;
        boolean unquoted = false;
        int q = firstEndingAfter(quotes, content.start());
        for (int i = content.start(); i < content.end(); i++) {
            while (q < quotes.size() && quotes.get(q).end() <= i) {
                q++;
            }
            boolean inside = q < quotes.size() && quotes.get(q).contains(i);
            if (inside) {
                quoted = true;
            } else if (Character.isLetterOrDigit(text.charAt(i)) && !inFrame(quotes, q, i, content, cue)) {
                unquoted = true;
            }
        }
        if (!quoted) {
            return Kind.INDIRECT;
        }
        return unquoted ? Kind.MIXED : Kind.DIRECT;
    }

    /** Whether position i lies between two quotations of the content, in a gap that holds the cue. */
    private static boolean inFrame(List<Quote> quotes, int next, int i, Span content, Span cue) {
        if (next == 0 || next >= quotes.size() || quotes.get(next).start() >= content.end()) {
            return false;
        }
        int gapStart = quotes.get(next - 1).end();
        int gapEnd = quotes.get(next).start();
        return gapStart >= content.start() && gapStart <= i && cue.start() >= gapStart && cue.end() <= gapEnd;
    }

    private static int firstEndingAfter(List<Quote> quotes, int at) {
        int lo = 0;
        int hi = quotes.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (quotes.get(mid).end() <= at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
