package org.parley.render;

import java.security.SecureRandom;

/**
 * Gives an embedded font subset the same six-letter tag ("KQWZAB+LiberationSans") in every PDF.
 *
 * <p>OpenPDF draws the tag from a {@link SecureRandom}, six {@code nextDouble()} calls per subset;
 * this one answers with the letters of a tag derived from the font's name, so that identical input
 * gives identical files. It is not random and must never be used as a random source.
 */
final class FixedSubsetTag extends SecureRandom {

    private static final long serialVersionUID = 1L;
    private final transient char[] tag;
    /** Position in the tag per thread: PDFs render in parallel and share the font. */
    private final transient ThreadLocal<int[]> position = ThreadLocal.withInitial(() -> new int[1]);

    FixedSubsetTag(String fontName) {
        this.tag = tagOf(fontName);
    }

    @Override
    public double nextDouble() {
        int[] at = position.get();
        char letter = tag[at[0]];
        at[0] = (at[0] + 1) % tag.length;
        return (letter - 'A' + 0.5) / 26;
    }

    static char[] tagOf(String fontName) {
        char[] letters = new char[6];
        long h = 1125899906842597L;
        for (int i = 0; i < fontName.length(); i++) {
            h = 31 * h + fontName.charAt(i);
        }
        for (int i = 0; i < letters.length; i++) {
            letters[i] = (char) ('A' + Math.floorMod(h >> (i * 5), 26));
        }
        return letters;
    }
}
