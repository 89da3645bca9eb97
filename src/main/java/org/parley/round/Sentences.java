package org.parley.round;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parley.article.Article;

/**
 * Splits an article into its title and body sentences, with the paragraph of each. Good enough for
 * deciding what a sentence talks about; not a linguistic sentence splitter.
 */
final class Sentences {

    private static final Pattern END = Pattern.compile("[.!?][\"'”’)]*(?=\\s+[\"'“‘(]?[\\p{Lu}\\d])");
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}.]+)[.!?]$");
    /** The most characters in one sentence (news sentences are far shorter): a longer stretch is cut at its next stop. */
    private static final int LONGEST = 3000;
    /** How much of a sentence's end is read for an abbreviation. */
    private static final int TAIL = 64;
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "gen", "lt", "col",
            "rep", "st", "no", "vs", "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec", "gov",
            "prof", "capt", "maj", "sgt", "adm", "cmdr", "amb", "pres", "sen", "jr", "sr", "inc", "corp", "co");

    /** One sentence: {@code [start, end)} in the article text; paragraph -1 for the title. */
    record Sentence(int index, int start, int end, int paragraph) {
        boolean isTitle() {
            return paragraph < 0;
        }
    }

    private Sentences() {
    }

    /** The title (index 0, when found in the text) and then the body's sentences in order. */
    static List<Sentence> of(Article article) {
        List<Sentence> out = new ArrayList<>();
        String text = article.text();
        int title = text.lastIndexOf(article.title(), article.bodyStart());
        if (title >= 0 && !article.title().isBlank()) {
            out.add(new Sentence(0, title, title + article.title().length(), -1));
        }
        int paragraph = 0;
        int at = article.bodyStart();
        while (at < text.length()) {
            int nl = text.indexOf('\n', at);
            int lineEnd = nl < 0 ? text.length() : nl;
            if (!text.substring(at, lineEnd).isBlank()) {
                split(text, at, lineEnd, paragraph++, out);
            }
            at = lineEnd + 1;
        }
        return out;
    }

    private static void split(String text, int from, int to, int paragraph, List<Sentence> out) {
        Matcher m = END.matcher(text).region(from, to);
        int start = skipSpace(text, from, to);
        while (m.find()) {
            // the end's last few words tell an abbreviation; a stretch past LONGEST is cut however it ends
            if (m.end() - start > LONGEST || !isAbbreviation(text.substring(Math.max(start, m.end() - TAIL), m.end()))) {
                out.add(new Sentence(out.size(), start, m.end(), paragraph));
                start = skipSpace(text, m.end(), to);
            }
        }
        int end = to;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(out.size(), start, end, paragraph));
        }
    }

    /** "U.S." or "Gen." at the end does not end a sentence. */
    private static boolean isAbbreviation(String sentence) {
        Matcher m = LAST_WORD.matcher(sentence.stripTrailing().replaceAll("[\"'”’)]+$", ""));
        if (!m.find()) {
            return false;
        }
        String word = m.group(1);
        return word.matches("(?:\\p{L}\\.)+\\p{L}?") || word.length() == 1
                || ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT).replace(".", ""));
    }

    private static int skipSpace(String text, int at, int to) {
        int i = at;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
