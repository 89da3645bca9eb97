package org.parley.extraction;

/**
 * Decides when what was said comes before its source and cue: after them the sentence ends, or
 * holds only a frame (time, place, manner, an addressee: "“We will sign,” he told reporters on
 * Monday."), or goes on with a new clause; and takes the quotation of the sentence before for a
 * sentence that is only a frame ("Bush said.").
 */
final class TrailingFrames {

    private TrailingFrames() {
    }

    /**
     * For a sentence that is only a source and a cue ("Bush said."), the quotation that ends the
     * sentence before it in the same paragraph; else null.
     */
    static TokenSpan quoteBefore(ArticleText a, Sentence s, Found f, Sentence previous) {
        boolean trailing = f.inverted() || f.cue().has(CueFlag.POST);
        int leftEdge = f.inverted() ? f.cue().first() : Math.min(f.source().first(), f.cue().first());
        if (!trailing || previous == null || previous.paragraph() != s.paragraph() || leftEdge != s.first()) {
            return null;
        }
        int afterStart = f.inverted() ? Math.max(f.source().end(), f.cue().end()) : f.cue().end();
        TokenSpan after = ContentFinder.trimEnd(a, ContentFinder.trimStart(a, new TokenSpan(afterStart, s.end())));
        int last = previous.end() - 1;
        if (!frameOnly(a, f.cue(), after) || !a.closesQuote(last)) {
            return null;
        }
        int first = last;
        while (first > previous.first() && a.quoteOf()[first - 1] == a.quoteOf()[last]) {
            first--;
        }
        return new TokenSpan(first, previous.end());
    }

    /**
     * Whether what was said comes before the source and cue: after them the sentence ends, goes
     * on with a new clause (", and ..."), or holds only time, place or manner, or an addressee
     * after a quotation.
     */
    static boolean saidBefore(ArticleText a, Cue cue, TokenSpan before, int afterStart, TokenSpan after) {
        if (after.isEmpty() || afterStart >= a.tokens().size()) {
            return true;
        }
        if (ContentFinder.ADJUNCT_STARTS.contains(a.token(before.first()).lower()) && a.quoteOpenedBy(before.first()) == null) {
            return false; // "In an interview on \"Face the Nation,\" Ryan said ...": the quotation names a show
        }
        if (a.closesQuote(before.end() - 1) && a.quoteOpenedBy(before.first()) != null) {
            // "“X,” they said, under rules that ...": a whole quotation before the cue is what was
            // said, unless a clause opens right at the cue ("“X,” he said that ...")
            return !opensClause(a, new TokenSpan(afterStart, after.end())) || a.quoteOpenedBy(afterStart) != null;
        }
        if (a.closesQuote(before.end() - 1)
                && (a.quoteOpenedBy(after.first()) != null || !startsClause(a, afterStart, after))) {
            return a.quoteOpenedBy(after.first()) != null || !opensClause(a, after);
        }
        if (opensClause(a, after)) {
            return false;
        }
        Token next = a.token(afterStart);
        if (next.is(',') || next.lower().equals("and") || next.lower().equals("but") || next.is(';')) {
            return true;
        }
        return frameOnly(a, cue, after);
    }

    /**
     * Words right after the cue that are not time, place or manner: "..., Sanders said he had not
     * “heard her say” ..." says what follows, not the quoted show title before it.
     */
    private static boolean startsClause(ArticleText a, int afterStart, TokenSpan after) {
        return after.first() == afterStart && after.size() > 2 && !adjunctOnly(a, after);
    }

    /** Content of its own after the cue: "that ...", a colon, or a quotation. */
    private static boolean opensClause(ArticleText a, TokenSpan after) {
        Token first = a.token(after.first());
        return first.lower().equals("that") || first.is(':') || a.quoteOpenedBy(after.first()) != null;
    }

    /** Nothing after the cue but an addressee ("Todd asked the mogul.") and time, place or manner. */
    private static boolean frameOnly(ArticleText a, Cue cue, TokenSpan after) {
        if (adjunctOnly(a, after)) {
            return true;
        }
        if (!cue.has(CueFlag.ADDRESSEE)) {
            return false;
        }
        int k = after.first();
        while (k < after.end() && k - after.first() < ContentFinder.LONGEST_ADDRESSEE && a.token(k).isWord()
                && !ContentFinder.ADJUNCT_STARTS.contains(a.token(k).lower()) && !a.token(k).lower().equals("that")) {
            k++;
        }
        return k > after.first() && adjunctOnly(a, new TokenSpan(k, after.end()));
    }

    /** Nothing after the cue but time, place or manner: "on Thursday during a speech". */
    private static boolean adjunctOnly(ArticleText a, TokenSpan after) {
        if (after.isEmpty()) {
            return true;
        }
        for (int k = after.first(); k < after.end(); k++) {
            if (a.token(k).lower().equals("that") || a.inQuote(k) || a.token(k).is(':')) {
                return false;
            }
        }
        return ContentFinder.ADJUNCT_STARTS.contains(a.token(after.first()).lower()) || after.size() <= 2;
    }
}
