package org.parley.job;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The first failure of a partitioned step's partitions, kept for the step's end: jbatch fails the
 * step ("One or more partitions failed") without giving the step the partition's exception, so the
 * run's reason would otherwise be its status alone. Partitions run in this JVM (jbatch SE).
 */
final class PartitionFailures {

    private static final Map<String, Exception> FIRST = new ConcurrentHashMap<>();

    private PartitionFailures() {
    }

    /** Keeps a partition's failure unless one of the same step of the same execution is kept. */
    static void note(long execution, String step, Exception failure) {
        FIRST.putIfAbsent(execution + "/" + step, failure);
    }

    /** The failure kept for a step of an execution, forgotten once taken. */
    static Optional<Exception> take(long execution, String step) {
        return Optional.ofNullable(FIRST.remove(execution + "/" + step));
    }
}
