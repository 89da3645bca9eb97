package org.parley.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the attributions of one sentence: each cue with its source ({@link CueSources}) and its
 * content, which stops where the next statement of the sentence begins; a sentence without a cue
 * word may still be marked by its punctuation (a name and a colon, a quotation and a dash).
 */
final class SentenceAttributor {

    private final CueFinder cues;
    private final CueSources sources;
    private final ContentFinder contents = new ContentFinder();
    private final PunctuationCues punctuation;
    private final LeadIns leadIns;

    SentenceAttributor(Lexicons lexicons) {
        SourceFinder phrases = new SourceFinder(lexicons);
        SubjectFinder subjects = new SubjectFinder(lexicons);
        this.cues = new CueFinder(lexicons);
        this.sources = new CueSources(phrases, subjects);
        this.punctuation = new PunctuationCues(lexicons, phrases);
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
            Found f = sources.of(a, s, cue, last);
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
        return NestedStatements.withoutNested(a, found);
    }

    /** What {@code f} says, up to token {@code limit}; {@code before} is the statement before it in the sentence. */
    private TokenSpan content(ArticleText a, Sentence s, Found f, Found before, int limit, Sentence previous,
                              Sentence next) {
        if (f.content() != null && f.cue().has(CueFlag.RAISING)) { // "Trump is expected to win": from the subject on
            TokenSpan rest = ContentFinder.trimEnd(a, new TokenSpan(f.content().first(), limit));
            return rest.end() > f.cue().end() ? rest : null;
        }
        if (f.content() != null) {
            return f.content();
        }
        TokenSpan content = before == null ? TrailingFrames.quoteBefore(a, s, f, previous) : null;
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

    /** Where the content of {@code current} stops: before the connector that leads to {@code next}. */
    private int limit(ArticleText a, Sentence s, Found current, Found next) {
        int edge = next.cue().first();
        TokenSpan source = next.source();
        if (!next.inverted() && source != null && source.first() >= current.cue().end() && source.end() <= edge) {
            edge = source.first();
        }
        int before = sources.skipBetween(a, s, edge - 1); // "... but did not suggest"
        if (before < s.first() || before < current.cue().end()) {
            return s.end();
        }
        String w = a.token(before).lower();
        boolean connector = w.equals(",") || w.equals("and") || w.equals("but") || w.equals(";")
                || w.equals("—") || w.equals("--");
        return connector ? before : s.end();
    }
}
