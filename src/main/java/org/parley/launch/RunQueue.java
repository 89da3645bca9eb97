package org.parley.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.batch.runtime.BatchStatus;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.parley.config.ExecutionLogs;
import org.parley.config.ParleyHome;
import org.parley.store.RunRequestStore;
import org.parley.store.RunRequestStore.Request;
import org.parley.store.RunRequestStore.State;

/**
 * The service's queue of runs: every request is recorded in Parley's tables, started in order as
 * soon as fewer than the configured number of runs are going, and watched until it ends. Because
 * the queue lives in the database, requests still waiting when the service stops start after it
 * comes back.
 */
public final class RunQueue implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RunQueue.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Jobs jobs;
    private final RunRequestStore store;
    private final int limit;
    private final Clock clock;
    private final ParleyHome home;
    private final Ended ended;
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "parley-run-queue");
        t.setDaemon(true);
        return t;
    });

    /** Told once when a run the queue started has ended. */
    public interface Ended {
        void ended(Request request, String status);
    }

    RunQueue(Jobs jobs, RunRequestStore store, int limit, Clock clock, ParleyHome home, Ended ended) {
        this.jobs = jobs;
        this.store = store;
        this.limit = limit;
        this.clock = clock;
        this.home = home;
        this.ended = ended;
    }

    /** Starts watching: ends are noticed and queued requests started within half a second. */
    void open() {
        watcher.scheduleWithFixedDelay(this::safeDispatch, 0, 500, TimeUnit.MILLISECONDS);
    }

    /** A request to run the job (or, with {@code restartOf}, to restart an execution). */
    record Order(String kind, String user, String source, JobParameters parameters, Long restartOf, String staged,
                 boolean recordInbox) {
    }

    /** Records the request and starts it at once if a slot is free; returns it as it stands. */
    synchronized Request submit(Order order) {
        Properties parameters = order.parameters() == null ? new Properties() : order.parameters().toProperties();
        Request request = store.add(order.kind(), order.user(), clock.millis(), order.source(), json(parameters),
                order.restartOf(), order.staged(), order.recordInbox());
        dispatch();
        return store.find(request.id()).orElseThrow();
    }

    /** Notices runs that ended, then starts queued requests while slots are free. */
    synchronized void dispatch() {
        int running = 0;
        for (Request r : store.inState(State.STARTED)) {
            BatchStatus status = statusOf(r.execution());
            if (Jobs.TERMINAL.contains(status)) {
                if (store.move(r.id(), State.STARTED, State.ENDED, status.name())) {
                    ended.ended(r, status.name());
                }
            } else {
                running++;
            }
        }
        for (Request q : store.inState(State.QUEUED)) {
            if (running >= limit) {
                return;
            }
            if (start(q)) {
                running++;
            }
        }
    }

    /** Whether any run is going or waiting. */
    synchronized boolean busy() {
        dispatch();
        return !store.inState(State.STARTED).isEmpty() || !store.inState(State.QUEUED).isEmpty();
    }

    /** The queued requests in the order they will start. */
    List<Request> queued() {
        return store.inState(State.QUEUED);
    }

    private boolean start(Request q) {
        try {
            long execution = q.restartOf() != null ? jobs.restart(q.restartOf(), properties(q.parameters()))
                    : jobs.start(JobParameters.fromProperties(properties(q.parameters())));
            store.started(q.id(), execution, clock.millis());
            note(execution, "started for " + q.requestedBy() + " (" + q.kind() + ": " + q.source()
                    + (q.restartOf() != null ? ", restart of execution " + q.restartOf() : "") + ")");
            LOG.info(() -> "request " + q.id() + " started as execution " + execution);
            return true;
        } catch (JobStateException | RuntimeException e) {
            LOG.log(Level.WARNING, "request " + q.id() + " (" + q.source() + ") could not start: " + e.getMessage(), e);
            store.move(q.id(), State.QUEUED, State.REFUSED, e.getMessage());
            return false;
        }
    }

    /** Adds a line to an execution's own log; the run goes on if the log cannot be written. */
    void note(long execution, String line) {
        try {
            ExecutionLogs.note(home, execution, line);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot write the log of execution " + execution, e);
        }
    }

    private BatchStatus statusOf(long execution) {
        try {
            return jobs.execution(execution).getBatchStatus();
        } catch (JobStateException e) {
            return BatchStatus.ABANDONED; // the job repository no longer knows it
        }
    }

    private void safeDispatch() {
        try {
            dispatch();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "the run queue failed to dispatch; it tries again in half a second", e);
        }
    }

    private static String json(Properties parameters) {
        try {
            return JSON.writeValueAsString(new java.util.TreeMap<>(parameters));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Properties properties(String json) {
        try {
            Properties p = new Properties();
            p.putAll(JSON.readValue(json, new TypeReference<java.util.Map<String, String>>() { }));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable parameters of a queued run: " + json, e);
        }
    }

    @Override
    public void close() {
        watcher.shutdownNow();
    }
}
