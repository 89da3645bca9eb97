package org.parley.extraction;

import java.util.List;

/**
 * Pairs single quotation marks (‘…’, '…') in one paragraph, outside its double quotes, as British
 * copy uses them for quotes: a quote may run over several paragraphs that each open with a mark and
 * close only at the end, or be left open where a caption breaks it. Apostrophes are not marks (don't,
 * Johnson's, '90s, rock 'n' roll), and a plural possessive (the voters' mood) does not close a quote
 * whose closing mark comes later in the paragraph. A mark that opens nothing like a quotation (not at
 * the paragraph's start or after a colon or comma) and is never closed is an apostrophe, so an
 * unbalanced mark never swallows the rest of its paragraph, let alone the article.
 */
final class SingleMarks {

    private final char[] text;
    private final int from;
    private final int to;
    private final List<Quote> quotes;
    private final int doublesFrom;
    private final int doublesTo;
    private final int openDouble;

    /**
     * @param quotes      the quotations found so far; the paragraph's double quotes are those from {@code doublesFrom} on
     * @param openDouble  where a double quote still open at the paragraph's end started, or -1
     */
    SingleMarks(char[] text, int from, int to, List<Quote> quotes, int doublesFrom, int openDouble) {
        this.text = text;
        this.from = from;
        this.to = to;
        this.quotes = quotes;
        this.doublesFrom = doublesFrom;
        this.doublesTo = quotes.size();
        this.openDouble = openDouble;
    }

    /**
     * Adds the paragraph's single-mark quotes to the list.
     *
     * @param running where a single-mark quote running on from an earlier paragraph started, or -1
     * @return where a single-mark quote that runs on into the next paragraph started, or -1
     */
    int scan(int running) {
        int first = QuoteFinder.skipSpaces(text, from, to);
        if (first == to) {
            return running; // a blank line between the paragraphs of a quote
        }
        int opener = running;
        for (int i = from; i < to; i++) {
            if (!isCandidate(i) || running >= 0 && i == first) {
                continue; // the paragraph-initial mark of a quote running on
            }
            if (opener >= 0 && QuoteMarks.mayCloseSingle(text, i) && !possessiveBeforeLaterClose(i)) {
                quotes.add(new Quote(opener, i + 1, true));
                opener = -1;
            } else if (opener < 0 && QuoteMarks.mayOpenSingle(text, i)) {
                opener = i;
            }
        }
        if (opener < 0) {
            return -1;
        }
        if (opener != running && !opensLikeAQuote(opener)) {
            return -1;
        }
        int next = QuoteFinder.nextParagraph(text, to);
        if (next < text.length && QuoteMarks.mayOpenSingle(text, next) && singleMark(next)) {
            return opener;
        }
        quotes.add(new Quote(opener, QuoteFinder.trimEnd(text, from, to), false));
        return -1;
    }

    private boolean isCandidate(int i) {
        return QuoteMarks.mayBeMark(text[i]) && singleMark(i) && !(openDouble >= 0 && i >= openDouble)
                && !insideDoubles(i) && !partOfDoubleApostrophe(i);
    }

    private boolean singleMark(int i) {
        char c = text[i];
        return c == '\'' || c == '‘' || c == '’' || c == '‚' || c == '‹' || c == '›';
    }

    /**
     * A closing mark after an s and before a word in lower case ({@code the protesters' demands}) is
     * a possessive when the next mark of the paragraph can only close: the quote ends there.
     */
    private boolean possessiveBeforeLaterClose(int i) {
        if (i == 0 || text[i - 1] != 's' || i + 2 >= to || text[i + 1] != ' ' || !Character.isLowerCase(text[i + 2])) {
            return false;
        }
        for (int j = i + 1; j < to; j++) {
            if (isCandidate(j)) {
                return QuoteMarks.mayCloseSingle(text, j) && !QuoteMarks.mayOpenSingle(text, j);
            }
        }
        return false;
    }

    /** An opening mark at its paragraph's start, or after a colon or a comma, or a quote mark of its own (‘). */
    private boolean opensLikeAQuote(int opener) {
        if (opener == QuoteFinder.skipSpaces(text, from, to) || text[opener] == '‘') {
            return true;
        }
        int k = opener - 1;
        while (k >= from && Character.isWhitespace(text[k])) {
            k--;
        }
        return k >= from && (text[k] == ':' || text[k] == ',');
    }

    private boolean insideDoubles(int i) {
        for (int k = doublesFrom; k < doublesTo; k++) {
            if (quotes.get(k).contains(i)) {
                return true;
            }
        }
        return false;
    }

    private boolean partOfDoubleApostrophe(int i) {
        return text[i] == '\'' && (QuoteMarks.pair(text, i, '\'') || (i > 0 && text[i - 1] == '\''));
    }
}
