package org.parley.job;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.inject.Inject;

import org.parley.article.Article;
import org.parley.article.ArticleRejectedException;
import org.parley.extraction.ArticleAttributions;
import org.parley.extraction.AttributionExtractor;
import org.parley.extraction.ExtractionLimitException;
import org.parley.party.PartyResolver;

/**
 * Extracts an article's statements. An article the extractor cannot handle is skipped with the
 * reason, so one odd text never stops a nightly run.
 */
public class StatementItemProcessor implements ItemProcessor {

    @Inject
    @BatchProperty(name = "parties")
    String parties;

    private AttributionExtractor extractor;

    @Override
    public Object processItem(Object item) throws Exception {
        Article article = (Article) item;
        if (extractor == null) {
            extractor = new AttributionExtractor(new PartyResolver(RunParties.load(parties)));
        }
        try {
            return new ArticleAttributions(article, extractor.statements(article));
        } catch (RuntimeException | StackOverflowError e) {
            throw new ArticleRejectedException(article.doc(), ExtractionLimitException.reason(e));
        }
    }
}
