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

    Tokenizer(Set<String> abbreviations) {
        this.abbreviations = abbreviations;
    }

    List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5);
        int n = text.length();
        int at = 0;
        while (at < n) {
            char c = text.charAt(at);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                at++;
            } else if (Character.isLetterOrDigit(c)) {
                at = addWord(text, at, wordEnd(text, at), tokens);
            } else {
                at = add(text, at, markEnd(text, at), tokens);
            }
        }
        return tokens;
    }

    /** The end of letters and digits, joined by one hyphen, period, apostrophe, ampersand or slash. */
    private static int wordEnd(String text, int from) {
        int n = text.length();
        int i = from;
        while (true) {
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i + 1 < n && JOINERS.indexOf(text.charAt(i)) >= 0 && Character.isLetterOrDigit(text.charAt(i + 1))) {
                i++;
            } else {
                return i;
            }
        }
    }

    private static int markEnd(String text, int from) {
        if (text.startsWith("''", from) || text.startsWith("``", from)) {
            return from + 2;
        }
        if (text.startsWith("...", from)) {
            return from + 3;
        }
        if (text.startsWith("--", from)) {
            int i = from;
            while (i < text.length() && text.charAt(i) == '-') {
                i++;
            }
            return i;
        }
        return Character.isHighSurrogate(text.charAt(from)) && from + 1 < text.length() ? from + 2 : from + 1;
    }

    /** Adds a word, splitting off a possessive and keeping an abbreviation's period; returns where it ends. */
    private int addWord(String text, int start, int end, List<Token> tokens) {
        int possessive = possessiveAt(text, start, end);
        if (possessive > start) {
            add(text, start, possessive, tokens);
            return add(text, possessive, end, tokens);
        }
        if (end < text.length() && text.charAt(end) == '.' && keepsPeriod(text.substring(start, end))) {
            end++;
        }
        return add(text, start, end, tokens);
    }

    /** Where a trailing "'s" or "’s" starts, or -1. */
    private static int possessiveAt(String text, int start, int end) {
        if (end - start > 2 && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')) {
            char apostrophe = text.charAt(end - 2);
            if (apostrophe == '\'' || apostrophe == '’') {
                return end - 2;
            }
        }
        return -1;
    }

    /** An abbreviation from the list, an initial ("O."), or dotted letters ("U.S"). */
    private boolean keepsPeriod(String word) {
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        if (word.indexOf('.') > 0 && word.length() <= 6) {
            return true;
        }
        return abbreviations.contains(word.toLowerCase(Locale.ROOT) + ".");
    }

    private static int add(String text, int start, int end, List<Token> tokens) {
        String s = text.substring(start, end);
        tokens.add(new Token(start, end, s, s.toLowerCase(Locale.ROOT)));
        return end;
    }
}
