package org.parley.job;

import jakarta.batch.api.chunk.ItemProcessor;

import org.parley.article.ArticleParser;
import org.parley.store.ArticleStore;

/** Parses an entry into an article; a rejected entry is skipped by the step's skip policy. */
public class ArticleItemProcessor implements ItemProcessor {

    private final ArticleParser parser = new ArticleParser();

    @Override
    public Object processItem(Object item) throws Exception {
        NumberedEntry numbered = (NumberedEntry) item;
        return new ArticleStore.Numbered(numbered.seq(), parser.parse(numbered.entry()));
    }
}
