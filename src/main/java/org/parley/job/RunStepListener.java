package org.parley.job;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.batch.api.chunk.listener.AbstractChunkListener;
import jakarta.batch.api.listener.StepListener;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;

import org.parley.config.ExecutionLogs;

/**
 * Keeps a step's live progress after every chunk (in memory and in Parley's tables), writes the
 * step's start and end into its execution's own log, and when a step fails, puts the error's
 * message into the step's and the job's exit status, where launchers and the service read it.
 */
public class RunStepListener extends AbstractChunkListener implements StepListener {

    private static final Logger LOG = Logger.getLogger(RunStepListener.class.getName());

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Override
    public void beforeStep() {
        ExecutionLogs.enter(job.getExecutionId());
        LOG.info(() -> "execution " + job.getExecutionId() + ": step " + step.getStepName() + " started");
        publish(false);
    }

    @Override
    public void afterChunk() {
        publish(false);
    }

    @Override
    public void afterStep() {
        try {
            publish(true);
            Exception failure = step.getException();
            if (failure != null) {
                // jbatch keeps exit statuses in VARCHAR(512) columns; a longer one would fail the step's end
            String message = clip(step.getStepName() + " failed: " + describe(failure), 480);
                step.setExitStatus(message);
                job.setExitStatus(message);
                LOG.log(Level.SEVERE, "execution " + job.getExecutionId() + ": " + message, failure);
            } else {
                LOG.info(() -> "execution " + job.getExecutionId() + ": step " + step.getStepName() + " ended: "
                        + metric(Metric.MetricType.READ_COUNT) + " read, " + metric(Metric.MetricType.WRITE_COUNT)
                        + " written, " + skipped() + " skipped");
            }
        } finally {
            ExecutionLogs.leave();
        }
    }

    private void publish(boolean done) {
        JobEnvironment.current().progress().update(job.getExecutionId(), step.getStepName(),
                metric(Metric.MetricType.READ_COUNT), metric(Metric.MetricType.WRITE_COUNT),
                skipped(), done);
    }

    private long skipped() {
        return metric(Metric.MetricType.PROCESS_SKIP_COUNT) + metric(Metric.MetricType.READ_SKIP_COUNT);
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
        return message;
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
