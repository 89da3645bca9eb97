package org.parley.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the attributions of one sentence: each cue with its source and content, where a cue
 * that shares its subject with the one before ("said ..., adding", "blasted X and defended Y")
 * takes that source.
 */
final class SentenceAttributor {

    private static final java.util.Set<String> WHEN = java.util.Set.of("when", "after", "if", "once", "before");

    private final CueFinder cues;
    private final SourceFinder sources;
    private final ContentFinder contents = new ContentFinder();
    private final PunctuationCues punctuation;
    private final LeadIns leadIns;
    private final SubjectFinder subjects;

    SentenceAttributor(Lexicons lexicons) {
        this.cues = new CueFinder(lexicons);
        this.sources = new SourceFinder(lexicons);
        this.punctuation = new PunctuationCues(lexicons, sources);
        this.subjects = new SubjectFinder(lexicons);
        this.leadIns = new LeadIns(subjects);
    }

    /**
     * The attributions of sentence {@code k}, which may take their content from the sentence
     * before it (a bare "he said." after a quotation) or after it (a line ending in a colon).
     */
    List<Found> attribute(ArticleText a, int k) {
        List<Sentence> sentences = a.sentences();
        Sentence s = sentences.get(k);
        Sentence previous = k > 0 ? sentences.get(k - 1) : null;
        Sentence next = k + 1 < sentences.size() ? sentences.get(k + 1) : null;
        List<Found> found = byWords(a, s, previous, next);
        if (found.isEmpty()) {
            Found marked = punctuation.colon(a, s);
            marked = marked != null ? marked : leadIns.colonQuote(a, s, next);
            marked = marked != null ? marked : punctuation.dash(a, s);
            marked = marked != null ? marked : punctuation.trailingVerb(a, s);
            if (marked != null) {
                found.add(marked);
            }
        }
        return found;
    }

    private List<Found> byWords(ArticleText a, Sentence s, Sentence previous, Sentence next) {
        List<Found> sourced = new ArrayList<>();
        Found last = null;
        for (Cue cue : cues.find(a, s)) {
            Found f = withSource(a, s, cue, last);
            if (f != null) {
                sourced.add(f);
                last = f;
            }
        }
        List<Found> found = new ArrayList<>();
        for (int k = 0; k < sourced.size(); k++) {
            Found f = sourced.get(k);
            int limit = s.end();
            for (int j = k + 1; j < sourced.size() && limit == s.end(); j++) {
                int edge = limit(a, s, f, sourced.get(j));
                limit = edge > f.cue().first() ? edge : s.end();
            }
            Found before = k > 0 ? sourced.get(k - 1) : null;
            TokenSpan content = content(a, s, f, before, limit, previous, next);
            if (content != null) {
                found.add(f.withContent(content));
            }
        }
        return withoutNested(a, found);
    }

    /**
     * Drops a statement whose cue lies inside what another statement of the sentence says ("Clinton
     * says she appreciated what she calls ..."): annotators take the outer statement, and a nested
     * cue is right about a quarter of the time on PolNeAR's train split, even "said". Only the one
     * quoted ("quoted Fomin as saying ...") wins over the one quoting.
     */
    private static List<Found> withoutNested(ArticleText a, List<Found> found) {
        if (found.size() < 2) {
            return found;
        }
        List<Found> kept = new ArrayList<>(found);
        for (Found f : found) {
            Found outer = outer(found, f);
            if (outer != null) {
                kept.remove(quotedAs(a, f) ? outer : f);
            }
        }
        return kept;
    }

    /** The statement whose content holds the cue of {@code f}, or null. */
    private static Found outer(List<Found> found, Found f) {
        for (Found g : found) {
            if (g != f && g.content().first() <= f.cue().first() && f.cue().end() <= g.content().end()) {
                return g;
            }
        }
        return null;
    }

    /** "quoted Fomin as saying ...": the speaker is the one quoted, not the one quoting. */
    private static boolean quotedAs(ArticleText a, Found f) {
        int as = f.cue().first() - 1;
        return !f.inverted() && f.source() != null && f.source().end() == as && a.token(as).lower().equals("as");
    }

