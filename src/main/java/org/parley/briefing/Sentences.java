package org.parley.briefing;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the sentence around a stretch of an article's text, so that summaries quote the sources
 * word for word and never write a sentence of their own.
 */
final class Sentences {

    private static final int MAX = 600;
    /**
     * A wire dateline opening the first paragraph: "JAKARTA - ", "MOSCOW, Jan 12 (Reuters) — ", or a
     * place in title case only with its agency, "Brussels (AP) - ". It is no part of the sentence.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "(?:\\p{Lu}[\\p{Lu} .'-]+\\p{Lu}(?:,\\s*[\\p{L}.]+\\s+\\d{1,2})?(?:\\s*\\([^)\\n]{1,30}\\))?"
                    + "|\\p{Lu}[\\p{L} .'-]{1,30}(?:,\\s*[\\p{L}.]+\\s+\\d{1,2})?\\s*\\([^)\\n]{1,30}\\))"
                    + "\\s*[-–—]{1,2}\\s+");
    private static final Set<String> ABBREVIATIONS = Set.of("Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Sen", "Rep",
            "Gov", "Prof", "St", "Jr", "Sr", "No", "Jan", "Feb", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec");

    private Sentences() {
    }

    /**
     * The sentence holding {@code [start, end)}, whitespace collapsed, without a dateline before it;
     * never longer than the paragraph.
     */
    static String around(String text, int start, int end) {
        int from = pastDateline(text, Math.max(sentenceStart(text, start), Math.min(start, frontMatterEnd(text))), start);
        int to = sentenceEnd(text, Math.max(end, start + 1));
        if (to - from > MAX) {
            to = Math.min(to, Math.max(end, from + MAX));
        }
        return Whitespace.collapse(text.substring(from, to));
    }

    /** Front matter opening the file ("---\ndate: ...\n---\n"): a feed's fields, no sentence's words. */
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A\\uFEFF?---[ \\t]*\\r?\\n(?:.*\\r?\\n)*?---[ \\t]*\\r?\\n");

    /** Where the text after a front matter block starts, or 0 when there is none. */
    static int frontMatterEnd(String text) {
        Matcher m = FRONT_MATTER.matcher(text);
        return m.lookingAt() ? m.end() : 0;
    }

    /** Past the dateline when {@code from} opens the first paragraph after the title line. */
    private static int pastDateline(String text, int from, int start) {
        int body = text.indexOf("\n\n");
        while (body >= 0 && body < text.length() && text.charAt(body) == '\n') {
            body++;
        }
        if (from != 0 && from != body) {
            return from;
        }
        Matcher m = DATELINE.matcher(text).region(from, Math.min(text.length(), from + 80));
        return m.lookingAt() && m.end() <= start ? m.end() : from;
    }

    private static int sentenceStart(String text, int at) {
        for (int i = at - 1; i > 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' && text.charAt(i - 1) == '\n') {
                return i + 1;
            }
            if (Character.isWhitespace(c) && endsSentence(text, i - 1)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int sentenceEnd(String text, int at) {
        for (int i = Math.max(at - 1, 0); i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                return i;
            }
            if (endsSentence(text, i) && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                return i + 1;
            }
        }
        return text.length();
    }

    /** A full stop, question or exclamation mark, maybe followed by closing quotes, that ends a sentence. */
    private static boolean endsSentence(String text, int i) {
        int j = i;
        while (j >= 0 && "\"”’'»".indexOf(text.charAt(j)) >= 0) {
            j--;
        }
        if (j < 0 || ".!?".indexOf(text.charAt(j)) < 0) {
            return false;
        }
        return !(text.charAt(j) == '.' && isAbbreviation(text, j));
    }

    private static boolean isAbbreviation(String text, int dot) {
        int k = dot - 1;
        while (k >= 0 && Character.isLetter(text.charAt(k))) {
            k--;
        }
        String word = text.substring(k + 1, dot);
        return word.length() == 1 && Character.isUpperCase(word.charAt(0)) || ABBREVIATIONS.contains(word);
    }
}
