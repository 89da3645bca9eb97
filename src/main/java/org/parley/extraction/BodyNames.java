package org.parley.extraction;

import java.util.Locale;
import java.util.Set;

/**
 * Tells a body from a person by a source mention's head noun ("the health ministry", "Israel's
 * military", "Iranian state media"), and names the body as the article does, without the article
 * word or an appositive.
 */
final class BodyNames {

    private static final java.util.regex.Pattern SEAT = java.util.regex.Pattern.compile("\\s+(?:in|at|near|outside)\\s+.*$");

    private final Set<String> heads;

    BodyNames(Set<String> heads) {
        this.heads = heads;
    }

    /** Whether the mention's head noun, the last word before any comma, names a body. */
    boolean isBody(String mention) {
        String head = head(mention);
        return head != null && heads.contains(head);
    }

    /** The body as named: "the Israeli military, which ..." is "Israeli military". */
    String name(String mention) {
        String s = beforeComma(mention).strip();
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("the ")) {
            s = s.substring(4);
        } else if (lower.startsWith("a ") || lower.startsWith("an ")) {
            s = s.substring(s.indexOf(' ') + 1);
        }
        return s.strip();
    }

    private static String head(String mention) {
        // "Kiev's embassy in Minsk", "a hospital in the nearby city of Khan Younis": embassy, hospital
        String s = SEAT.matcher(beforeComma(mention).strip()).replaceFirst("");
        if (s.isEmpty()) {
            return null;
        }
        String last = s.substring(s.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return last.endsWith("'s") || last.endsWith("’s") ? last.substring(0, last.length() - 2) : last;
    }

    /** The mention up to its first comma or parenthesis: the body itself, without an aside. */
    static String beforeComma(String mention) {
        int comma = mention.indexOf(',');
        int paren = mention.indexOf('(');
        int cut = comma < 0 ? paren : paren < 0 ? comma : Math.min(comma, paren);
        return cut < 0 ? mention : mention.substring(0, cut);
    }
}
