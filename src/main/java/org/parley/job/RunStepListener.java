package org.parley.job;

import jakarta.batch.api.chunk.listener.AbstractChunkListener;
import jakarta.batch.api.listener.StepListener;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;

/**
 * Keeps a step's live progress after every chunk, and when a step fails, puts the error's message
 * into the step's and the job's exit status, where launchers and the service read it.
 */
public class RunStepListener extends AbstractChunkListener implements StepListener {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Override
    public void beforeStep() {
        publish(false);
    }

    @Override
    public void afterChunk() {
        publish(false);
    }

    @Override
    public void afterStep() {
        publish(true);
        Exception failure = step.getException();
        if (failure != null) {
            String message = step.getStepName() + " failed: " + describe(failure);
            step.setExitStatus(message);
            job.setExitStatus(message);
        }
    }

    private void publish(boolean done) {
        JobEnvironment.current().progress().update(job.getExecutionId(), step.getStepName(),
                metric(Metric.MetricType.READ_COUNT), metric(Metric.MetricType.WRITE_COUNT),
                metric(Metric.MetricType.PROCESS_SKIP_COUNT) + metric(Metric.MetricType.READ_SKIP_COUNT), done);
    }

    private long metric(Metric.MetricType type) {
        for (Metric m : step.getMetrics()) {
            if (m.getType() == type) {
                return m.getValue();
            }
        }
        return 0;
    }

    private static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 500 ? message.substring(0, 500) : message;
    }
}
