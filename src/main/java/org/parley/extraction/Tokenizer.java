package org.parley.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into {@link Token}s: words keep inner hyphens, periods and apostrophes ("U.S",
 * "don't", "Secretary-General"), a possessive "'s" is its own token, an abbreviation keeps its
 * final period ("Mr.", "U.S."), and every other mark is a token of its own, except {@code ''},
 * {@code ``}, dashes of hyphens ({@code --}) and {@code ...}. A hand-written scanner: this runs on
 * every character of every article, several times faster than the equivalent regular expression.
 */
final class Tokenizer {

    private static final String JOINERS = "-'’.&/";

    private final Set<String> abbreviations;
    /** Longer words are never looked up in the abbreviations, which are short. */
    private static final int LONGEST_ABBREVIATION = 12;

    Tokenizer(Set<String> abbreviations) {
        this.abbreviations = abbreviations;
    }

    List<Token> tokenize(String text) {
        return tokenize(text, text.toCharArray());
    }

    /** The tokens of {@code text}, whose characters are {@code chars}: scanned as an array, the strings cut from the text. */
    List<Token> tokenize(String text, char[] chars) {
        List<Token> tokens = new ArrayList<>(chars.length / 5);
        int n = chars.length;
        int at = 0;
        while (at < n) {
            char c = chars[at];
            if (isSpace(c)) {
                at++;
            } else if (isLetterOrDigit(c)) {
                at = addWord(text, chars, at, wordEnd(chars, at), tokens);
            } else {
                at = add(text, at, markEnd(chars, at), tokens);
            }
        }
        return tokens;
    }

    /** Letters and digits, with the ASCII ones answered without a Unicode table lookup. */
    private static boolean isLetterOrDigit(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }

    private static boolean isSpace(char c) {
        if (c < 128) {
            return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0x0B || c >= 0x1C && c <= 0x1F;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** The end of letters and digits, joined by one hyphen, period, apostrophe, ampersand or slash. */
    private static int wordEnd(char[] text, int from) {
        int n = text.length;
        int i = from;
        while (true) {
            while (i < n && isLetterOrDigit(text[i])) {
                i++;
            }
            if (i + 1 < n && JOINERS.indexOf(text[i]) >= 0 && isLetterOrDigit(text[i + 1])) {
                i++;
            } else {
                return i;
            }
        }
    }

    private static int markEnd(char[] text, int from) {
        if (QuoteMarks.pair(text, from, '\'') || QuoteMarks.pair(text, from, '`')) {
            return from + 2;
        }
        if (QuoteMarks.pair(text, from, '.') && from + 2 < text.length && text[from + 2] == '.') {
            return from + 3;
        }
        if (QuoteMarks.pair(text, from, '-')) {
            int i = from;
            while (i < text.length && text[i] == '-') {
                i++;
            }
            return i;
        }
        return Character.isHighSurrogate(text[from]) && from + 1 < text.length ? from + 2 : from + 1;
    }

    /** Adds a word, splitting off a possessive and keeping an abbreviation's period; returns where it ends. */
    private int addWord(String text, char[] chars, int start, int end, List<Token> tokens) {
        int possessive = possessiveAt(chars, start, end);
        if (possessive > start) {
            add(text, start, possessive, tokens);
            return add(text, possessive, end, tokens);
        }
        if (end < chars.length && chars[end] == '.' && keepsPeriod(chars, start, end)) {
            end++;
        }
        return add(text, start, end, tokens);
    }

    /** Where a trailing "'s" or "’s" starts, or -1. */
    private static int possessiveAt(char[] text, int start, int end) {
        if (end - start > 2 && (text[end - 1] == 's' || text[end - 1] == 'S')) {
            char apostrophe = text[end - 2];
            if (apostrophe == '\'' || apostrophe == '’') {
                return end - 2;
            }
        }
        return -1;
    }

    /** An abbreviation from the list, an initial ("O."), or dotted letters ("U.S"). */
    private boolean keepsPeriod(char[] text, int start, int end) {
        int length = end - start;
        if (length == 1 && Character.isUpperCase(text[start])) {
            return true;
        }
        if (length <= 6 && hasPeriod(text, start + 1, end)) {
            return true;
        }
        return length <= LONGEST_ABBREVIATION
                && abbreviations.contains(new String(text, start, length).toLowerCase(Locale.ROOT).concat("."));
    }

    private static boolean hasPeriod(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text[i] == '.') {
                return true;
            }
        }
        return false;
    }

    private static int add(String text, int start, int end, List<Token> tokens) {
        String s = text.substring(start, end);
        tokens.add(new Token(start, end, s, s.toLowerCase(Locale.ROOT)));
        return end;
    }
}
