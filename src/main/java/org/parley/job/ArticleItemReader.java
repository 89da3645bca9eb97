package org.parley.job;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;

import org.parley.article.ArticleEntry;
import org.parley.article.ArticleSet;

/**
 * Reads the entries of the article set in a stable order; its checkpoint is the index of the next
 * entry, so a restarted run resumes where the last checkpoint left it.
 */
public class ArticleItemReader extends AbstractItemReader {

    @Inject
    @BatchProperty(name = "articles")
    String articles;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    private List<ArticleEntry> entries;
    private int next;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        if (articles == null || articles.isBlank()) {
            throw new IllegalArgumentException("job parameter 'articles' is required: a folder or .zip of articles");
        }
        entries = ArticleSet.list(Path.of(articles));
        next = checkpoint == null ? 0 : (Integer) checkpoint;
        JobEnvironment.current().progress().expect(job.getExecutionId(), step.getStepName(), entries.size());
    }

    @Override
    public Object readItem() {
        if (next >= entries.size()) {
            return null;
        }
        NumberedEntry item = new NumberedEntry(next, entries.get(next));
        next++;
        return item;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
