package org.parley.article;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * The shingles of a text as 64-bit hashes: overlapping runs of {@code k} words, or of {@code k}
 * characters, after the text is normalised (case, accents, punctuation and spacing do not count),
 * so that a reprint with new quotation marks or a changed dateline keeps its shingles.
 */
public final class Shingles {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Shingles() {
    }

    /** The text in lower case, letters and digits only, words separated by one space. */
    public static String normalise(String text) {
        // Most wire copy is ASCII, and decomposing is the slow part of shingling.
        if (ascii(text)) {
            return lettersAndDigits(text); // its capitals are lowered there
        }
        String folded = withoutMarks(Normalizer.normalize(text, Normalizer.Form.NFKD));
        return lettersAndDigits(folded.toLowerCase(Locale.ROOT));
    }

    /**
     * ASCII, or ASCII with only typographic quotes, dashes, ellipses and no-break spaces: what
     * folding leaves as it is or turns into punctuation and spaces, which are gaps either way.
     */
    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 128 && TYPOGRAPHIC.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static final String TYPOGRAPHIC = "\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00a0";

    /** What {@code replaceAll("\\p{M}+", "")} gives, without a regex. */
    private static String withoutMarks(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
                    && type != Character.COMBINING_SPACING_MARK) {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /**
     * What {@code replaceAll("[^\\p{L}\\p{N}]+", " ").strip()} gives, without a regex: shingling a run
     * reads every text. ASCII capitals are lowered on the way; other letters must come lower-cased.
     */
    static String lettersAndDigits(String lower) {
        StringBuilder out = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            boolean kept;
            if (cp < 128) { // most wire copy: no Unicode tables
                cp = cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp;
                kept = (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9');
            } else {
                kept = Character.isLetter(cp) || isNumber(cp);
            }
            if (kept) {
                if (gap && !out.isEmpty()) {
                    out.append(' ');
                }
                out.appendCodePoint(cp);
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    private static boolean isNumber(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** Distinct hashes of the runs of {@code k} words, sorted; one shingle for a shorter text. */
    public static long[] words(String text, int k) {
        return wordsOfNormalised(normalise(text), k);
    }

    /** {@link #words(String, int)} of a text already {@link #normalise normalised}. */
    static long[] wordsOfNormalised(String norm, int k) {
        if (norm.isEmpty()) {
            return new long[0];
        }
        // the words' bounds in the text (one space between words), hashed in place: no string per word
        int words = 1;
        for (int i = 0; i < norm.length(); i++) {
            words += norm.charAt(i) == ' ' ? 1 : 0;
        }
        int[] starts = new int[words + 1];
        for (int i = 0, w = 1; i < norm.length(); i++) {
            if (norm.charAt(i) == ' ') {
                starts[w++] = i + 1;
            }
        }
        starts[words] = norm.length() + 1; // as if the text ended with a space
        int n = Math.max(1, words - k + 1);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long h = FNV_OFFSET;
            for (int j = i; j < Math.min(words, i + k); j++) {
                for (int c = starts[j]; c < starts[j + 1] - 1; c++) {
                    h = (h ^ norm.charAt(c)) * FNV_PRIME;
                }
                h = (h ^ ' ') * FNV_PRIME;
            }
            out[i] = h;
        }
        return distinctSorted(out);
    }

    /** Distinct hashes of the runs of {@code k} characters of the normalised text, sorted. */
    public static long[] chars(String text, int k) {
        String norm = normalise(text);
        if (norm.isEmpty()) {
            return new long[0];
        }
        int n = Math.max(1, norm.length() - k + 1);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = fnv(FNV_OFFSET, norm.substring(i, Math.min(norm.length(), i + k)));
        }
        return distinctSorted(out);
    }

    private static long fnv(long h, String s) {
        long x = h;
        for (int i = 0; i < s.length(); i++) {
            x = (x ^ s.charAt(i)) * FNV_PRIME;
        }
        return x;
    }

    /** The distinct values of {@code hashes}, sorted; sorts {@code hashes} in place. */
    static long[] distinctSorted(long[] hashes) {
        Arrays.sort(hashes);
        int n = 0;
        for (int i = 0; i < hashes.length; i++) {
            if (n == 0 || hashes[i] != hashes[n - 1]) {
                hashes[n++] = hashes[i];
            }
        }
        return n == hashes.length ? hashes : Arrays.copyOf(hashes, n);
    }
}
