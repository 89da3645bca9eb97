package org.parley.job;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;

/**
 * Reads the run's original articles (copies of a story are read once, through the original) in
 * set order: all of them, or in a partition the articles from {@code from} up to {@code to}, less
 * those a killed or failed execution already extracted; its checkpoint is the index of the next one.
 */
public class StoredArticleItemReader extends AbstractItemReader {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    @BatchProperty(name = "from")
    String from;

    @Inject
    @BatchProperty(name = "to")
    String to;

    private List<String> docs;
    private int next;
    private int end;
    private Set<String> extracted = Set.of();

    @Override
    public void open(Serializable checkpoint) {
        JobEnvironment env = JobEnvironment.current();
        boolean partition = ArticlePartitionMapper.given(from);
        docs = partition ? env.articles().extractable(job.getInstanceId()) : env.articles().markCopies(job.getInstanceId());
        int start = partition ? Integer.parseInt(from) : 0;
        end = partition ? Math.min(Integer.parseInt(to), docs.size()) : docs.size();
        next = checkpoint == null ? start : (Integer) checkpoint;
        if (partition) {
            // a restarted partition starts afresh (see ArticlePartitionMapper): what it stored before stays
            extracted = env.statements().extracted(job.getInstanceId());
        } else {
            env.progress().expect(job.getExecutionId(), step.getStepName(), docs.size());
        }
    }

    @Override
    public Object readItem() {
        while (next < end && extracted.contains(docs.get(next))) {
            next++;
        }
        if (next >= end) {
            return null;
        }
        return JobEnvironment.current().articles().load(job.getInstanceId(), docs.get(next++));
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
