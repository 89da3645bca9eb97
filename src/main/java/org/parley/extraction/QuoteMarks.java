package org.parley.extraction;

/** Which characters and tokens act as quotation marks, and which way each faces. */
final class QuoteMarks {

    private static final String DOUBLE_OPEN = "“„«";
    private static final String DOUBLE_CLOSE = "”»";
    private static final String SINGLE_OPEN = "‘‚‹";
    private static final String SINGLE_CLOSE = "’›";
    private static final String ALL = DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE;

    private QuoteMarks() {
    }

    /** Whether a character can be, or begin, a quotation mark; a cheap test before the exact ones. */
    static boolean mayBeMark(char c) {
        return c == '"' || c == '\'' || c == '`' || c == '«' || c == '»' || (c >= '‘' && c <= '›');
    }

    static boolean isMark(String token) {
        return token.equals("\"") || token.equals("''") || token.equals("``") || token.equals("'")
                || (token.length() == 1 && ALL.indexOf(token.charAt(0)) >= 0);
    }

    /** A double mark that only opens: “ „ « or ``. */
    static boolean opensDouble(char[] text, int i) {
        return DOUBLE_OPEN.indexOf(text[i]) >= 0 || pair(text, i, '`');
    }

    static boolean closesDouble(char[] text, int i) {
        return DOUBLE_CLOSE.indexOf(text[i]) >= 0;
    }

    /**
     * A closing double mark set where an opening one belongs: first on its paragraph and before a
     * letter (”We will win.” ― a reader), as some copy has it.
     */
    static boolean closingUsedToOpen(char[] text, int i, int paragraphStart) {
        return i == paragraphStart && closesDouble(text, i) && i + 1 < text.length
                && Character.isLetterOrDigit(text[i + 1]);
    }

    /** A double mark that opens or closes by position: " or two apostrophes (''). */
    static int ambiguousDoubleLength(char[] text, int i) {
        if (text[i] == '"') {
            return 1;
        }
        return pair(text, i, '\'') ? 2 : 0;
    }

    /** A single mark that may open here: ‘ or ' after a non-letter and before a non-space. */
    static boolean mayOpenSingle(char[] text, int i) {
        char c = text[i];
        if (SINGLE_OPEN.indexOf(c) < 0 && c != '\'') {
            return false;
        }
        boolean afterWord = i > 0 && Character.isLetterOrDigit(text[i - 1]);
        boolean beforeSpace = i + 1 >= text.length || Character.isWhitespace(text[i + 1]);
        boolean elision = i + 1 < text.length && Character.isDigit(text[i + 1]);
        return !afterWord && !beforeSpace && !elision;
    }

    /** A single mark that may close here: ’ or ' after a non-space and before a non-letter. */
    static boolean mayCloseSingle(char[] text, int i) {
        char c = text[i];
        if (SINGLE_CLOSE.indexOf(c) < 0 && c != '\'') {
            return false;
        }
        boolean afterSpace = i == 0 || Character.isWhitespace(text[i - 1]);
        boolean beforeWord = i + 1 < text.length && Character.isLetterOrDigit(text[i + 1]);
        return !afterSpace && !beforeWord;
    }

    /** Whether {@code c} stands at {@code i} and again right after it ({@code ''}, {@code ``}). */
    static boolean pair(char[] text, int i, char c) {
        return i + 1 < text.length && text[i] == c && text[i + 1] == c;
    }
}
