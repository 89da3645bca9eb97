package org.parley.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.parley.article.Article;
import org.parley.article.Furniture;
import org.parley.article.PageFurniture;
import org.parley.party.OfficeHolders;
import org.parley.party.Outlets;
import org.parley.party.Party;
import org.parley.party.PartyResolver;
import org.parley.party.UnqualifiedTitles;

/**
 * Finds the attributions in one article: quotes and reported statements with their cue, source
 * mention, speaker and party. Thread-safe; one instance serves a whole run.
 */
public final class AttributionExtractor {

    /** The most attributions one article may give; past it the article is refused ({@link ExtractionLimitException}). */
    public static final int MOST_STATEMENTS = 2000;

    private final Lexicons lexicons;
    private final SentenceAttributor attributor;
    private final PartyResolver parties;
    private volatile Knowledge knowledge;

    public AttributionExtractor(PartyResolver parties) {
        this.lexicons = Lexicons.bundled();
        this.attributor = new SentenceAttributor(lexicons);
        this.parties = parties;
    }

    /** An extractor that drafts and finishes with a resolver given later; {@link #extract} needs one now. */
    public AttributionExtractor() {
        this(null);
    }

    /** The attributions in the article, in text order. */
    public List<Attribution> extract(Article article) {
        if (parties == null) {
            throw new IllegalStateException("this extractor has no party resolver: use draft and finish");
        }
        return finish(draft(article), parties);
    }

    /**
     * The statements a briefing draws on: {@link #extract}'s, without the writer's own judgements
     * and evidence ("talks appear to have stalled", "the figures show"), which are nobody's statement.
     */
    public List<Attribution> statements(Article article) {
        if (parties == null) {
            throw new IllegalStateException("this extractor has no party resolver: use draft and finish");
        }
        Draft draft = draft(article);
        List<Attribution> all = finish(draft, parties);
        List<Attribution> kept = new ArrayList<>(all.size());
        for (int k = 0; k < all.size(); k++) {
            if (!draft.found.get(k).cue().has(CueFlag.WRITER)) {
                kept.add(all.get(k));
            }
        }
        return kept;
    }

    /**
     * The first half of {@link #extract}, which needs no party registry: the statements found,
     * their speakers not yet resolved. A run can draft while its registry still loads. Sentences
     * before the title and in page furniture (cookie notices, bylines, related headlines) yield none.
     *
     * @throws ExtractionLimitException when the article gives more than {@link #MOST_STATEMENTS}
     */
    public Draft draft(Article article) {
        ArticleText a = ArticleText.of(article.text(), lexicons);
        int titleStart = Math.max(0, article.text().indexOf(article.title()));
        List<Furniture> all = PageFurniture.of(article);
        List<Furniture> furniture = all.stream().filter(Furniture::dropped).toList();
        List<Furniture> captions = all.stream().filter(f -> !f.dropped()).toList();
        List<List<Found>> perSentence = new ArrayList<>();
        int count = 0;
        for (int k = 0; k < a.sentences().size(); k++) {
            Sentence s = a.sentences().get(k);
            int end = a.token(s.end() - 1).end();
            boolean skipped = end <= titleStart || PageFurniture.covers(furniture, a.token(s.first()).start(), end);
            perSentence.add(skipped ? new ArrayList<>() : new ArrayList<>(attributor.attribute(a, k)));
            count += perSentence.get(k).size();
            if (count > MOST_STATEMENTS) {
                throw new ExtractionLimitException("more than " + MOST_STATEMENTS + " attributions by sentence "
                        + (k + 1) + " of " + a.sentences().size() + ": no news article holds so many, so this "
                        + "one is not read");
            }
        }
        QuoteContinuations.join(a, perSentence);
        List<Found> found = new ArrayList<>();
        for (List<Found> sentence : perSentence) {
            found.addAll(sentence);
        }
        return new Draft(article, a, found, captions);
    }

    /** The second half of {@link #extract}: the drafted statements with speakers and parties, in text order. */
    public List<Attribution> finish(Draft draft, PartyResolver resolver) {
        ArticleText a = draft.text;
        Knowledge known = knowledgeOf(resolver);
        List<Speaker> resolved = new SpeakerResolver(lexicons, resolver, known.roleParties(), known.holders(),
                known.titles(), known.outlets())
                .resolve(draft.article, a, draft.found, draft.captions);
        List<Attribution> attributions = new ArrayList<>(draft.found.size());
        for (int k = 0; k < draft.found.size(); k++) {
            attributions.add(toAttribution(a, draft.found.get(k), resolved.get(k)));
        }
        return attributions;
    }

    /**
     * What is known beside the registry for a resolver: what it says of each role, remembered for
     * the run, and the office holders and unqualified titles read against its registry (a new
     * resolver starts afresh).
     */
    /** Reads what {@link #finish} needs beside the registry for this resolver now, and returns the resolver. */
    public PartyResolver prepare(PartyResolver resolver) {
        knowledgeOf(resolver);
        return resolver;
    }

    private Knowledge knowledgeOf(PartyResolver resolver) {
        Knowledge known = knowledge;
        return known != null && known.resolver() == resolver ? known : load(resolver);
    }

    /** Reads the directories once for a resolver, however many threads ask at the same time. */
    private synchronized Knowledge load(PartyResolver resolver) {
        Knowledge known = knowledge;
        if (known == null || known.resolver() != resolver) {
            OfficeHolders holders = OfficeHolders.bundled(resolver.registry());
            Outlets outlets = Outlets.bundled(resolver.registry());
            known = new Knowledge(resolver, new ConcurrentHashMap<>(), holders,
                    new UnqualifiedTitles(resolver.registry(), holders, outlets), outlets);
            knowledge = known;
        }
        return known;
    }

    /** The parties of the roles a resolver has been asked about, and the directories read against its registry. */
    private record Knowledge(PartyResolver resolver, Map<String, Optional<Party>> roleParties, OfficeHolders holders,
                             UnqualifiedTitles titles, Outlets outlets) {
    }

    /** The statements of one article before their speakers are resolved. */
    public static final class Draft {
        private final Article article;
        private final ArticleText text;
        private final List<Found> found;
        private final List<Furniture> captions;

        private Draft(Article article, ArticleText text, List<Found> found, List<Furniture> captions) {
            this.article = article;
            this.text = text;
            this.found = found;
            this.captions = captions;
        }

        /** The article drafted. */
        public Article article() {
            return article;
        }
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
