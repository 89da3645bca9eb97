package org.parley.job;

import java.io.Serializable;
import java.util.List;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;

/**
 * Reads the run's original articles (copies of a story are read once, through the original) in
 * set order; its checkpoint is the index of the next one.
 */
public class StoredArticleItemReader extends AbstractItemReader {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    private List<String> docs;
    private int next;

    @Override
    public void open(Serializable checkpoint) {
        docs = JobEnvironment.current().articles().markCopies(job.getInstanceId());
        next = checkpoint == null ? 0 : (Integer) checkpoint;
        JobEnvironment.current().progress().expect(job.getExecutionId(), step.getStepName(), docs.size());
    }

    @Override
    public Object readItem() {
        if (next >= docs.size()) {
            return null;
        }
        return JobEnvironment.current().articles().load(job.getInstanceId(), docs.get(next++));
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
