package org.parley.job;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.parley.store.ProgressStore;

/**
 * Live progress of executions, step by step. jbatch saves step metrics only when a step ends;
 * this is what a progress bar or the service reads in between. The executions of this JVM are
 * kept in memory, and every change is written through to Parley's tables, so that the service
 * and later processes read the same counts.
 */
public final class RunProgress {

    private final Map<Long, Map<String, StepProgress>> byExecution = new ConcurrentHashMap<>();
    /** Each partitioned step's partitions, with each one's own counts. */
    private final Map<Long, Map<String, Partitions>> partitioned = new ConcurrentHashMap<>();
    /** The steps that count their own work (parts done, rounds rendered): their listener's counts must not reset it. */
    private final Map<Long, Set<String>> selfCounted = new ConcurrentHashMap<>();
    private final ProgressStore store;
    private final Clock clock;

    RunProgress(ProgressStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Records how many items a step will read. */
    void expect(long execution, String step, int total) {
        save(execution, steps(execution).merge(step, new StepProgress(step, total, 0, 0, 0, false),
                (old, fresh) -> new StepProgress(step, total, old.read(), old.written(), old.skipped(), false)));
    }

    /** Records how many items a partitioned step will read. */
    void expectPartitioned(long execution, String step, int total) {
        partitioned.computeIfAbsent(execution, e -> new ConcurrentHashMap<>()).put(step, new Partitions());
        expect(execution, step, total);
    }

    /**
     * Records that a step has done {@code done} of the {@code total} parts of its work (a batchlet's
     * parts, or the rounds a partitioned render has finished on any JVM), shown as its read count of
     * its total. The count never goes back: partitions report as they finish, not in order.
     */
    void advance(long execution, String step, int done, int total) {
        selfCounted.computeIfAbsent(execution, e -> ConcurrentHashMap.newKeySet()).add(step);
        save(execution, steps(execution).merge(step, new StepProgress(step, total, done, 0, 0, false),
                (old, fresh) -> new StepProgress(step, total, Math.max(old.read(), done), old.written(), old.skipped(),
                        old.done())));
    }

    /**
     * Records a step's counts after a chunk or at its end, and returns them. A partitioned step's
     * counts are its partitions' sums (jbatch counts its items there, not in the step): its own
     * report only ends it.
     */
    StepProgress update(long execution, String step, long read, long written, long skipped, boolean done) {
        StepProgress counted = selfCounted.getOrDefault(execution, Set.of()).contains(step)
                ? steps(execution).get(step) : null;
        if (counted != null) {
            // the partitions of a step counted on other JVMs (a server's) saved their counts to the table only
            long parts = done ? Math.max(counted.read(), stored(execution, step)) : counted.read();
            return total(execution, step, parts, counted.written(), counted.skipped(), done);
        }
        Partitions parts = partitioned.getOrDefault(execution, Map.of()).get(step);
        if (parts == null) {
            return total(execution, step, read, written, skipped, done);
        }
        synchronized (parts) {
            long[] sums = parts.sums();
            return total(execution, step, sums[0], sums[1], sums[2], done);
        }
    }

    /** Records one partition's counts after a chunk: the step's are the sums over its partitions. */
    void update(long execution, String step, int partition, long read, long written, long skipped) {
        if (selfCounted.getOrDefault(execution, Set.of()).contains(step)) {
            return; // the step counts its work itself (advance)
        }
        Partitions parts = partitioned.computeIfAbsent(execution, e -> new ConcurrentHashMap<>())
                .computeIfAbsent(step, s -> new Partitions());
        synchronized (parts) { // one partition's sums saved at a time, so an older one never follows a newer
            parts.counts.put(partition, new long[] {read, written, skipped});
            long[] sums = parts.sums();
            total(execution, step, sums[0], sums[1], sums[2], false);
        }
    }

    private StepProgress total(long execution, String step, long read, long written, long skipped, boolean done) {
        StepProgress p = steps(execution).merge(step, new StepProgress(step, -1, read, written, skipped, done),
                (old, fresh) -> new StepProgress(step, old.total(), read, written, skipped, done));
        save(execution, p);
        return p;
    }

    /** The steps of an execution that have started: from memory for this JVM's runs, else from the tables. */
    public List<StepProgress> of(long execution) {
        Map<String, StepProgress> live = byExecution.get(execution);
        if (live != null) {
            return List.copyOf(live.values());
        }
        return store.of(execution).stream()
                .map(r -> new StepProgress(r.step(), r.total(), r.read(), r.written(), r.skipped(), r.done())).toList();
    }

    /**
     * When an execution's progress was last saved, by any JVM (a server's partitions save theirs to
     * the tables only), or null when it has saved none.
     */
    public java.time.Instant lastSaved(long execution) {
        java.util.OptionalLong last = store.of(execution).stream().mapToLong(ProgressStore.Row::updated).max();
        return last.isPresent() ? java.time.Instant.ofEpochMilli(last.getAsLong()) : null;
    }

    private long stored(long execution, String step) {
        return store.of(execution).stream().filter(r -> r.step().equals(step)).mapToLong(ProgressStore.Row::read)
                .max().orElse(0);
    }

    private void save(long execution, StepProgress p) {
        store.save(new ProgressStore.Row(execution, p.step(), p.total(), p.read(), p.written(), p.skipped(), p.done(),
                clock.millis()));
    }

    private static final class Partitions {
        final Map<Integer, long[]> counts = new java.util.HashMap<>();

        long[] sums() {
            long[] sums = new long[3];
            for (long[] c : counts.values()) {
                for (int i = 0; i < 3; i++) {
                    sums[i] += c[i];
                }
            }
            return sums;
        }
    }

    private Map<String, StepProgress> steps(long execution) {
        return byExecution.computeIfAbsent(execution, e -> new ConcurrentHashMap<>());
    }
}
