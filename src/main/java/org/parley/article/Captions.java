package org.parley.article;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.parley.article.Furniture.Kind;

/**
 * Photo captions left in the text between paragraphs, as Daily Mail pages have them: a line of six
 * words or more that starts like a sentence but has no final stop, with prose before and after it.
 * Also the labelled captions of BBC pages ("Image caption, ..."). Captions are marked, not dropped.
 */
final class Captions {

    private static final String[] LABELS = {"image caption", "media caption", "video caption", "caption"};
    private static final Set<String> QUESTIONS = Set.of("what", "why", "how", "who", "when", "where", "which");

    private Captions() {
    }

    /** Marks, in place, the captions among the paragraphs that no other rule claimed. */
    static void mark(List<Paragraph> paragraphs, Kind[] kinds) {
        int stopped = 0;
        int first = -1;
        int last = -1;
        for (int i = 0; i < paragraphs.size(); i++) {
            if (kinds[i] == null) {
                stopped += paragraphs.get(i).endsWithStop() ? 1 : 0;
                first = first < 0 ? i : first;
                last = i;
            }
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            if (kinds[i] == null && (labelled(p) || stopped >= 3 && i != first && i != last && unlabelled(p))) {
                kinds[i] = Kind.CAPTION;
            }
        }
    }

    private static boolean labelled(Paragraph p) {
        String t = p.text();
        for (String label : LABELS) {
            if (t.length() > label.length() && t.regionMatches(true, 0, label, 0, label.length())
                    && ",:".indexOf(t.charAt(label.length())) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A caption without a label: a sentence's start, six words or more, no final stop nor a mark that
     * leads on; not a subheading (a short question, a clock time, a line in capitals).
     */
    private static boolean unlabelled(Paragraph p) {
        char first = p.text().charAt(0);
        boolean opens = Character.isUpperCase(first) || Character.isDigit(first) || p.opensWithQuote();
        if (!opens || p.size() < 6 || p.endsWithStop() || ":;,-–—".indexOf(p.last()) >= 0) {
            return false;
        }
        boolean subheading = QUESTIONS.contains(p.word(0)) && p.size() <= 12 || p.word(0).indexOf(':') >= 0;
        return !subheading && !p.text().equals(p.text().toUpperCase(Locale.ROOT));
    }
}
