package org.parley.extraction;

/**
 * One token of an article: a word (with an abbreviation's final period), a number, or one
 * punctuation mark; {@code [start, end)} in UTF-16 indices of the article's text.
 *
 * @param start where it starts
 * @param end   where it ends
 * @param text  the characters as written
 * @param lower the characters in lower case, for lexicon lookups
 */
record Token(int start, int end, String text, String lower) {

    /** Whether this token starts with a letter or digit. */
    boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0));
    }

    /** Whether this token starts with an upper-case letter. */
    boolean isCapitalized() {
        return Character.isUpperCase(text.charAt(0));
    }

    /** Whether this token is exactly the punctuation mark {@code c}. */
    boolean is(char c) {
        return text.length() == 1 && text.charAt(0) == c;
    }

    /** Whether this token is one of the marks that can open or close a quotation. */
    boolean isQuoteMark() {
        return QuoteMarks.isMark(text);
    }
}
