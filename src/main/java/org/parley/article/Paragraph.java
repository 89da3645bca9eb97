package org.parley.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One line of an article's body as the furniture rules see it: a paragraph ends at every newline,
 * as it does for extraction.
 *
 * @param start where its first non-blank character is in the article's text
 * @param end   just after its last non-blank character
 * @param text  the characters in between
 * @param lower the same in lower case
 * @param bare  the lower-case text without the marks before its first and after its last word
 * @param clause for each word, whether a comma or semicolon follows it
 * @param raw   its words split at white space, without the punctuation around them, as written
 * @param words the same words in lower case
 */
record Paragraph(int start, int end, String text, String lower, String bare, boolean[] clause, String[] raw,
                 String[] words) {

    /** Verbs of saying: a paragraph that reports speech is the story, whatever else it looks like. */
    private static final Set<String> CUES = Set.of("said", "says", "told", "tells", "added", "adds", "according",
            "wrote", "writes", "tweeted", "warned", "warns", "insisted", "insists", "stated", "argued", "argues",
            "explained", "announced", "asked", "urged", "urges", "noted", "declared", "stressed", "vowed", "denied",
            "admitted", "claimed", "suggested");

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
                String line = text.substring(start, end);
                paragraphs.add(of(start, end, line));
            }
            at = lineEnd + 1;
        }
        return paragraphs;
    }

    private static Paragraph of(int start, int end, String line) {
        List<String> tokens = tokens(line);
        String[] raw = new String[tokens.size()];
        String[] words = new String[raw.length];
        boolean[] clause = new boolean[raw.length];
        for (int i = 0; i < raw.length; i++) {
            String token = tokens.get(i);
            raw[i] = trim(token);
            words[i] = raw[i].toLowerCase(Locale.ROOT);
            char last = token.charAt(token.length() - 1);
            clause[i] = last == ',' || last == ';';
        }
        String lower = line.toLowerCase(Locale.ROOT);
        return new Paragraph(start, end, line, lower, bare(lower), clause, raw, words);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    /** The stretches between white space that hold a letter or a digit. */
    private static List<String> tokens(String line) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            while (i < line.length() && isBlank(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < line.length() && !isBlank(line.charAt(i))) {
                i++;
            }
            String token = line.substring(start, i);
            if (!trim(token).isEmpty()) {
                words.add(token);
            }
        }
        return words;
    }

    /** A word without the marks around it ("(afp" is "afp", "@bbc," is "@bbc"). */
    private static String trim(String word) {
        int a = 0;
        int b = word.length();
        while (a < b && !Character.isLetterOrDigit(word.charAt(a)) && word.charAt(a) != '@') {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(word.charAt(b - 1))) {
            b--;
        }
        return word.substring(a, b);
    }

    int size() {
        return words.length;
    }

    String word(int i) {
        return i < words.length ? words[i] : "";
    }

    private static String bare(String lower) {
        int b = lower.length();
        while (b > 0 && !Character.isLetterOrDigit(lower.charAt(b - 1))) {
            b--;
        }
        int a = 0;
        while (a < b && !Character.isLetterOrDigit(lower.charAt(a)) && lower.charAt(a) != '@') {
            a++;
        }
        return lower.substring(a, b);
    }

    /** Whether the paragraph starts with these lower-case words, as whole words. */
    boolean startsWith(String prefix) {
        return bare.startsWith(prefix)
                && (bare.length() == prefix.length() || !Character.isLetterOrDigit(bare.charAt(prefix.length())));
    }

    boolean has(String word) {
        for (String w : words) {
            if (w.equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the words is one of {@code words}. */
    boolean hasAny(String[] words) {
        for (String w : words) {
            if (has(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the lower-case text contains one of the phrases. */
    boolean containsAny(String[] phrases) {
        for (String phrase : phrases) {
            if (lower.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the bare text starts with one of the prefixes. */
    boolean startsWithAny(String[] prefixes) {
        for (String prefix : prefixes) {
            if (bare.startsWith(prefix)) {
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
        for (String w : words) {
            if (CUES.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether it ends like a sentence: a stop, perhaps followed by closing quotes or brackets. */
    boolean endsWithStop() {
        int b = text.length();
        while (b > 0 && isCloser(text.charAt(b - 1))) {
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

    private static boolean isCloser(char c) {
        return "'\"’”»)]".indexOf(c) >= 0;
    }

    /** Whether word {@code i} starts with a capital or a digit. */
    boolean capitalized(int i) {
        return i < raw.length && (Character.isUpperCase(raw[i].charAt(0)) || Character.isDigit(raw[i].charAt(0)));
    }
}
