package org.parley.article;

/**
 * How much of one article's text another repeats, paragraph by paragraph.
 *
 * @param containment the share of the article's words that the other repeats: each paragraph
 *                    weighs its words times the share of its shingles found in one place in the
 *                    other (one paragraph, or two that follow each other); credit lines in brackets
 *                    do not count
 * @param newWords    the words of its paragraphs that are new to the other, counted up to a limit
 *                    (the decision needs no more), credit lines not counted: a paragraph is new when
 *                    fewer than half its shingles are anywhere in the other and no paragraph of the
 *                    other has most of its words (as an edited sentence keeps them)
 * @param newLead     whether it opens with a paragraph new to the other: a story written through
 *                    with a new top, as an update is and a cut of a wire story is not
 */
record Overlap(double containment, int newWords, boolean newLead) {

    /** A paragraph with fewer than this share of its shingles kept in the other article is new to it. */
    static final double PARAGRAPH_KEPT = 0.5;
    /** Word Jaccard similarity from which a paragraph is an edited copy of another. */
    static final double PARAGRAPH_EDITED = 0.6;
    /** The lead is the first paragraph of at least this many words (not a byline or a dateline alone). */
    static final int LEAD_WORDS = 8;

    /** How much of {@code a} is in {@code b}, new words counted until there are {@code enough}. */
    static Overlap of(StoryText a, StoryText b, int enough) {
        double keptWords = 0;
        int words = 0;
        int newWords = 0;
        Boolean newLead = null;
        for (StoryText.Unit u : a.units) {
            if (u.note()) {
                continue;
            }
            StoryText.Kept kept = b.kept(u);
            keptWords += kept.inPlace() * u.words();
            words += u.words();
            if (newWords < enough || newLead == null) {
                boolean isNew = kept.anywhere() < PARAGRAPH_KEPT && !edited(u, b);
                newWords += isNew ? u.words() : 0;
                if (newLead == null && u.words() >= LEAD_WORDS) {
                    newLead = isNew;
                }
            }
        }
        return new Overlap(words == 0 ? 0 : keptWords / words, newWords, newLead != null && newLead);
    }

    private static boolean edited(StoryText.Unit u, StoryText b) {
        int n = u.vocabulary().length;
        for (StoryText.Unit w : b.units) {
            int m = w.vocabulary().length;
            // Jaccard similarity is at most the ratio of the two sizes
            if (m >= PARAGRAPH_EDITED * n && n >= PARAGRAPH_EDITED * m && u.wordJaccard(w) >= PARAGRAPH_EDITED) {
                return true;
            }
        }
        return false;
    }
}
