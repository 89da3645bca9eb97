package org.parley.extraction;

import java.util.Set;

/**
 * Finds what was said for a cue and its source within a sentence: the words before them when
 * they come after it ("There is a real risk," Stoltenberg said), else the words after the cue
 * ("Moscow said the situation was very dangerous"), past an addressee ("told reporters").
 */
final class ContentFinder {

    static final Set<String> ADJUNCT_STARTS = Set.of("on", "in", "at", "during", "after", "before",
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
    private static final Set<String> DASHES = Set.of("—", "–", "-", "--", "―");
    private static final Set<String> CONNECTORS = Set.of(",", "and", "but", ";", "—", "--", "-", "or");
    /** Pronouns that open a clause after an addressee ("told reporters it was ..."). */
    private static final Set<String> CLAUSE_SUBJECTS = Set.of("it", "he", "she", "they", "we", "i", "there");
    /** Finite verbs that show the word before them is a clause's subject. */
    private static final Set<String> FINITE = Set.of("is", "was", "are", "were", "would", "will", "could", "can",
            "had", "has", "have", "should", "might", "may", "must", "did", "does", "do");
    static final int LONGEST_ADDRESSEE = 6;
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
        if (breakBefore && (inverted || cue.has(CueFlag.POST)) && TrailingFrames.saidBefore(a, cue, before, afterStart, after)) {
            TokenSpan rest = a.closesQuote(before.end() - 1) ? continuingQuote(a, after) : null;
            if (rest != null) {
                return new TokenSpan(before.first(), rest.end());
            }
            // "X, said Y, a lawyer who ...": an inverted source's appositive ends at no reliable comma
            return inverted ? before : framedOrBefore(a, before, afterStart, after);
        }
        return nonEmpty(untilDashAfterQuote(a, after));
    }

    /** "dismissed Estonia as the “suburbs of St. Petersburg” — a metaphor ...": the aside after the dash is the writer's. */
    private static TokenSpan untilDashAfterQuote(ArticleText a, TokenSpan after) {
        for (int k = after.first() + 1; k + 1 < after.end(); k++) {
            if (a.closesQuote(k) && DASHES.contains(a.token(k + 1).text())) {
                return new TokenSpan(after.first(), k + 1);
            }
        }
        return after;
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
     * Past "reporters", "him", "the BBC" up to "that", "to", a colon or a quotation; past the
     * addressee alone when a clause with a pronoun subject follows it ("told reporters it was
     * difficult to understand ...": what was said starts at "it", not at "to").
     */
    private static int skipAddressee(ArticleText a, int from, int limit) {
        for (int k = from; k < limit && k - from <= LONGEST_ADDRESSEE; k++) {
            Token t = a.token(k);
            String w = t.lower();
            if (k > from && k + 1 < limit && CLAUSE_SUBJECTS.contains(w) && FINITE.contains(a.token(k + 1).lower())) {
                return k;
            }
            if (w.equals("to") && k > from) {
                return from; // "urged Hamas to accept the plan": who is urged is part of what was urged
            }
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

    static TokenSpan trimStart(ArticleText a, TokenSpan span) {
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
