package org.parley.round;

import java.util.regex.Pattern;

/**
 * The clause a position stands in, read back to the last punctuation mark: where "After ...",
 * "..., which" and "the next" are looked for. Scanning back once is linear, so every place named in
 * every sentence can be checked.
 */
final class Clauses {

    private static final String BREAKS = ",;:.!?";

    private Clauses() {
    }

    /** True when one of {@code markers} stands in the clause of {@code [from, at)} that ends at {@code at}. */
    static boolean marked(Pattern markers, String text, int from, int at) {
        int b = lastBreak(text, from, at);
        return markers.matcher(text).region(b < 0 ? from : b + 1, at).find();
    }

    /** True when the clause ending at {@code at} follows a comma and opens with one of {@code markers}. */
    static boolean opens(Pattern markers, String text, int from, int at) {
        int b = lastBreak(text, from, at);
        return b >= 0 && text.charAt(b) == ',' && markers.matcher(text).region(b + 1, at).lookingAt();
    }

    private static int lastBreak(String text, int from, int at) {
        for (int i = at - 1; i >= from; i--) {
            if (BREAKS.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
