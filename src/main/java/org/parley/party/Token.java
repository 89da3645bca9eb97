package org.parley.party;

/**
 * One word of a phrase or an article as the registry compares them.
 *
 * @param text         the word with curly apostrophes made straight; a possessive is its own token {@code 's}
 * @param start        where it starts in the text it came from
 * @param end          where it ends
 * @param hyphenBefore joined to the previous word by a hyphen ("pro-Russian")
 * @param hyphenAfter  joined to the next word by a hyphen ("Ukrainian-born")
 * @param spaceBefore  follows the previous word with nothing but spaces between: "Pro-Choice America",
 *                     not "Stoltenberg, NATO's"
 */
record Token(String text, int start, int end, boolean hyphenBefore, boolean hyphenAfter, boolean spaceBefore) {

    static final String POSSESSIVE = "'s";

    boolean isPossessive() {
        return text.equals(POSSESSIVE);
    }

    boolean startsUpper() {
        return Character.isUpperCase(text.codePointAt(0));
    }
}
