package org.parley.article;

import java.util.Locale;

/**
 * The words of one paragraph: the stretches between spaces, no-break spaces and tabs that hold a
 * letter or a digit, without the marks around them ("(AFP" is "AFP", "@bbc," is "@bbc").
 *
 * @param raw    each word as written
 * @param lower  each word in lower case
 * @param clause for each word, whether a comma or a semicolon follows it
 */
record Words(String[] raw, String[] lower, boolean[] clause) {

    /** How many words {@code text} holds; spaces are found by {@code indexOf}, which the JVM makes fast. */
    static int count(String text) {
        String spaced = spaced(text);
        int n = 0;
        for (int from = 0; from < spaced.length(); ) {
            int to = tokenEnd(spaced, from);
            for (int i = from; i < to; i++) {
                if (isLetterOrDigit(spaced.charAt(i))) {
                    n++;
                    break;
                }
            }
            from = to + 1;
        }
        return n;
    }

    /** The {@code size} words of {@code text}, as {@link #count} counted them. */
    static Words of(String text, int size) {
        String[] raw = new String[size];
        String[] lower = new String[size];
        boolean[] clause = new boolean[size];
        String spaced = spaced(text);
        int k = 0;
        for (int from = 0; from < spaced.length(); ) {
            int to = tokenEnd(spaced, from);
            String word = trim(text, from, to);
            if (!word.isEmpty()) {
                raw[k] = word;
                lower[k] = word.toLowerCase(Locale.ROOT);
                clause[k] = text.charAt(to - 1) == ',' || text.charAt(to - 1) == ';';
                k++;
            }
            from = to + 1;
        }
        return new Words(raw, lower, clause);
    }

    private static int tokenEnd(String spaced, int from) {
        int space = spaced.indexOf(' ', from);
        return space < 0 ? spaced.length() : space;
    }

    /** The text with its no-break spaces and tabs made plain spaces, each where it stood. */
    private static String spaced(String s) {
        String t = s.indexOf('\u00A0') >= 0 ? s.replace('\u00A0', ' ') : s;
        return t.indexOf('\t') >= 0 ? t.replace('\t', ' ') : t;
    }

    /** A stretch without the marks around it; an "@" may start it. Empty when it holds no letter or digit. */
    private static String trim(String s, int from, int to) {
        int a = from;
        int b = to;
        while (b > a && !Character.isLetterOrDigit(s.charAt(b - 1))) {
            b--;
        }
        while (a < b && !Character.isLetterOrDigit(s.charAt(a)) && s.charAt(a) != '@') {
            a++;
        }
        return s.substring(a, b);
    }

    private static boolean isLetterOrDigit(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }
}
