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
        int first = firstEndingAfter(quotes, content.start());
        boolean quoted = first < quotes.size() && quotes.get(first).start() < content.end();
        if (!quoted) {
            return Kind.INDIRECT;
        }
        // only the stretches outside every quotation need looking at, and only up to their first letter
        int q = first;
        int i = content.start();
        while (i < content.end()) {
            Quote next = q < quotes.size() && quotes.get(q).start() < content.end() ? quotes.get(q) : null;
            int gapEnd = next == null ? content.end() : Math.max(i, next.start());
            for (int k = i; k < gapEnd; k++) {
                if (Character.isLetterOrDigit(text.charAt(k)) && !inFrame(quotes, q, k, content, cue)) {
                    return Kind.MIXED;
                }
            }
            if (next == null) {
                break;
            }
            i = Math.max(i, next.end());
            q++;
        }
        return Kind.DIRECT;
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
