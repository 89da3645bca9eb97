package org.parley.extraction;

import java.util.List;

/**
 * Tells direct, mixed and indirect statements apart by their quotation marks: direct when every
 * letter and digit of the content is quoted, mixed when some are, indirect when none are.
 */
final class KindClassifier {

    private KindClassifier() {
    }

    static Kind of(ArticleText a, Span content) {
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
            } else if (Character.isLetterOrDigit(text.charAt(i))) {
                unquoted = true;
            }
        }
        if (!quoted) {
            return Kind.INDIRECT;
        }
        return unquoted ? Kind.MIXED : Kind.DIRECT;
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
