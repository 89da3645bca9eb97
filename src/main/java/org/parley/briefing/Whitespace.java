package org.parley.briefing;

/** Collapsing runs of whitespace to one space, without a regular expression on the hot path. */
final class Whitespace {

    private Whitespace() {
    }

    /** The text with every run of whitespace made one space, and none at either end. */
    static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
