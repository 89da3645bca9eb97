package org.parley.job;

import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.listener.AbstractChunkListener;
import jakarta.batch.api.chunk.listener.ItemReadListener;
import jakarta.batch.api.chunk.listener.ItemWriteListener;
import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.api.listener.StepListener;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;

import org.parley.config.DiskSpace;
import org.parley.config.ExecutionLogs;

/**
 * Keeps a step's live progress after every chunk (in memory and in Parley's tables), writes the
 * step's start and end into its execution's own log, and when a step fails, puts the error's
 * message into the step's and the job's exit status, where launchers and the service read it.
 */
public class RunStepListener extends AbstractChunkListener
        implements StepListener, ItemReadListener, ItemWriteListener, SkipProcessListener {

    private static final Logger LOG = Logger.getLogger(RunStepListener.class.getName());

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    /**
     * In a partition of a partitioned step, its number. Outside one it is empty, or (jbatch leaves
     * {@code #{partitionPlan[...]}} unresolved where there is no plan) the expression itself.
     */
    @Inject
    @BatchProperty(name = "partition")
    String partition;

    /** A partition's own counts: jbatch SE's are not up to date when its chunk listener is called. */
    private long read;
    private long written;
    private long skipped;

    @Override
    public void beforeStep() {
        ExecutionLogs.enter(job.getExecutionId());
        LOG.info(() -> "execution " + job.getExecutionId() + ": step " + step.getStepName() + where() + " started");
        publish(false);
    }

    /** A partition's thread works for the execution chunk by chunk (its step listener is not called). */
    @Override
    public void beforeChunk() {
        if (inPartition()) {
            ExecutionLogs.enter(job.getExecutionId());
        }
    }

    @Override
    public void afterChunk() {
        publish(false);
        if (inPartition()) {
            ExecutionLogs.leave();
        }
    }

    @Override
    public void onError(Exception ex) {
        if (inPartition()) {
            PartitionFailures.note(job.getExecutionId(), step.getStepName(), ex);
            ExecutionLogs.leave();
        }
    }

    @Override
    public void afterStep() {
        try {
            StepProgress published = publish(true);
            StepProgress counts = published != null ? published : new StepProgress(step.getStepName(), -1,
                    metric(Metric.MetricType.READ_COUNT), metric(Metric.MetricType.WRITE_COUNT), skipped(), true);
            Exception failure = step.getException() != null ? step.getException()
                    : PartitionFailures.take(job.getExecutionId(), step.getStepName()).orElse(null);
            if (failure != null) {
                // jbatch keeps exit statuses in VARCHAR(512) columns; a longer one would fail the step's end
                String message = clip(step.getStepName() + " failed: " + DiskSpace.explain(failure, writtenTo())
                        .orElse(describe(failure)), 480);
                step.setExitStatus(message);
                job.setExitStatus(message);
                LOG.log(Level.SEVERE, "execution " + job.getExecutionId() + ": " + message, failure);
            } else {
                LOG.info(() -> "execution " + job.getExecutionId() + ": step " + step.getStepName() + where() + " ended: "
                        + counts.read() + " read, " + counts.written() + " written, " + counts.skipped() + " skipped");
            }
        } finally {
            ExecutionLogs.leave();
        }
    }

    /**
     * Publishes the counts so far; in a partition, the partition's own (jbatch SE calls a partition's
     * chunk listener, but a step listener only for the whole step). Returns the step's counts, or
     * null in a partition.
     */
    private StepProgress publish(boolean done) {
        RunProgress progress = JobEnvironment.current().progress();
        if (inPartition()) {
            progress.update(job.getExecutionId(), step.getStepName(), Integer.parseInt(partition), read, written,
                    skipped);
            return null;
        }
        return progress.update(job.getExecutionId(), step.getStepName(), metric(Metric.MetricType.READ_COUNT),
                metric(Metric.MetricType.WRITE_COUNT), skipped(), done);
    }

    @Override
    public void beforeRead() {
    }

    @Override
    public void afterRead(Object item) {
        if (item != null) {
            read++;
        }
    }

    @Override
    public void onReadError(Exception ex) {
    }

    @Override
    public void beforeWrite(List<Object> items) {
    }

    @Override
    public void afterWrite(List<Object> items) {
        written += items.size();
    }

    @Override
    public void onWriteError(List<Object> items, Exception ex) {
    }

    @Override
    public void onSkipProcessItem(Object item, Exception ex) {
        skipped++;
    }

    private boolean inPartition() {
        return ArticlePartitionMapper.given(partition);
    }

    private String where() {
        return inPartition() ? " partition " + partition : "";
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

    /** Where a run writes: the home (and its database) and the output folder. */
    private Path[] writtenTo() {
        Path home = JobEnvironment.current().home().root();
        String output = job.getProperties().getProperty("output");
        return new Path[] {home, output == null || output.isBlank() ? null : Path.of(output)};
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
