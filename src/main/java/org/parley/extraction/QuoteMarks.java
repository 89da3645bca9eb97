package org.parley.extraction;

/** Which characters and tokens act as quotation marks, and which way each faces. */
final class QuoteMarks {

    private static final String DOUBLE_OPEN = "“„«";
    private static final String DOUBLE_CLOSE = "”»";
    private static final String SINGLE_OPEN = "‘‚‹";
    private static final String SINGLE_CLOSE = "’›";

    private QuoteMarks() {
    }

    /** Whether a character can be, or begin, a quotation mark; a cheap test before the exact ones. */
    static boolean mayBeMark(char c) {
        return c == '"' || c == '\'' || c == '`' || c == '«' || c == '»' || (c >= '‘' && c <= '›');
    }

    static boolean isMark(String token) {
        return token.equals("\"") || token.equals("''") || token.equals("``") || token.equals("'")
                || (token.length() == 1 && (DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE)
                        .indexOf(token.charAt(0)) >= 0);
    }

    /** A double mark that only opens: “ „ « or ``. */
    static boolean opensDouble(String text, int i) {
        return DOUBLE_OPEN.indexOf(text.charAt(i)) >= 0 || text.startsWith("``", i);
    }

    static boolean closesDouble(String text, int i) {
        return DOUBLE_CLOSE.indexOf(text.charAt(i)) >= 0;
    }

    /**
     * A closing double mark set where an opening one belongs: first on its paragraph and before a
     * letter (”We will win.” ― a reader), as some copy has it.
     */
    static boolean closingUsedToOpen(String text, int i, int paragraphStart) {
        return i == paragraphStart && closesDouble(text, i) && i + 1 < text.length()
                && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    /** A double mark that opens or closes by position: " or two apostrophes (''). */
    static int ambiguousDoubleLength(String text, int i) {
        if (text.charAt(i) == '"') {
            return 1;
        }
        return text.startsWith("''", i) ? 2 : 0;
    }

    /** A single mark that may open here: ‘ or ' after a non-letter and before a non-space. */
    static boolean mayOpenSingle(String text, int i) {
        char c = text.charAt(i);
        if (SINGLE_OPEN.indexOf(c) < 0 && c != '\'') {
            return false;
        }
        boolean afterWord = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
        boolean beforeSpace = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
        boolean elision = i + 1 < text.length() && Character.isDigit(text.charAt(i + 1));
        return !afterWord && !beforeSpace && !elision;
    }

    /** A single mark that may close here: ’ or ' after a non-space and before a non-letter. */
    static boolean mayCloseSingle(String text, int i) {
        char c = text.charAt(i);
        if (SINGLE_CLOSE.indexOf(c) < 0 && c != '\'') {
            return false;
        }
        boolean afterSpace = i == 0 || Character.isWhitespace(text.charAt(i - 1));
        boolean beforeWord = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
        return !afterSpace && !beforeWord;
    }
}
