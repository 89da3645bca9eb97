package org.parley.extraction;

import java.util.ArrayList;
import java.util.List;

import org.parley.article.Article;
import org.parley.party.PartyResolver;

/**
 * Finds the attributions in one article: quotes and reported statements with their cue, source
 * mention, speaker and party. Thread-safe; one instance serves a whole run.
 */
public final class AttributionExtractor {

    private final Lexicons lexicons;
    private final SentenceAttributor attributor;
    private final PartyResolver parties;

    public AttributionExtractor(PartyResolver parties) {
        this.parties = parties;
        this.lexicons = Lexicons.bundled();
        this.attributor = new SentenceAttributor(lexicons);
    }

    /** The attributions in the article, in text order. */
    public List<Attribution> extract(Article article) {
        ArticleText a = ArticleText.of(article.text(), lexicons);
        int titleStart = Math.max(0, article.text().indexOf(article.title()));
        List<List<Found>> perSentence = new ArrayList<>();
        Sentence previous = null;
        for (Sentence s : a.sentences()) {
            boolean beforeTitle = a.token(s.end() - 1).end() <= titleStart;
            perSentence.add(beforeTitle ? new ArrayList<>() : new ArrayList<>(attributor.attribute(a, s, previous)));
            previous = s;
        }
        QuoteContinuations.join(a, perSentence);
        List<Attribution> attributions = new ArrayList<>();
        for (List<Found> found : perSentence) {
            for (Found f : found) {
                attributions.add(toAttribution(a, f));
            }
        }
        return attributions;
    }

    private Attribution toAttribution(ArticleText a, Found f) {
        Span content = a.span(f.content());
        Span cue = a.span(new TokenSpan(f.cue().first(), f.cue().end()));
        Span source = a.span(f.source());
        return new Attribution(KindClassifier.of(a, content, cue), content, cue, source, source.of(a.text()), null, null);
    }
}
