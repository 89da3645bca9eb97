package org.parley.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One line of an article's body as the furniture rules see it: a paragraph ends at every newline,
 * as it does for extraction. Its words and lower-case forms are made only when a rule asks, since
 * most paragraphs are prose that the first question about their length settles.
 */
final class Paragraph {

    /** Verbs of saying: a paragraph that reports speech is the story, whatever else it looks like. */
    private static final Set<String> CUES = Set.of("said", "says", "told", "tells", "added", "adds", "according",
            "wrote", "writes", "tweeted", "warned", "warns", "insisted", "insists", "stated", "argued", "argues",
            "explained", "announced", "asked", "urged", "urges", "noted", "declared", "stressed", "vowed", "denied",
            "admitted", "claimed", "suggested");

    private final int start;
    private final int end;
    private final String text;
    private final int size;
    private final int lead;
    private String lower;
    private String bare;
    private Words words;

    private Paragraph(int start, int end, String text) {
        this.start = start;
        this.end = end;
        this.text = text;
        this.size = Words.count(text);
        int a = 0;
        while (a < text.length() && !Character.isLetterOrDigit(text.charAt(a)) && text.charAt(a) != '@') {
            a++;
        }
        this.lead = a;
    }

    /** The non-blank lines of {@code text} from {@code from} on, in order. */
    static List<Paragraph> split(String text, int from) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int at = from;
        while (at < text.length()) {
            int nl = text.indexOf('\n', at);
            int lineEnd = nl < 0 ? text.length() : nl;
            int start = at;
            int end = lineEnd;
            while (start < end && isBlank(text.charAt(start))) {
                start++;
            }
            while (end > start && isBlank(text.charAt(end - 1))) {
                end--;
            }
            if (start < end) {
                paragraphs.add(new Paragraph(start, end, text.substring(start, end)));
            }
            at = lineEnd + 1;
        }
        return paragraphs;
    }

    /** Where its first non-blank character is in the article's text. */
    int start() {
        return start;
    }

    /** Just after its last non-blank character. */
    int end() {
        return end;
    }

    String text() {
        return text;
    }

    /** How many words: stretches between white space that hold a letter or a digit. */
    int size() {
        return size;
    }

    String lower() {
        if (lower == null) {
            lower = text.toLowerCase(Locale.ROOT);
        }
        return lower;
    }

    /** The lower-case text without the marks before its first and after its last word. */
    String bare() {
        if (bare == null) {
            String l = lower();
            int b = l.length();
            while (b > 0 && !Character.isLetterOrDigit(l.charAt(b - 1))) {
                b--;
            }
            int a = 0;
            while (a < b && !Character.isLetterOrDigit(l.charAt(a)) && l.charAt(a) != '@') {
                a++;
            }
            bare = l.substring(a, b);
            if (bare.contains("  ")) {
                bare = bare.replaceAll("\\s+", " ");
            }
        }
        return bare;
    }

    /** Word {@code i} in lower case, without the marks around it ("(afp" is "afp"); "" past the last. */
    String word(int i) {
        return i < size ? words().lower()[i] : "";
    }

    /** Whether word {@code i} starts with a capital or a digit. */
    boolean capitalized(int i) {
        String w = i < size ? words().raw()[i] : "";
        return !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)));
    }

    /** Word {@code i} as written, without the marks around it. */
    String raw(int i) {
        return words().raw()[i];
    }

    /** Whether a comma or a semicolon follows word {@code i}. */
    boolean endsClause(int i) {
        return words().clause()[i];
    }

    /**
     * Whether the paragraph starts with these lower-case words, as whole words, after any marks
     * before its first word. Read in the text as written, in any case: most paragraphs differ at
     * the first letter, and no lower-case copy is made.
     */
    boolean startsWith(String prefix) {
        int after = lead + prefix.length();
        return text.regionMatches(true, lead, prefix, 0, prefix.length())
                && (after == text.length() || !Character.isLetterOrDigit(text.charAt(after)));
    }

    /** The letters of the first word in lower case; "" when the paragraph starts with a digit or a handle. */
    String first() {
        int b = lead;
        while (b < text.length() && Character.isLetter(text.charAt(b))) {
            b++;
        }
        return text.substring(lead, b).toLowerCase(Locale.ROOT);
    }

    boolean has(String word) {
        for (String w : words().lower()) {
            if (w.equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the words is one of {@code words}. */
    boolean hasAny(String[] candidates) {
        for (String w : candidates) {
            if (has(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the lower-case text contains one of the phrases. */
    boolean containsAny(String[] phrases) {
        for (String phrase : phrases) {
            if (lower().contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text as written contains one of the strings: a first test that needs no
     * lower-case copy, with stems that leave out a word's first letter ("ookie" for "Cookie").
     */
    boolean textContainsAny(String[] stems) {
        for (String stem : stems) {
            if (text.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    boolean startsWithDigit() {
        return lead < text.length() && Character.isDigit(text.charAt(lead));
    }

    /** Whether the text after any marks before its first word starts with one of the prefixes, in any case. */
    boolean startsWithAny(String[] prefixes) {
        for (String prefix : prefixes) {
            if (text.regionMatches(true, lead, prefix, 0, prefix.length())) {
                return true;
            }
        }
        return false;
    }

    static boolean in(String word, String[] words) {
        for (String w : words) {
            if (w.equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a verb of saying is one of its words. */
    boolean reportsSpeech() {
        for (String w : words().lower()) {
            if (CUES.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether it ends like a sentence: a stop, perhaps followed by closing quotes or brackets. */
    boolean endsWithStop() {
        int b = text.length();
        while (b > 0 && "'\"’”»)]".indexOf(text.charAt(b - 1)) >= 0) {
            b--;
        }
        return b > 0 && ".!?…".indexOf(text.charAt(b - 1)) >= 0;
    }

    /** Whether it starts with a quotation mark: a quote is the story, never the page around it. */
    boolean opensWithQuote() {
        return "'\"‘“«„‚".indexOf(text.charAt(0)) >= 0;
    }

    char last() {
        return text.charAt(text.length() - 1);
    }

    private Words words() {
        if (words == null) {
            words = Words.of(text, size);
        }
        return words;
    }

    private static boolean isBlank(char c) {
        if (c < 128) {
            return c == ' ' || c >= '\t' && c <= '\r';
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}
