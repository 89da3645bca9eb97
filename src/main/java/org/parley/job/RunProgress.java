package org.parley.job;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Live progress of the executions running in this JVM, step by step. jbatch saves step metrics
 * only when a step ends; this is what a progress bar reads in between.
 */
public final class RunProgress {

    private final Map<Long, Map<String, StepProgress>> byExecution = new ConcurrentHashMap<>();

    /** Records how many items a step will read. */
    void expect(long execution, String step, int total) {
        steps(execution).merge(step, new StepProgress(step, total, 0, 0, 0, false),
                (old, fresh) -> new StepProgress(step, total, old.read(), old.written(), old.skipped(), false));
    }

    /** Records a step's counts after a chunk or at its end. */
    void update(long execution, String step, long read, long written, long skipped, boolean done) {
        steps(execution).merge(step, new StepProgress(step, -1, read, written, skipped, done),
                (old, fresh) -> new StepProgress(step, old.total(), read, written, skipped, done));
    }

    /** The steps of an execution that have started, in no particular order. */
    public List<StepProgress> of(long execution) {
        return List.copyOf(steps(execution).values());
    }

    private Map<String, StepProgress> steps(long execution) {
        return byExecution.computeIfAbsent(execution, e -> new ConcurrentHashMap<>());
    }
}
