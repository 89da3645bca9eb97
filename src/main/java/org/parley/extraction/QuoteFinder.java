package org.parley.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds quoted stretches: double marks of every kind (“…”, "…", ''…'', «…»), quotes that run over
 * several paragraphs (an opening mark on each paragraph, one closing mark at the end), and single
 * marks (‘…’, '…') where they pair up within a paragraph, so that apostrophes are not taken for
 * quotation marks.
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
            scanSingles(text, line, end, quotes, lineQuotes, open);
            line = end + 1;
        }
        quotes.sort(BY_START);
        return quotes;
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

    /** Pairs single marks within one paragraph, outside its double quotes ({@code quotes} from {@code lineQuotes} on). */
    private static void scanSingles(char[] text, int from, int to, List<Quote> quotes, int lineQuotes, int open) {
        int doublesEnd = quotes.size();
        int opener = -1;
        for (int i = from; i < to; i++) {
            if (!QuoteMarks.mayBeMark(text[i]) || (open >= 0 && i >= open)
                    || insideAny(quotes, lineQuotes, doublesEnd, i) || partOfDoubleApostrophe(text, i)) {
                continue;
            }
            if (opener >= 0 && QuoteMarks.mayCloseSingle(text, i)) {
                quotes.add(new Quote(opener, i + 1, true));
                opener = -1;
            } else if (opener < 0 && QuoteMarks.mayOpenSingle(text, i)) {
                opener = i;
            }
        }
    }

    private static boolean partOfDoubleApostrophe(char[] text, int i) {
        return text[i] == '\'' && (QuoteMarks.pair(text, i, '\'') || (i > 0 && text[i - 1] == '\''));
    }

    private static boolean insideAny(List<Quote> quotes, int from, int to, int i) {
        for (int k = from; k < to; k++) {
            if (quotes.get(k).contains(i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensAt(char[] text, int i) {
        return QuoteMarks.opensDouble(text, i) || QuoteMarks.ambiguousDoubleLength(text, i) > 0;
    }

    private static int lineEnd(char[] text, int from) {
        int i = from;
        while (i < text.length && text[i] != '\n') {
            i++;
        }
        return i;
    }

    private static int nextParagraph(char[] text, int lineEnd) {
        int i = lineEnd;
        while (i < text.length && Character.isWhitespace(text[i])) {
            i++;
        }
        return i;
    }

    private static int skipSpaces(char[] text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text[i])) {
            i++;
        }
        return i;
    }

    private static int trimEnd(char[] text, int from, int to) {
        int i = to;
        while (i > from && Character.isWhitespace(text[i - 1])) {
            i--;
        }
        return i;
    }
}
