package org.parley.launch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Notices a running execution that no longer moves: STARTED, and no sign of progress (its record
 * updated, a step started or ended, a chunk's progress saved) for longer than the service's
 * {@code runs.stalledAfter}. On Liberty that is a job whose partition was lost with a killed server:
 * it stays STARTED until its host server comes back, so the advice says how to recover. The first
 * time a stall is noticed, it is logged as a warning; a run that moves again and stalls again is
 * logged again.
 */
final class StalledRuns implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(StalledRuns.class.getName());

    private final Duration after;
    private final Clock clock;
    private final boolean onServer;
    private final Set<Long> warned = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService watcher;

    /**
     * @param after    how long a STARTED execution may show no progress; null: never stalled
     * @param onServer whether the runs go on an Open Liberty server, whose recovery the advice then gives
     */
    StalledRuns(Duration after, Clock clock, boolean onServer) {
        this.after = after;
        this.clock = clock;
        this.onServer = onServer;
    }

    /** Never reports a stall: for a listing of the records as they are ({@code parley jobs}), not a watch. */
    static StalledRuns off() {
        return new StalledRuns(null, Clock.systemUTC(), false);
    }

    /**
     * What to do about an execution that stalled, or null when it has not: it is not STARTED, or it
     * moved within the threshold. The first time a stall is noticed it is logged.
     *
     * @param lastProgress the last time it was seen to move, or null when not known
     */
    String advice(long execution, long instance, String status, Instant lastProgress) {
        if (after == null || !"STARTED".equals(status) || lastProgress == null
                || !clock.instant().isAfter(lastProgress.plus(after))) {
            warned.remove(execution);
            return null;
        }
        String advice = words(execution, instance, lastProgress);
        if (warned.add(execution)) {
            LOG.warning(advice);
        }
        return advice;
    }

    private String words(long execution, long instance, Instant lastProgress) {
        String since = "Execution " + execution + " is STARTED but has shown no progress since "
                + lastProgress.truncatedTo(ChronoUnit.SECONDS) + " (longer than " + shown(after) + "): ";
        if (onServer) {
            return since + "a partition was most likely lost with a Liberty server that died, and the job waits for it. "
                    + "Restart the Liberty server that runs the job (the host of the job queue; it marks the job FAILED "
                    + "as it starts), then restart the run (Restart on its page, POST /api/executions/" + execution
                    + "/restart, or ?action=restart on the server's job instance " + instance
                    + "): only the partitions not done run again.";
        }
        return since + "it may be stuck. If it still does not move, stop it, or restart the service (it stops its runs "
                + "as it ends, and at its start marks a run left STARTED FAILED), then restart the run (Restart on its "
                + "page, or POST /api/executions/" + execution + "/restart).";
    }

    private static String shown(Duration d) {
        return d.toMinutes() % 60 == 0 ? d.toHours() + " h" : d.toMinutes() + " min";
    }

    /**
     * Every {@code every}, runs {@code look}, which views the running executions (noticing their
     * stalls while nobody looks at them); a zero period looks only when asked (tests).
     */
    synchronized void watch(Duration every, Runnable look) {
        if (every.isZero() || watcher != null) {
            return;
        }
        watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "parley-stalled-runs");
            t.setDaemon(true);
            return t;
        });
        watcher.scheduleWithFixedDelay(() -> {
            try {
                look.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not look for stalled runs; trying again in " + every.toSeconds() + " s", e);
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        if (watcher != null) {
            watcher.shutdownNow();
        }
    }
}
