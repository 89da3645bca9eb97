package org.parley.extraction;

import java.util.List;

/**
 * An article's text cut up for extraction: its tokens, quotations and sentences, and for each
 * token the quotation it lies in.
 *
 * @param text      the article's text
 * @param tokens    its tokens, in order
 * @param quotes    its quotations, in order of their start
 * @param sentences its sentences, in order
 * @param quoteOf   for each token, the index in {@code quotes} of the quotation around it, or -1
 */
record ArticleText(String text, List<Token> tokens, List<Quote> quotes, List<Sentence> sentences, int[] quoteOf) {

    static ArticleText of(String text, Lexicons lexicons) {
        char[] chars = text.toCharArray();
        List<Token> tokens = new Tokenizer(lexicons.abbreviations()).tokenize(text, chars);
        List<Quote> quotes = new QuoteFinder().find(chars);
        List<Sentence> sentences = new SentenceSplitter().split(chars, tokens, quotes);
        return new ArticleText(text, tokens, quotes, sentences, quoteIndex(tokens, quotes));
    }

    private static int[] quoteIndex(List<Token> tokens, List<Quote> quotes) {
        int[] index = new int[tokens.size()];
        int q = 0;
        for (int i = 0; i < tokens.size(); i++) {
            int at = tokens.get(i).start();
            while (q < quotes.size() && quotes.get(q).end() <= at) {
                q++;
            }
            index[i] = q < quotes.size() && quotes.get(q).contains(at) ? q : -1;
        }
        return index;
    }

    Token token(int i) {
        return tokens.get(i);
    }

    boolean inQuote(int token) {
        return quoteOf[token] >= 0;
    }

    /** The quotation that starts at this token's mark, or null. */
    Quote quoteOpenedBy(int token) {
        int q = quoteOf[token];
        return q >= 0 && quotes.get(q).start() == tokens.get(token).start() ? quotes.get(q) : null;
    }

    /** Whether the token is the closing mark of a quotation. */
    boolean closesQuote(int token) {
        int q = quoteOf[token];
        return q >= 0 && quotes.get(q).closed() && quotes.get(q).end() == tokens.get(token).end();
    }

    /** Character offsets of a token span: from the first token's start to the last one's end. */
    Span span(TokenSpan s) {
        return new Span(tokens.get(s.first()).start(), tokens.get(s.end() - 1).end());
    }
}
