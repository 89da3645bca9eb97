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
    private final SpeakerResolver speakers;

    public AttributionExtractor(PartyResolver parties) {
        this.lexicons = Lexicons.bundled();
        this.attributor = new SentenceAttributor(lexicons);
        this.speakers = new SpeakerResolver(lexicons, parties);
    }

    /** The attributions in the article, in text order. */
    public List<Attribution> extract(Article article) {
        ArticleText a = ArticleText.of(article.text(), lexicons);
        int titleStart = Math.max(0, article.text().indexOf(article.title()));
        List<List<Found>> perSentence = new ArrayList<>();
        for (int k = 0; k < a.sentences().size(); k++) {
            boolean beforeTitle = a.token(a.sentences().get(k).end() - 1).end() <= titleStart;
            perSentence.add(beforeTitle ? new ArrayList<>() : new ArrayList<>(attributor.attribute(a, k)));
        }
        QuoteContinuations.join(a, perSentence);
        List<Found> found = perSentence.stream().flatMap(List::stream).toList();
        List<Speaker> resolved = speakers.resolve(article, a, found);
        List<Attribution> attributions = new ArrayList<>(found.size());
        for (int k = 0; k < found.size(); k++) {
            attributions.add(toAttribution(a, found.get(k), resolved.get(k)));
        }
        return attributions;
    }

    private static Attribution toAttribution(ArticleText a, Found f, Speaker speaker) {
        Span cue = a.span(new TokenSpan(f.cue().first(), f.cue().end()));
        Span source = f.source() == null ? null : a.span(f.source());
        Span content = a.span(f.content());
        Kind kind = KindClassifier.of(a, content, cue);
        if (kind == Kind.DIRECT) {
            content = SplitQuotes.choose(a, content, cue, source);
        }
        return new Attribution(kind, content, cue, source, speaker.name(),
                speaker.role(), speaker.party());
    }
}
