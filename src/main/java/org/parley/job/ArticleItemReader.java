package org.parley.job;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;

import org.parley.article.ArticleEntry;
import org.parley.article.ArticleSet;

/**
 * Reads the entries of the article set in a stable order: all of them, or in a partition those from
 * {@code from} up to {@code to}, less those a killed or failed execution already stored; its
 * checkpoint is the index of the next entry, so a restarted run resumes where it left off.
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

    /** In a partition, the first entry's index and the index after its last. */
    @Inject
    @BatchProperty(name = "from")
    String from;

    @Inject
    @BatchProperty(name = "to")
    String to;

    private int end;
    private Set<Integer> stored = Set.of();

    @Override
    public void open(Serializable checkpoint) throws Exception {
        entries = ArticleSet.list(set(articles));
        boolean partition = ArticlePartitionMapper.given(from);
        int start = partition ? Integer.parseInt(from) : 0;
        end = partition ? Math.min(Integer.parseInt(to), entries.size()) : entries.size();
        next = checkpoint == null ? start : (Integer) checkpoint;
        if (partition) {
            // a restarted partition starts afresh (see ArticlePartitionMapper): what it stored before stays
            stored = JobEnvironment.current().articles().storedSeqs(job.getInstanceId());
        } else {
            JobEnvironment.current().progress().expect(job.getExecutionId(), step.getStepName(), entries.size());
        }
    }

    /** The article set the job parameter names. */
    static Path set(String articles) {
        if (articles == null || articles.isBlank()) {
            throw new IllegalArgumentException("job parameter 'articles' is required: a folder or .zip of articles");
        }
        return Path.of(articles);
    }

    @Override
    public Object readItem() {
        while (next < end && stored.contains(next)) {
            next++;
        }
        if (next >= end) {
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