    /** What {@code f} says, up to token {@code limit}; {@code before} is the statement before it in the sentence. */
    private TokenSpan content(ArticleText a, Sentence s, Found f, Found before, int limit, Sentence previous,
                              Sentence next) {
        if (f.content() != null) { // "Trump is expected to win": from the subject on
            TokenSpan rest = ContentFinder.trimEnd(a, new TokenSpan(f.content().first(), limit));
            return rest.end() > f.cue().end() ? rest : null;
        }
        TokenSpan content = before == null ? contents.quoteBefore(a, s, f, previous) : null;
        if (content == null && before != null && f.source() != null && f.source() == before.source()) {
            content = contents.after(a, f.cue(), limit); // "..., adding that ...": only what follows
        } else if (content == null) {
            content = contents.find(a, s, f.cue(), f.source(), f.inverted(), limit);
        }
        if (content == null && f.cue().end() < s.end() && a.token(f.cue().end()).is(':')) {
            content = leadIns.quoteAfter(a, s, next, f.cue().end()); // "Obama said:" and the quotation below
        }
        return content;
    }

    private Found withSource(ArticleText a, Sentence s, Cue cue, Found previous) {
        if (cue.has(CueFlag.QUESTION) && askedOfNobodyNamed(a, s, cue)) {
            TokenSpan question = ContentFinder.trimEnd(a, new TokenSpan(cue.end(), commaOrEnd(a, s, cue.end())));
            return question.isEmpty() ? null : new Found(cue, null, question, false);
        }
        if (cue.has(CueFlag.RAISING)) {
            TokenSpan subject = sources.left(a, s, cue.first());
            int first = subject == null ? s.first() : subject.first();
            return new Found(cue, null, new TokenSpan(first, cue.end()), false);
        }
        if (cue.has(CueFlag.SOURCE_AFTER)) {
            TokenSpan right = sources.nounPhraseRight(a, s, cue.end());
            return right == null ? null : new Found(cue, right, null, true);
        }
        if (previous != null && previous.source() != null && sharesSubject(a, s, previous, cue)) {
            return new Found(cue, previous.source(), null, false);
        }
        int before = cue.first() - 1;
        if (before - 1 >= s.first() && a.token(before).lower().equals("as") && a.token(cue.first()).lower().endsWith("ing")) {
            TokenSpan quoted = sources.nounPhraseLeft(a, s, before - 1); // "quoted X as saying"
            if (quoted != null && previous != null && previous.cue().end() > quoted.first()
                    && previous.cue().end() < quoted.end()) {
                quoted = new TokenSpan(previous.cue().end(), quoted.end());
            }
            return quoted == null ? null : new Found(cue, quoted, null, false);
        }
        if (cue.has(CueFlag.INVERT) && cue.first() == s.first() && colonAfterName(a, s, cue)) {
            TokenSpan right = sources.nounPhraseRight(a, s, cue.end());
            return right == null ? null : new Found(cue, right, null, true); // "Said Ellis: ..."
        }
        TokenSpan left = sources.left(a, s, cue.first());
        if (left != null) {
            return new Found(cue, left, null, false);
        }
        if (afterConjunction(a, s, cue)) {
            TokenSpan subject = subjects.subject(a, s, cue.first()); // "The judge rubbed his chin, and then said"
            return subject == null ? null : new Found(cue, subject, null, false);
        }
        if (cue.has(CueFlag.INVERT) && cue.first() > s.first() && afterBreak(a, cue.first() - 1)) {
            TokenSpan right = sources.nounPhraseRight(a, s, cue.end());
            return right == null ? null : new Found(cue, right, null, true);
        }
        return null;
    }

    /** "Said Ellis: ...": the cue opens the sentence and a colon follows the name after it. */
    private boolean colonAfterName(ArticleText a, Sentence s, Cue cue) {
        TokenSpan name = sources.nounPhraseRight(a, s, cue.end());
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
        int before = sources.skipBetween(a, s, cue.first() - 1);
        if (before < s.first()) {
            return false;
        }
        String w = a.token(before).lower();
        return w.equals("and") || w.equals("but") || w.equals(",") && a.token(cue.first()).lower().endsWith("ing");
    }

    /** "..., adding", "... and defended": a participle after a comma, or a verb right after "and". */
    private boolean sharesSubject(ArticleText a, Sentence s, Found previous, Cue cue) {
        int before = sources.skipBetween(a, s, cue.first() - 1);
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

    /** Where the content of {@code current} stops: before the connector that leads to {@code next}. */
    private static int limit(ArticleText a, Sentence s, Found current, Found next) {
        int edge = next.cue().first();
        TokenSpan source = next.source();
        if (!next.inverted() && source != null && source.first() >= current.cue().end() && source.end() <= edge) {
            edge = source.first();
        }
        int before = edge - 1;
        if (before < s.first()) {
            return s.end();
        }
        String w = a.token(before).lower();
        boolean connector = w.equals(",") || w.equals("and") || w.equals("but") || w.equals(";")
                || w.equals("—") || w.equals("--");
        return connector ? before : s.end();
    }
}
