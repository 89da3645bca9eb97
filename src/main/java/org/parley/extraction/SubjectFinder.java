package org.parley.extraction;

import java.util.Set;

/**
 * Finds the subject of a sentence's main clause, for cues that do not sit next to their source:
 * a lead-in before a colon ("In a Fox interview, Trump went further: ..."), a verb after "and"
 * ("The judge rubbed his chin, and then said ...") or a participle after a comma ("The tycoon
 * entered the race with harsh words, calling ..."). Without a parser the subject is read from
 * its shape: a pronoun, or capitalised words, titles and possessives, with one common noun after
 * a determiner ("The letter").
 */
final class SubjectFinder {

    /** Words that open a leading adjunct, skipped up to its comma. */
    private static final Set<String> ADJUNCT_STARTS = Set.of("in", "on", "at", "during", "after", "before", "when",
            "while", "as", "from", "with", "asked", "speaking", "later", "earlier", "since", "despite", "following",
            "although", "though", "because", "if", "last", "by", "for", "without", "under", "over", "instead");
    /** Words that open a sentence before its subject. */
    private static final Set<String> OPENERS = Set.of("but", "and", "so", "still", "meanwhile", "however", "then",
            "now", "yet", "also", "indeed", "instead");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "one",
            "another", "this", "that", "some", "many", "several", "most");
    private static final int LONGEST_SUBJECT = 10;
    /** Words that carry an adjunct on past its comma: "Chastened by X, as well as Y, Trump revised ...". */
    private static final Set<String> CONTINUING = Set.of("as", "and", "or", "including", "especially", "notably");

    private final Set<String> titles;
    private final Set<String> pronouns;

    SubjectFinder(Lexicons lexicons) {
        this.titles = lexicons.titles();
        this.pronouns = lexicons.pronouns();
    }

    /** The subject of sentence {@code s}, found before token {@code limit}, or null. */
    TokenSpan subject(ArticleText a, Sentence s, int limit) {
        int start = s.first();
        while (start < limit && (OPENERS.contains(a.token(start).lower()) || a.token(start).is(','))) {
            start++;
        }
        if (start < limit && (ADJUNCT_STARTS.contains(a.token(start).lower()) || participle(a.token(start)))) {
            for (int part = 0; part < 3; part++) { // "Chastened by X, as well as Y, Trump revised ..."
                int comma = start;
                while (comma < limit && !a.token(comma).is(',')) {
                    comma++;
                }
                if (comma >= limit) {
                    break;
                }
                start = comma + 1;
                while (start < limit && (OPENERS.contains(a.token(start).lower()) || a.token(start).is(','))) {
                    start++; // "In Pittsburgh, however, Trump spoke ..."
                }
                if (start >= limit || !CONTINUING.contains(a.token(start).lower())) {
                    break;
                }
            }
        }
        if (start >= limit || a.inQuote(start)) {
            return null;
        }
        if (pronouns.contains(a.token(start).lower()) && !a.token(start).lower().equals("who")) {
            return new TokenSpan(start, start + 1);
        }
        int end = start;
        while (end < limit && end - start < LONGEST_SUBJECT && inSubject(a.token(end), end == start)) {
            end++;
        }
        if (end < limit && end > start && DETERMINERS.contains(a.token(end - 1).lower()) && a.token(end).isWord()) {
            end++;
        }
        boolean bare = end == start || end == start + 1 && DETERMINERS.contains(a.token(start).lower());
        return bare ? null : new TokenSpan(start, end);
    }

    /** "Chastened by the costs, Trump revised his plan": a participle opening the sentence opens an adjunct. */
    private static boolean participle(Token t) {
        String w = t.lower();
        return t.isWord() && w.length() > 4 && (w.endsWith("ed") || w.endsWith("ing"));
    }

    private boolean inSubject(Token t, boolean first) {
        String w = t.lower();
        return t.isWord() && t.isCapitalized() || titles.contains(w) || w.equals("'s") || w.equals("’s")
                || w.equals("of") && !first || DETERMINERS.contains(w) && first;
    }
}
