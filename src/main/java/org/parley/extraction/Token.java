package org.parley.extraction;

/**
 * One token of an article: a word (with an abbreviation's final period), a number, or one
 * punctuation mark; {@code [start, end)} in UTF-16 indices of the article's text. What the rules
 * ask of every token many times over (is it a word, capitalised, this one mark) is worked out
 * once when it is made.
 *
 * @param start where it starts
 * @param end   where it ends
 * @param text  the characters as written
 * @param lower the characters in lower case, for lexicon lookups
 * @param shape {@link #WORD} and {@link #CAPITALIZED} bits, and in the low 16 bits the mark of a
 *              one-character token (0 for longer ones)
 */
record Token(int start, int end, String text, String lower, int shape) {

    private static final int WORD = 1 << 16;
    private static final int CAPITALIZED = 1 << 17;
    private static final int MARK = 0xFFFF;

    Token(int start, int end, String text, String lower) {
        this(start, end, text, lower, shapeOf(text));
    }

    private static int shapeOf(String text) {
        char first = text.charAt(0);
        int shape = text.length() == 1 ? first : 0;
        shape |= Character.isLetterOrDigit(first) ? WORD : 0;
        return shape | (Character.isUpperCase(first) ? CAPITALIZED : 0);
    }

    /** Whether this token starts with a letter or digit. */
    boolean isWord() {
        return (shape & WORD) != 0;
    }

    /** Whether this token starts with an upper-case letter. */
    boolean isCapitalized() {
        return (shape & CAPITALIZED) != 0;
    }

    /** Whether this token is exactly the punctuation mark {@code c}. */
    boolean is(char c) {
        return (shape & MARK) == c;
    }

    /** Whether this token is one of the marks that can open or close a quotation. */
    boolean isQuoteMark() {
        return QuoteMarks.isMark(text);
    }
}
