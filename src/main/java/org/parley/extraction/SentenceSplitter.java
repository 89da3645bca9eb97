package org.parley.extraction;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Splits tokens into {@link Sentence}s: after a final stop before a capital, a digit or a mark,
 * and at every paragraph end, but never inside a quotation, so that a quote of several sentences
 * stays in one piece with the words that attribute it. A stretch of {@value #LONGEST} tokens with no
 * break (a list run together, text with no stops, or hostile input) is cut there, so that no
 * sentence costs the work of a whole article: news sentences, quotes of several included, are far
 * shorter.
 */
final class SentenceSplitter {

    /** The most tokens in one sentence. */
    static final int LONGEST = 1000;

    List<Sentence> split(char[] text, List<Token> tokens, List<Quote> quotes) {
        List<Sentence> sentences = new ArrayList<>();
        QuoteIndex inQuote = new QuoteIndex(quotes);
        BitSet opens = new BitSet(text.length);
        BitSet closes = new BitSet(text.length + 1);
        for (Quote q : quotes) {
            opens.set(q.start());
            closes.set(q.end());
        }
        int first = 0;
        int paragraph = 0;
        int firstParagraph = 0;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token here = tokens.get(i);
            Token next = tokens.get(i + 1);
            boolean newParagraph = hasNewline(text, here.end(), next.start());
            boolean stop = newParagraph || endsSentence(tokens, i, opens, closes);
            boolean breakHere = stop && !inQuote.strictlyInside(here.end(), next.start()) || i + 1 - first >= LONGEST;
            if (newParagraph) {
                paragraph++;
            }
            if (breakHere) {
                sentences.add(new Sentence(first, i + 1, firstParagraph));
                first = i + 1;
                firstParagraph = paragraph;
            }
        }
        if (first < tokens.size()) {
            sentences.add(new Sentence(first, tokens.size(), firstParagraph));
        }
        return sentences;
    }

    private static boolean hasNewline(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text[i] == '\n') {
                return true;
            }
        }
        return false;
    }

    /** A stop, possibly followed by a closing mark, before a word or an opening mark that can start a sentence. */
    private static boolean endsSentence(List<Token> tokens, int i, BitSet opens, BitSet closes) {
        Token here = tokens.get(i);
        Token next = tokens.get(i + 1);
        boolean stop = isStop(here) || (i > 0 && isStop(tokens.get(i - 1))
                && (closes.get(here.end()) || here.is(')')));
        if (!stop) {
            return false;
        }
        return next.isQuoteMark() ? opens.get(next.start()) : startsSentence(next);
    }

    private static boolean isStop(Token t) {
        return t.is('.') || t.is('!') || t.is('?') || t.text().equals("...");
    }

    private static boolean startsSentence(Token t) {
        char c = t.text().charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '(' || c == '<';
    }

    /** Answers whether a stretch between two tokens lies inside one quotation. */
    private static final class QuoteIndex {
        private final List<Quote> quotes;
        private int cursor;

        QuoteIndex(List<Quote> quotes) {
            this.quotes = quotes;
        }

        /** Whether some quote starts before {@code from} and ends after {@code to}; calls must ascend. */
        boolean strictlyInside(int from, int to) {
            while (cursor < quotes.size() && quotes.get(cursor).end() <= from) {
                cursor++;
            }
            for (int k = cursor; k < quotes.size() && quotes.get(k).start() < from; k++) {
                if (quotes.get(k).end() > to) {
                    return true;
                }
            }
            return false;
        }
    }
}
