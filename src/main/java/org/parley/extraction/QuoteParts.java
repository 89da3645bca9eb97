package org.parley.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * The quotations of one article, as the extractor finds them (British single marks, quotes running
 * over several paragraphs, apostrophes told apart), for splitting a statement into the quoted words
 * it holds: a quotation broken by its own attribution ({@code "X," he said. "Y."}) is two quotes,
 * and the quoted words of a reported statement are partial quotes of their own.
 */
public final class QuoteParts {

    private final List<Quote> quotes;

    private QuoteParts(List<Quote> quotes) {
        this.quotes = quotes;
    }

    /** The quotations of an article's text. */
    public static QuoteParts of(String text) {
        return new QuoteParts(new QuoteFinder().find(text));
    }

    /** The quotations lying wholly inside {@code content}, in text order. */
    public List<Span> within(Span content) {
        List<Span> inside = new ArrayList<>();
        int i = firstEndingAfter(content.start());
        for (; i < quotes.size() && quotes.get(i).start() < content.end(); i++) {
            Quote q = quotes.get(i);
            if (q.start() >= content.start() && q.end() <= content.end()) {
                inside.add(new Span(q.start(), q.end()));
            }
        }
        return inside;
    }

    private int firstEndingAfter(int at) {
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
