package org.parley.extraction;

import java.util.Set;

/**
 * Finds the source of each cue of a sentence: the phrase before it, after it when inverted
 * ("said Mr. Grushko") or led by a preposition ("according to Interfax"); the source of the
 * statement before for a verb that shares its subject ("said ..., adding"); the clause's subject
 * for a verb after "and" or a participle after a comma; none at all for a question asked of nobody
 * named ("Asked if ...") or a verb of seeming ("Trump is expected to win"), whose content is set
 * here.
 */
final class CueSources {

    private static final Set<String> WHEN = Set.of("when", "after", "if", "once", "before");
    /** Prepositions of place: a participle after "in Vienna" is not Vienna's ("with X saying" is X's). */
    private static final Set<String> PREPOSITIONS = Set.of("in", "at");

    private final SourceFinder phrases;
    private final SubjectFinder subjects;

    CueSources(SourceFinder phrases, SubjectFinder subjects) {
        this.phrases = phrases;
        this.subjects = subjects;
    }

    /** The source of {@code cue}, as a statement without content yet, or null when it has none. */
    Found of(ArticleText a, Sentence s, Cue cue, Found previous) {
        if (cue.has(CueFlag.QUESTION) && askedOfNobodyNamed(a, s, cue)) {
            TokenSpan question = ContentFinder.trimEnd(a, new TokenSpan(cue.end(), commaOrEnd(a, s, cue.end())));
            return question.isEmpty() ? null : new Found(cue, null, question, false);
        }
        if (cue.has(CueFlag.RAISING)) {
            TokenSpan subject = phrases.left(a, s, cue.first());
            int first = subject == null ? s.first() : subject.first();
            return new Found(cue, null, new TokenSpan(first, cue.end()), false);
        }
        if (cue.has(CueFlag.SOURCE_AFTER)) {
            return inverted(cue, phrases.upToComma(a, s, cue.end()));
        }
        if (previous != null && previous.source() != null && sharesSubject(a, s, previous, cue)) {
            return new Found(cue, previous.source(), null, false);
        }
        return named(a, s, cue, previous);
    }

    /** The source named next to the cue, or the clause's subject. */
    private Found named(ArticleText a, Sentence s, Cue cue, Found previous) {
        int before = cue.first() - 1;
        if (before - 1 >= s.first() && a.token(before).lower().equals("as") && a.token(cue.first()).lower().endsWith("ing")) {
            TokenSpan quoted = quotedAs(a, s, before, previous);
            return quoted == null ? null : new Found(cue, quoted, null, false);
        }
        if (cue.has(CueFlag.INVERT) && cue.first() == s.first() && colonAfterName(a, s, cue)) {
            return inverted(cue, phrases.nounPhraseRight(a, s, cue.end())); // "Said Ellis: ..."
        }
        TokenSpan left = phrases.left(a, s, cue.first());
        if (left != null && a.token(cue.first()).lower().endsWith("ing") && afterPreposition(a, s, left, cue)) {
            return null; // "will meet them in Vienna knowing that ...": a place is no source
        }
        if (left == null && afterConjunction(a, s, cue)) {
            left = subjects.subject(a, s, cue.first()); // "The judge rubbed his chin, and then said"
            return left == null ? null : new Found(cue, left, null, false);
        }
        if (left != null) {
            return new Found(cue, left, null, false);
        }
        if (cue.has(CueFlag.INVERT) && cue.first() > s.first() && afterBreak(a, cue.first() - 1)) {
            TokenSpan subject = cue.has(CueFlag.ADDRESSEE) ? subjects.subject(a, s, cue.first()) : null;
            if (subject != null) {
                return new Found(cue, subject, null, false); // "X, whose son ..., told Kan": Kan is told, not telling
            }
            return inverted(cue, phrases.nounPhraseRight(a, s, cue.end()));
        }
        return null;
    }

    /** Whether the phrase right before the cue is one word after a preposition of place ("in Vienna knowing"). */
    private static boolean afterPreposition(ArticleText a, Sentence s, TokenSpan phrase, Cue cue) {
        return phrase.size() == 1 && phrase.end() == cue.first() && phrase.first() > s.first()
                && PREPOSITIONS.contains(a.token(phrase.first() - 1).lower());
    }

    private static Found inverted(Cue cue, TokenSpan source) {
        return source == null ? null : new Found(cue, source, null, true);
    }

    /** "quoted X as saying": X, and not the one quoting before it; {@code as} is the index of "as". */
    private TokenSpan quotedAs(ArticleText a, Sentence s, int as, Found previous) {
        TokenSpan quoted = phrases.nounPhraseLeft(a, s, as - 1);
        if (quoted != null && previous != null && previous.cue().end() > quoted.first()
                && previous.cue().end() < quoted.end()) {
            quoted = new TokenSpan(previous.cue().end(), quoted.end());
        }
        return quoted;
    }

    /** The first token before {@code from}, going left, that is not an auxiliary, adverb or time word. */
    int skipBetween(ArticleText a, Sentence s, int from) {
        return phrases.skipBetween(a, s, from);
    }

    /** "Said Ellis: ...": the cue opens the sentence and a colon follows the name after it. */
    private boolean colonAfterName(ArticleText a, Sentence s, Cue cue) {
        TokenSpan name = phrases.nounPhraseRight(a, s, cue.end());
        return name != null && name.size() <= 4 && name.end() < s.end() && a.token(name.end()).is(':');
    }

    /** "Asked if ...", "When asked whether ...", "was asked to ...": nobody is named as asking. */
    private static boolean askedOfNobodyNamed(ArticleText a, Sentence s, Cue cue) {
        if (cue.first() == s.first()) {
            return true;
        }
        String before = a.token(cue.first() - 1).lower();
        return WHEN.contains(before) || CueFinder.BE.contains(before);
    }

    /** The first comma outside quotations from token {@code from} on, or the sentence end. */
    private static int commaOrEnd(ArticleText a, Sentence s, int from) {
        int k = from;
        while (k < s.end() && !(a.token(k).is(',') && !a.inQuote(k))) {
            k++;
        }
        return k;
    }

    /** A verb after "and" or "but", or a participle after a comma: its subject is the clause's. */
    private boolean afterConjunction(ArticleText a, Sentence s, Cue cue) {
        int before = phrases.skipBetween(a, s, cue.first() - 1);
        if (before < s.first()) {
            return false;
        }
        String w = a.token(before).lower();
        return w.equals("and") || w.equals("but") || w.equals(",") && a.token(cue.first()).lower().endsWith("ing");
    }

    /** "..., adding", "... and defended": a participle after a comma, or a verb right after "and". */
    private boolean sharesSubject(ArticleText a, Sentence s, Found previous, Cue cue) {
        int before = phrases.skipBetween(a, s, cue.first() - 1);
        if (before < s.first() || before < previous.cue().end()) {
            return false;
        }
        Token t = a.token(before);
        boolean participle = a.token(cue.first()).lower().endsWith("ing") && t.is(',');
        return participle || t.lower().equals("and") || t.lower().equals("but");
    }

    private static boolean afterBreak(ArticleText a, int i) {
        Token t = a.token(i);
        return t.is(',') || a.closesQuote(i) || t.is('—') || t.text().equals("--");
    }
}
