package org.parley.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins a quotation that stands alone in its sentence to the quoted statement just before it in
 * the same paragraph: in {@code "X," he said. "Y."} both sentences are one statement.
 */
final class QuoteContinuations {

    private QuoteContinuations() {
    }

    /**
     * Extends, in place, the last statement of each sentence that ends in a quotation over the bare
     * quotations after it.
     *
     * @param perSentence the statements found in each sentence, indexed like {@code a.sentences()}
     */
    static void join(ArticleText a, List<List<Found>> perSentence) {
        Found open = null;
        int openSentence = -1;
        for (int k = 0; k < perSentence.size(); k++) {
            List<Found> found = perSentence.get(k);
            Sentence s = a.sentences().get(k);
            if (!found.isEmpty()) {
                open = lastEndingInQuote(a, found);
                openSentence = k;
            } else if (open != null && isBareQuote(a, s) && samePlace(a, openSentence, k)
                    && !claimedByNext(a, perSentence, k)) {
                open = extend(perSentence.get(openSentence), open, s.end());
            } else {
                open = null;
            }
        }
    }

    /**
     * Extends {@code open} in its sentence's list up to token {@code end}; the statements whose
     * cue the extended quotation now frames ("“X,” said Y, citing Z. “W.”") are dropped.
     */
    private static Found extend(List<Found> host, Found open, int end) {
        Found extended = open.withContent(new TokenSpan(open.content().first(), end));
        List<Found> kept = new ArrayList<>(host.size());
        for (Found f : host) {
            if (f == open) {
                kept.add(extended);
            } else if (f.cue().first() <= extended.content().first() || f.cue().end() > end) {
                kept.add(f);
            }
        }
        host.clear();
        host.addAll(kept);
        return extended;
    }

    /** The last statement of a sentence whose content ends in a quotation, or null. */
    private static Found lastEndingInQuote(ArticleText a, List<Found> found) {
        for (int k = found.size() - 1; k >= 0; k--) {
            if (endsInQuote(a, found.get(k))) {
                return found.get(k);
            }
        }
        return null;
    }

    /** Whether the next sentence ("Bush said.") takes this one as its content. */
    private static boolean claimedByNext(ArticleText a, List<List<Found>> perSentence, int k) {
        if (k + 1 >= perSentence.size()) {
            return false;
        }
        int nextStart = a.sentences().get(k + 1).first();
        for (Found f : perSentence.get(k + 1)) {
            if (f.content().first() < nextStart) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsInQuote(ArticleText a, Found f) {
        return a.inQuote(f.content().end() - 1) || a.inQuote(f.content().first());
    }

    /** The same paragraph, or the paragraph right after it. */
    private static boolean samePlace(ArticleText a, int sentence, int next) {
        return a.sentences().get(next).paragraph() - a.sentences().get(sentence).paragraph() <= 1;
    }

    /** A sentence that is one quotation and nothing else. */
    static boolean isBareQuote(ArticleText a, Sentence s) {
        Quote q = a.quoteOpenedBy(s.first());
        if (q == null) {
            return false;
        }
        int last = s.end() - 1;
        while (last > s.first() && !a.token(last).isWord() && !a.inQuote(last)) {
            last--;
        }
        return a.token(last).end() <= q.end();
    }
}
