package org.parley.job;

import java.util.ArrayList;
import java.util.List;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;

import org.parley.extraction.ArticleAttributions;

/** Stores each article's statements, replacing any left by an interrupted execution. */
public class StatementItemWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Override
    public void writeItems(List<Object> items) {
        List<ArticleAttributions> articles = new ArrayList<>(items.size());
        for (Object item : items) {
            articles.add((ArticleAttributions) item);
        }
        JobEnvironment.current().statements().replace(job.getInstanceId(), articles);
    }
}
