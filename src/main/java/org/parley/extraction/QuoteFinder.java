package org.parley.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds quoted stretches: double marks of every kind (“…”, "…", ''…'', «…»), single marks (‘…’,
 * '…', the British primary quotes; see {@link SingleMarks}), quotes that run over several paragraphs
 * (an opening mark on each paragraph, one closing mark at the end), and quotes left open at the end
 * of their paragraph. A quotation nested in another is part of the outer one.
 */
final class QuoteFinder {

    private static final Comparator<Quote> BY_START = new Comparator<>() {
        @Override
        public int compare(Quote x, Quote y) {
            return Integer.compare(x.start(), y.start());
        }
    };

    List<Quote> find(String text) {
        return find(text.toCharArray());
    }

    /** The quotations of a text given as its characters, scanned as an array: no per-character dispatch on the string's coding. */
    List<Quote> find(char[] text) {
        List<Quote> quotes = new ArrayList<>();
        int open = -1;
        boolean continuing = false;
        int single = -1;
        int line = 0;
        while (line < text.length) {
            int end = lineEnd(text, line);
            int lineQuotes = quotes.size();
            open = scanDoubles(text, line, end, open, continuing, quotes);
            continuing = false;
            if (open >= 0) {
                int next = nextParagraph(text, end);
                if (next < text.length && opensAt(text, next)) {
                    continuing = true;
                } else {
                    quotes.add(new Quote(open, trimEnd(text, line, end), false));
                    open = -1;
                }
            }
            single = new SingleMarks(text, line, end, quotes, lineQuotes, open).scan(single);
            line = end + 1;
        }
        quotes.sort(BY_START);
        return outermost(quotes);
    }

    /** Drops quotations nested in another (a double-quoted phrase inside a single-quoted statement). */
    private static List<Quote> outermost(List<Quote> sorted) {
        List<Quote> kept = new ArrayList<>(sorted.size());
        int reach = -1;
        for (Quote q : sorted) {
            if (q.end() <= reach) {
                continue;
            }
            kept.add(q);
            reach = Math.max(reach, q.end());
        }
        return kept;
    }

    /** Scans one paragraph for double marks; returns where a still open quote started, or -1. */
    private static int scanDoubles(char[] text, int from, int to, int open, boolean continuing,
                                   List<Quote> quotes) {
        int first = skipSpaces(text, from, to);
        for (int i = from; i < to; i++) {
            if (!QuoteMarks.mayBeMark(text[i])) {
                continue;
            }
            int ambiguous = QuoteMarks.ambiguousDoubleLength(text, i);
            boolean continuation = continuing && i == first;
            if (QuoteMarks.opensDouble(text, i) || (ambiguous > 0 || QuoteMarks.closingUsedToOpen(text, i, first))
                    && open < 0) {
                open = open < 0 ? i : open;
            } else if (continuation) {
                // the paragraph-initial mark of a quote running on: the quote stays open
            } else if (open >= 0 && (ambiguous > 0 || QuoteMarks.closesDouble(text, i))) {
                quotes.add(new Quote(open, i + Math.max(ambiguous, 1), true));
                open = -1;
            }
            i += Math.max(ambiguous, 1) - 1;
        }
        return open;
    }

    private static boolean opensAt(char[] text, int i) {
        return QuoteMarks.opensDouble(text, i) || QuoteMarks.ambiguousDoubleLength(text, i) > 0;
    }

    static int lineEnd(char[] text, int from) {
        int i = from;
        while (i < text.length && text[i] != '\n') {
            i++;
        }
        return i;
    }

    static int nextParagraph(char[] text, int lineEnd) {
        int i = lineEnd;
        while (i < text.length && Character.isWhitespace(text[i])) {
            i++;
        }
        return i;
    }

    static int skipSpaces(char[] text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text[i])) {
            i++;
        }
        return i;
    }

    static int trimEnd(char[] text, int from, int to) {
        int i = to;
        while (i > from && Character.isWhitespace(text[i - 1])) {
            i--;
        }
        return i;
    }
}
