package org.parley.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into {@link Token}s with a regular expression: words keep inner hyphens, periods
 * and apostrophes ("U.S", "don't", "Secretary-General"), a possessive "'s" is its own token, and an
 * abbreviation keeps its final period ("Mr.", "U.S.").
 */
final class Tokenizer {

    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{L}\\p{N}]+(?:[-'’.&/][\\p{L}\\p{N}]+)*|''|``|--+|\\.\\.\\.|\\S");

    private final Set<String> abbreviations;

    Tokenizer(Set<String> abbreviations) {
        this.abbreviations = abbreviations;
    }

    List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5);
        Matcher m = TOKEN.matcher(text);
        int at = 0;
        while (at < text.length() && m.find(at)) {
            int start = m.start();
            at = Character.isLetterOrDigit(text.charAt(start))
                    ? addWord(text, start, m.end(), tokens)
                    : add(text, start, m.end(), tokens);
        }
        return tokens;
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
