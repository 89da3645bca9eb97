package org.parley.article;

/**
 * How much of one article's text another repeats, paragraph by paragraph.
 *
 * @param containment the share of the article's shingles that the other has
 * @param newWords    the words of its paragraphs that are new to the other, counted up to a limit
 *                    (the decision needs no more), credit lines in brackets not counted: a paragraph is new when fewer than half of its shingles are in the
 *                    other and no paragraph of the other is a near duplicate of it (half its words or
 *                    more in common, as an edited sentence keeps)
 * @param newLead     whether it opens with a paragraph new to the other: a story written through
 *                    with a new top, as an update is and a cut of a wire story is not
 */
record Overlap(double containment, int newWords, boolean newLead) {

    /** A paragraph with fewer than this share of its shingles in the other article is new to it. */
    static final double PARAGRAPH_KEPT = 0.5;
    /** Word Jaccard similarity from which a paragraph is an edited copy of another. */
    static final double PARAGRAPH_EDITED = 0.5;
    /** The lead is the first paragraph of at least this many words (not a byline or a dateline alone). */
    static final int LEAD_WORDS = 8;

    /** How much of {@code a} is in {@code b}, new words counted until there are {@code enough}. */
    static Overlap of(StoryText a, StoryText b, int enough) {
        double containment = a.shingles.length == 0 ? 0 : b.shared(a.shingles) / (double) a.shingles.length;
        int newWords = 0;
        Boolean newLead = null;
        for (StoryText.Unit u : a.units) {
            if (newWords >= enough && newLead != null) {
                break;
            }
            boolean isNew = b.shared(u.shingles()) < PARAGRAPH_KEPT * u.shingles().length && !edited(u, b);
            if (isNew && !u.note()) {
                newWords += u.words();
            }
            if (newLead == null && u.words() >= LEAD_WORDS && !u.note()) {
                newLead = isNew;
            }
        }
        return new Overlap(containment, newWords, newLead != null && newLead);
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
