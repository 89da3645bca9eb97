package org.parley.job;

import jakarta.batch.api.chunk.ItemProcessor;

import org.parley.article.ArticleParser;
import org.parley.article.ArticleRejectedException;
import org.parley.store.ArticleStore;

/** Parses an entry into an article; a rejected entry is skipped by the step's skip policy. */
public class ArticleItemProcessor implements ItemProcessor {

    private final ArticleParser parser = new ArticleParser();

    @Override
    public Object processItem(Object item) throws Exception {
        NumberedEntry numbered = (NumberedEntry) item;
        try {
            return new ArticleStore.Numbered(numbered.seq(), parser.parse(numbered.entry()));
        } catch (RuntimeException | StackOverflowError e) {
            // a parser's failure on one article's content is that article's, not the run's
            throw new ArticleRejectedException(numbered.entry().doc(), "could not be parsed: " + e);
        }
    }
}
