package org.parley.job;

import java.util.ArrayList;
import java.util.List;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;

import org.parley.store.ArticleStore;

/** Stores a chunk of articles; rewriting the same articles after a restart replaces them. */
public class ArticleItemWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Override
    public void writeItems(List<Object> items) {
        List<ArticleStore.Numbered> articles = new ArrayList<>(items.size());
        for (Object item : items) {
            articles.add((ArticleStore.Numbered) item);
        }
        JobEnvironment.current().articles().save(job.getInstanceId(), articles);
    }
}
