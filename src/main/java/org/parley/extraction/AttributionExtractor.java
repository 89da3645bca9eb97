package org.parley.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parley.article.Article;
import org.parley.party.PartyRegistry;

/**
 * Finds the attributions in one article: quotes and reported statements with their cue, source
 * mention, speaker and party. Thread-safe; one instance serves a whole run.
 */
public final class AttributionExtractor {

    // A first cut: a double-quoted stretch followed by "NAME said". Replaced by the real extractor.
    private static final Pattern QUOTE_SAID = Pattern.compile(
            "([\"“][^\"”\\n]{10,}[\"”]),? ((?:[A-Z][a-z]+ ?){1,3}|he|she) (said|told reporters)");

    private final PartyRegistry parties;

    public AttributionExtractor(PartyRegistry parties) {
        this.parties = parties;
    }

    /** The attributions in the article, in text order. */
    public List<Attribution> extract(Article article) {
        List<Attribution> found = new ArrayList<>();
        Matcher m = QUOTE_SAID.matcher(article.text());
        m.region(article.bodyStart(), article.text().length());
        while (m.find()) {
            String speaker = m.group(2).strip();
            found.add(new Attribution(Kind.DIRECT, new Span(m.start(1), m.end(1)), new Span(m.start(3), m.end(3)),
                    new Span(m.start(2), m.start(2) + speaker.length()), speaker, null,
                    parties.match(speaker).map(p -> p.name()).orElse(null)));
        }
        return found;
    }
}
