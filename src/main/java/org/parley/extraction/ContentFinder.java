package org.parley.extraction;

import java.util.Set;

/**
 * Finds what was said for a cue and its source within a sentence: the words before them when
 * they come after it ("There is a real risk," Stoltenberg said), else the words after the cue
 * ("Moscow said the situation was very dangerous"), past an addressee ("told reporters").
 */
final class ContentFinder {

    private static final Set<String> ADJUNCT_STARTS = Set.of("on", "in", "at", "during", "after", "before",
            "while", "when", "as", "to", "via", "through", "from", "last", "this", "earlier", "later", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight",
            "recently", "afterward", "afterwards", "then", "again", "of", "with", "about", "outside", "inside",
            "following", "ahead", "shortly", "late", "early", "here", "there", "privately", "publicly", "by", "for",
            "under", "over", "near", "moments", "days", "weeks", "once", "too", "also", "simply");
    /** Words after a frame's comma that start something new rather than finish the clause said. */
    private static final Set<String> FRAME_ENDS = Set.of("and", "but", "or", "so", "yet", "which", "who", "whom",
            "whose", "where", "though", "although", "because", "since", "according", "if", "unless", "than",
            "even", "not", "without", "until", "that", "both", "either", "whether", "including", "especially");
    private static final Set<String> TIME_WORDS = Set.of("night", "day", "morning", "afternoon", "evening", "week",
            "weekend", "month", "year", "time", "moment", "point", "season", "summer", "winter", "spring", "fall");
    private static final Set<String> CONNECTORS = Set.of(",", "and", "but", ";", "—", "--", "-", "or");
    private static final int LONGEST_ADDRESSEE = 6;
    private static final int LONGEST_ADJUNCT = 10;

    /**
     * The content of the cue, or null.
     *
     * @param inverted whether the source follows the cue
     * @param limit    where the content after the cue must stop (the next statement)
     */
    TokenSpan find(ArticleText a, Sentence s, Cue cue, TokenSpan source, boolean inverted, int limit) {
        int leftEdge = inverted ? cue.first() : Math.min(source.first(), cue.first());
        int afterStart = inverted ? Math.max(source.end(), cue.end()) : cue.end();
        if (cue.has(CueFlag.ADDRESSEE)) {
            afterStart = skipAddressee(a, afterStart, limit);
        }
        TokenSpan before = afterLeadIn(a, trimEnd(a, new TokenSpan(s.first(), leftEdge)));
        TokenSpan after = pastAdjunct(a, trimEnd(a, trimStart(a, new TokenSpan(afterStart, limit))));
        boolean breakBefore = !before.isEmpty() && endsWithBreak(a, leftEdge - 1);
        if (cue.has(CueFlag.SOURCE_AFTER)) {
            return breakBefore ? framedOrBefore(a, before, afterStart, after) : nonEmpty(after);
        }
        if (breakBefore && (inverted || cue.has(CueFlag.POST)) && saidBefore(a, cue, before, afterStart, after)) {
            TokenSpan rest = a.closesQuote(before.end() - 1) ? continuingQuote(a, after) : null;
            return rest == null ? framedOrBefore(a, before, afterStart, after) : new TokenSpan(before.first(), rest.end());
        }
        return nonEmpty(after);
    }

    /** The content after a cue whose source is shared with the statement before it. */
    TokenSpan after(ArticleText a, Cue cue, int limit) {
        int afterStart = cue.has(CueFlag.ADDRESSEE) ? skipAddressee(a, cue.end(), limit) : cue.end();
        return nonEmpty(pastAdjunct(a, trimEnd(a, trimStart(a, new TokenSpan(afterStart, limit)))));
    }

    /**
     * "Cost estimates, he added, were too low": a frame set off by commas inside the clause that
     * was said takes the whole clause; else what came before the frame.
     */
    private static TokenSpan framedOrBefore(ArticleText a, TokenSpan before, int afterStart, TokenSpan after) {
        if (after.isEmpty() || afterStart >= a.tokens().size() || !a.token(afterStart).is(',')
                || a.closesQuote(before.end() - 1) || a.inQuote(after.first())) {
            return before;
        }
        Token next = a.token(after.first());
        String w = next.lower();
        boolean continues = next.isWord() && !next.isCapitalized() && !w.endsWith("ing")
                && !ADJUNCT_STARTS.contains(w) && !FRAME_ENDS.contains(w);
        return continues ? new TokenSpan(before.first(), after.end()) : before;
    }

    /** "... with a caveat: “X,” the source said": what was said starts at the quotation after the colon. */
    private static TokenSpan afterLeadIn(ArticleText a, TokenSpan before) {
        for (int k = before.end() - 2; k > before.first(); k--) {
            if (a.token(k).is(':') && !a.inQuote(k) && a.quoteOpenedBy(k + 1) != null) {
                return new TokenSpan(k + 1, before.end());
            }
        }
        return before;
    }

