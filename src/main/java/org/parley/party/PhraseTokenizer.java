package org.parley.party;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into the words that registry forms and role phrases are compared by. Hand-written
 * rather than a regular expression because it runs over every article of a run.
 */
final class PhraseTokenizer {

    private PhraseTokenizer() {
    }

    /** The words of {@code text}, keeping abbreviations ("U.S."), elisions ("d'Ivoire") and "OPEC+" whole. */
    static List<Token> tokenize(CharSequence text) {
        return new Scan(text).run();
    }

    /** One pass over a text; remembers what stood between the last word and the next. */
    private static final class Scan {

        private final CharSequence text;
        private final List<Token> tokens = new ArrayList<>();
        private boolean hyphenPending;
        private boolean punctuation;

        Scan(CharSequence text) {
            this.text = text;
        }

        List<Token> run() {
            int i = 0;
            while (i < text.length()) {
                i = Character.isLetterOrDigit(text.charAt(i)) ? word(i) : between(i);
            }
            return tokens;
        }

        private int word(int start) {
            int end = wordEnd(text, start);
            tokens.add(new Token(normalise(text, start, end), start, end, hyphenPending, false,
                    !tokens.isEmpty() && !punctuation));
            hyphenPending = false;
            punctuation = false;
            return end;
        }

        private int between(int i) {
            char c = text.charAt(i);
            punctuation |= !Character.isWhitespace(c);
            if (isHyphen(c) && !tokens.isEmpty() && tokens.get(tokens.size() - 1).end() == i
                    && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1))) {
                markHyphenAfter(tokens);
                hyphenPending = true;
            } else if (isApostrophe(c) && isPossessiveAt(text, i)) {
                tokens.add(new Token(Token.POSSESSIVE, i, i + 2, false, false, false));
                return i + 2;
            }
            return i + 1;
        }
    }

    /** The key the registry indexes a token sequence by: its words joined by single spaces. */
    static String key(List<Token> tokens, int from, int to) {
        if (to - from == 1) {
            return tokens.get(from).text();
        }
        StringBuilder key = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                key.append(' ');
            }
            key.append(tokens.get(k).text());
        }
        return key.toString();
    }

    private static int wordEnd(CharSequence text, int start) {
        int n = text.length();
        int i = start;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
            } else if ((c == '.' || isApostrophe(c)) && i + 1 < n && Character.isLetter(text.charAt(i + 1))
                    && !(isApostrophe(c) && isPossessiveAt(text, i))) {
                i++;
            } else if (c == '.' && isInitialism(text, start, i)) {
                return i + 1;
            } else if (c == '+' && i > start) {
                return i + 1;
            } else {
                break;
            }
        }
        return i;
    }

    // "U.S" followed by "." is the abbreviation U.S., not a word ending a sentence.
    private static boolean isInitialism(CharSequence text, int start, int dot) {
        boolean sawDot = false;
        for (int k = start; k < dot; k++) {
            boolean letterSlot = (k - start) % 2 == 0;
            char c = text.charAt(k);
            if (letterSlot ? !Character.isLetter(c) : c != '.') {
                return false;
            }
            sawDot |= c == '.';
        }
        return sawDot;
    }

    private static boolean isPossessiveAt(CharSequence text, int i) {
        int n = text.length();
        return i + 1 < n && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                && (i + 2 == n || !Character.isLetterOrDigit(text.charAt(i + 2)))
                && i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
    }

    private static String normalise(CharSequence text, int start, int end) {
        String word = text.subSequence(start, end).toString();
        return word.indexOf('\u2019') < 0 ? word : word.replace('\u2019', '\'');
    }

    private static void markHyphenAfter(List<Token> tokens) {
        Token last = tokens.remove(tokens.size() - 1);
        tokens.add(new Token(last.text(), last.start(), last.end(), last.hyphenBefore(), true, last.spaceBefore()));
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }
}
