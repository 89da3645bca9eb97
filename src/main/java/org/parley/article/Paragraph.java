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
    private String lower;
    private String bare;
    private String[] raw;
    private String[] words;
    private boolean[] clause;

    private Paragraph(int start, int end, String text) {
        this.start = start;
        this.end = end;
        this.text = text;
        this.size = countWords(text);
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
        return i < size ? words()[i] : "";
    }

    /** Whether word {@code i} starts with a capital or a digit. */
    boolean capitalized(int i) {
        String w = i < size ? raw()[i] : "";
        return !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)));
    }

    /** Word {@code i} as written, without the marks around it. */
    String raw(int i) {
        return raw()[i];
    }

    /** Whether a comma or a semicolon follows word {@code i}. */
    boolean endsClause(int i) {
        raw();
        return clause[i];
    }

    /** Whether the paragraph starts with these lower-case words, as whole words. */
    boolean startsWith(String prefix) {
        String b = bare();
        return b.startsWith(prefix)
                && (b.length() == prefix.length() || !Character.isLetterOrDigit(b.charAt(prefix.length())));
    }

    boolean has(String word) {
        for (String w : words()) {
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

    /** Whether the text as written contains one of the phrases. */
    boolean textContainsAny(String[] phrases) {
        for (String phrase : phrases) {
            if (text.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the bare text starts with one of the prefixes. */
    boolean startsWithAny(String[] prefixes) {
        for (String prefix : prefixes) {
            if (bare().startsWith(prefix)) {
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
        for (String w : words()) {
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

    private String[] words() {
        raw();
        return words;
    }

    private String[] raw() {
        if (raw == null) {
            tokenize();
        }
        return raw;
    }

    private void tokenize() {
        String[] r = new String[size];
        String[] w = new String[size];
        boolean[] c = new boolean[size];
        int k = 0;
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && isBlank(text.charAt(i))) {
                i++;
            }
            int from = i;
            while (i < text.length() && !isBlank(text.charAt(i))) {
                i++;
            }
            String word = trim(text, from, i);
            if (!word.isEmpty()) {
                r[k] = word;
                w[k] = word.toLowerCase(Locale.ROOT);
                c[k] = text.charAt(i - 1) == ',' || text.charAt(i - 1) == ';';
                k++;
            }
        }
        words = w;
        clause = c;
        raw = r;
    }

    /** A token without the marks around it; an "@" may start it ("@bbc"). Empty when it holds no letter or digit. */
    private static String trim(String s, int from, int to) {
        int a = from;
        int b = to;
        while (b > a && !Character.isLetterOrDigit(s.charAt(b - 1))) {
            b--;
        }
        while (a < b && !Character.isLetterOrDigit(s.charAt(a)) && s.charAt(a) != '@') {
            a++;
        }
        return s.substring(a, b);
    }

    private static int countWords(String s) {
        int n = 0;
        boolean inToken = false;
        boolean counted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isBlank(c)) {
                inToken = false;
            } else {
                if (!inToken) {
                    inToken = true;
                    counted = false;
                }
                if (!counted && isLetterOrDigit(c)) {
                    n++;
                    counted = true;
                }
            }
        }
        return n;
    }

    static boolean isBlank(char c) {
        if (c < 128) {
            return c == ' ' || c >= '\t' && c <= '\r';
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    private static boolean isLetterOrDigit(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }
}