    /** "said via email that ...", "said at a rally in Ohio that ...": the content starts at "that". */
    private static TokenSpan pastAdjunct(ArticleText a, TokenSpan after) {
        if (after.isEmpty() || !ADJUNCT_STARTS.contains(a.token(after.first()).lower())) {
            return after;
        }
        if (after.size() > 1 && a.token(after.first() + 1).lower().endsWith("ing")) {
            return after; // "before clarifying that ...": a clause of its own, not time or place
        }
        for (int k = after.first() + 1; k < after.end() && k - after.first() <= LONGEST_ADJUNCT; k++) {
            Token t = a.token(k);
            if (t.lower().equals("that") && isComplementizer(a, k, after.end()) || t.is(':')) {
                return new TokenSpan(t.is(':') ? k + 1 : k, after.end());
            }
            if (!t.isWord() && !t.lower().equals("'s") && !t.lower().equals("’s") && !t.is('.')) {
                return after;
            }
        }
        return after;
    }

    /** A "that" that opens a clause, not "that night" or "that week". */
    private static boolean isComplementizer(ArticleText a, int that, int end) {
        return that + 2 < end && !TIME_WORDS.contains(a.token(that + 1).lower());
    }

    /**
     * For a sentence that is only a source and a cue ("Bush said."), the quotation that ends the
     * sentence before it in the same paragraph; else null.
     */
    TokenSpan quoteBefore(ArticleText a, Sentence s, Found f, Sentence previous) {
        boolean trailing = f.inverted() || f.cue().has(CueFlag.POST);
        int leftEdge = f.inverted() ? f.cue().first() : Math.min(f.source().first(), f.cue().first());
        if (!trailing || previous == null || previous.paragraph() != s.paragraph() || leftEdge != s.first()) {
            return null;
        }
        int afterStart = f.inverted() ? Math.max(f.source().end(), f.cue().end()) : f.cue().end();
        TokenSpan after = trimEnd(a, trimStart(a, new TokenSpan(afterStart, s.end())));
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
    private static boolean saidBefore(ArticleText a, Cue cue, TokenSpan before, int afterStart, TokenSpan after) {
        if (after.isEmpty() || afterStart >= a.tokens().size()) {
            return true;
        }
        if (ADJUNCT_STARTS.contains(a.token(before.first()).lower()) && a.quoteOpenedBy(before.first()) == null) {
            return false; // "In an interview on \"Face the Nation,\" Ryan said ...": the quotation names a show
        }
        if (a.closesQuote(before.end() - 1) && (a.quoteOpenedBy(before.first()) != null
                || a.quoteOpenedBy(after.first()) != null || !startsClause(a, afterStart, after))) {
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

    /** Past "reporters", "him", "the BBC" up to "that", "to", a colon or a quotation. */
    private static int skipAddressee(ArticleText a, int from, int limit) {
        for (int k = from; k < limit && k - from <= LONGEST_ADDRESSEE; k++) {
            Token t = a.token(k);
            String w = t.lower();
            if (w.equals("that") || w.equals("to") || w.equals("about") || t.is(':') || t.is(',')
                    || a.quoteOpenedBy(k) != null) {
                return k;
            }
            if (ADJUNCT_STARTS.contains(w) && k > from) {
                return from; // "told reporters after the meeting that ...": the "that" is not hers
            }
            if (!t.isWord() && !w.equals("'s") && !w.equals("’s")) {
                return from;
            }
        }
        return from;
    }

    /** After {@code "X," he said}: the rest of the sentence when it is the quotation going on ({@code , "Y."}). */
    private static TokenSpan continuingQuote(ArticleText a, TokenSpan after) {
        if (after.isEmpty()) {
            return null;
        }
        Quote q = a.quoteOpenedBy(after.first());
        return q == null ? null : after;
    }

    private static boolean endsWithBreak(ArticleText a, int i) {
        Token t = a.token(i);
        return t.is(',') || t.is('—') || t.text().equals("--") || t.is(':') || a.closesQuote(i);
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
        while (k < after.end() && k - after.first() < LONGEST_ADDRESSEE && a.token(k).isWord()
                && !ADJUNCT_STARTS.contains(a.token(k).lower()) && !a.token(k).lower().equals("that")) {
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
        return ADJUNCT_STARTS.contains(a.token(after.first()).lower()) || after.size() <= 2;
    }

    private static TokenSpan trimStart(ArticleText a, TokenSpan span) {
        int first = span.first();
        while (first < span.end() && isLeadingPunctuation(a.token(first))) {
            first++;
        }
        return new TokenSpan(first, span.end());
    }

    private static boolean isLeadingPunctuation(Token t) {
        return t.is(',') || t.is(':') || t.is('—') || t.text().equals("--") || t.is(';') || t.is('-');
    }

    /** Drops trailing connectors and stops, but keeps a closing quotation mark. */
    static TokenSpan trimEnd(ArticleText a, TokenSpan span) {
        int end = span.end();
        while (end > span.first() && !a.closesQuote(end - 1) && trailing(a.token(end - 1))) {
            end--;
        }
        return new TokenSpan(span.first(), end);
    }

    private static boolean trailing(Token t) {
        return CONNECTORS.contains(t.lower()) || t.is('.') || t.is(':') || t.is('(');
    }

    private static TokenSpan nonEmpty(TokenSpan span) {
        return span.isEmpty() ? null : span;
    }
}
