package org.parley.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.batch.runtime.JobExecution;

import org.parley.config.DiskFullException;
import org.parley.config.DiskSpace;
import org.parley.config.ExecutionLogs;
import org.parley.config.ParleyHome;
import org.parley.store.RunRequestStore;
import org.parley.store.RunRequestStore.Request;
import org.parley.web.ConflictException;
import org.parley.web.ExecutionView;
import org.parley.web.QueuedView;
import org.parley.web.RunControl;

/**
 * The service's side of running the job: requests go through the {@link RunQueue}, runs on the
 * inbox read a staged copy, and executions are shown with live counts from Parley's tables.
 */
final class RunService implements RunControl {

    private static final Logger LOG = Logger.getLogger(RunService.class.getName());

    private final ParleyHome home;
    private final Jobs jobs;
    private final RunQueue queue;
    private final InboxSets inbox;
    private final ExecutionViews views;
    private final RunRequestStore requests;
    private final Clock clock;
    private final RunPurge purge;

    RunService(ParleyHome home, Jobs jobs, RunQueue queue, InboxSets inbox, ExecutionViews views,
               RunRequestStore requests, Clock clock, RunPurge purge) {
        this.purge = purge;
        this.home = home;
        this.jobs = jobs;
        this.queue = queue;
        this.inbox = inbox;
        this.views = views;
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    public Ticket startUploaded(Path articles, String source, RunOptions options, String user) {
        refuseWithoutRoom(articles);
        refuseBrokenFiles(articles, articles);
        return ticket(queue.submit(RunOrders.forSet("manual", user, source, articles, options, articles, false)));
    }

    @Override
    public Ticket startInbox(String relativePath, RunOptions options, String user) throws IOException {
        Path set = inbox.resolve(relativePath)
                .orElseThrow(() -> new NoSuchElementException("there is no article set '" + relativePath + "' in the inbox"));
        DiskSpace.requireRoomForRun(home.root(), home.briefings());
        Path staged = inbox.stage(set, stagingName("inbox"));
        Path folder = Files.isDirectory(staged) ? staged : staged.getParent();
        refuseBrokenFiles(staged, folder);
        return ticket(queue.submit(RunOrders.forSet("manual", user, "inbox: " + relativePath, staged, options, folder, false)));
    }

    /** Refuses a run when the home's disk is too full for it, removing what was staged for it. */
    private void refuseWithoutRoom(Path staged) {
        refuse(staged, () -> DiskSpace.requireRoomForRun(home.root(), home.briefings()));
    }

    /** Refuses a set whose rounds or parties file is broken, removing what was staged for it. */
    private static void refuseBrokenFiles(Path set, Path staged) {
        refuse(staged, () -> SetFiles.check(set));
    }

    /** Runs a check; when it refuses, removes what was staged and passes the refusal on. */
    private static void refuse(Path staged, Runnable check) {
        try {
            check.run();
        } catch (IllegalArgumentException | DiskFullException e) {
            try {
                org.parley.config.Folders.deleteRecursively(staged);
            } catch (IOException ignored) {
                // the refusal is what the caller must hear; the staging folder is only left over
            }
            throw e;
        }
    }

    /** Queues a prepared order (the nightly schedule's). */
    Ticket submit(RunQueue.Order order) {
        if (order.staged() != null) {
            refuseWithoutRoom(Path.of(order.staged()));
        }
        return ticket(queue.submit(order));
    }

    @Override
    public Ticket restart(long execution, java.util.Map<String, String> changes, String user) throws ConflictException {
        find(execution);
        try {
            jobs.checkRestartable(execution);
        } catch (JobStateException e) {
            throw new ConflictException(e.getMessage());
        }
        JobParameters parameters = changes.isEmpty() ? null
                : JobParameters.fromProperties(RestartParameters.merge(jobs.parameters(execution), inInbox(changes)));
        DiskSpace.requireRoomForRun(home.root(), home.briefings());
        for (Request q : queue.queued()) {
            if (q.restartOf() != null && q.restartOf() == execution) {
                throw new ConflictException("execution " + execution + " is already queued for a restart (request " + q.id() + ")");
            }
        }
        Optional<Request> original = requests.byExecution(execution);
        Request r = queue.submit(new RunQueue.Order("restart", user, original.map(Request::source)
                .orElse("execution " + execution), parameters, execution, original.map(Request::staged).orElse(null),
                original.map(Request::recordInbox).orElse(false)));
        if (r.state() == RunRequestStore.State.REFUSED) {
            throw new ConflictException(r.outcome());
        }
        queue.note(execution, "restart requested by " + user + " (request " + r.id() + ")");
        return ticket(r);
    }

    @Override
    public Again again(long execution) {
        find(execution);
        // a run that has just ended is tidied first (its upload's copy deleted), so the page never
        // offers to run again what is about to go; the queue's watcher would do it within half a second
        queue.dispatch();
        return new RunAgain(inbox).what(jobs.parameters(execution), requests.byExecution(execution).orElse(null));
    }

    @Override
    public Ticket runAgain(long execution, RunOptions options, String rounds, String parties, String user)
            throws IOException {
        find(execution);
        queue.dispatch();
        java.util.Map<String, String> files = new java.util.HashMap<>();
        files.put("rounds", rounds);
        files.put("parties", parties);
        java.util.Map<String, String> resolved = inInbox(files);
        DiskSpace.requireRoomForRun(home.root(), home.briefings());
        RunQueue.Order order = new RunAgain(inbox).order(jobs.parameters(execution),
                requests.byExecution(execution).orElse(null), options, path(resolved.get("rounds")),
                path(resolved.get("parties")), user, stagingName("again"));
        return ticket(queue.submit(order));
    }

    @Override
    public List<String> inboxFiles() throws IOException {
        return inbox.dataFiles();
    }

    private static Path path(String value) {
        return value == null || value.isBlank() ? null : Path.of(value);
    }

    /** The changes with their rounds and parties files, named relative to the inbox, resolved in it. */
    private java.util.Map<String, String> inInbox(java.util.Map<String, String> changes) {
        java.util.Map<String, String> resolved = new java.util.LinkedHashMap<>(changes);
        for (String name : List.of("rounds", "parties")) {
            String value = changes.get(name);
            if (value != null && !value.isBlank()) {
                Path file = inbox.file(value.strip()).orElseThrow(() -> new IllegalArgumentException(name
                        + ": there is no file '" + value.strip() + "' in the inbox (name it relative to the inbox)"));
                resolved.put(name, file.toString());
            }
        }
        return resolved;
    }

    @Override
    public void stop(long execution, String user) throws ConflictException {
        find(execution);
        try {
            jobs.stop(execution);
        } catch (JobStateException e) {
            throw new ConflictException(e.getMessage());
        }
        queue.note(execution, "stop requested by " + user);
    }

    @Override
    public void abandon(long execution, String user) throws ConflictException {
        find(execution);
        try {
            jobs.abandon(execution);
        } catch (JobStateException e) {
            throw new ConflictException(e.getMessage());
        } catch (jakarta.batch.operations.JobExecutionIsRunningException e) {
            throw new ConflictException("execution " + execution + " is running; stop it first");
        }
        queue.note(execution, "abandoned by " + user + ": it will not be restarted");
    }

    @Override
    public Purged purge(java.time.Instant before, boolean folders, boolean dryRun) throws IOException {
        return purge.purge(before, folders, dryRun);
    }

    @Override
    public List<Instance> instances(int limit) {
        return jobs.runs(limit).stream().map(r -> new Instance(r.instance(), r.executions())).toList();
    }

    @Override
    public void cancel(long request, String user) throws ConflictException {
        Request r = requests.find(request).orElseThrow(() -> new NoSuchElementException("there is no request " + request));
        if (!requests.move(r.id(), RunRequestStore.State.QUEUED, RunRequestStore.State.CANCELLED, "cancelled by " + user)) {
            throw new ConflictException("request " + request + " is no longer queued");
        }
    }

    @Override
    public List<ExecutionView> recent(int limit) {
        return jobs.recent(limit).stream().map(views::summary).toList();
    }

    @Override
    public List<ExecutionView> recent(int limit, long before, java.util.Set<String> statuses) {
        java.util.Set<jakarta.batch.runtime.BatchStatus> wanted = new java.util.HashSet<>();
        for (String s : statuses) {
            wanted.add(jakarta.batch.runtime.BatchStatus.valueOf(s));
        }
        return jobs.recent(limit, before, wanted).stream().map(views::summary).toList();
    }

    @Override
    public Optional<ExecutionView> execution(long id) {
        try {
            return Optional.of(views.detail(jobs.execution(id)));
        } catch (JobStateException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<Ticket> ticket(long request) {
        return requests.find(request).map(this::ticket);
    }

    @Override
    public List<QueuedView> queue() {
        List<QueuedView> out = new ArrayList<>();
        for (Request q : queue.queued()) {
            ExecutionView.RequestView r = ExecutionViews.request(q);
            out.add(new QueuedView(q.id(), out.size() + 1, r.kind(), r.by(), r.requested(), r.source(), r.restartOf()));
        }
        return out;
    }

    @Override
    public List<String> inboxSets() throws IOException {
        return inbox.list();
    }

    @Override
    public Optional<Path> log(long execution) {
        Path file = ExecutionLogs.file(home, execution);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    @Override
    public boolean ready() {
        try {
            jobs.recent(1);
            requests.inState(RunRequestStore.State.QUEUED);
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the service is not ready", e);
            return false;
        }
    }

    /** Whether any run is going or waiting. */
    boolean busy() {
        return queue.busy();
    }

    /** A fresh name for a staged or unpacked set. */
    String stagingName(String prefix) {
        return prefix + "-" + clock.millis() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private JobExecution find(long execution) {
        try {
            return jobs.execution(execution);
        } catch (JobStateException e) {
            throw new NoSuchElementException(e.getMessage());
        }
    }

    private Ticket ticket(Request r) {
        if (r.state() == RunRequestStore.State.QUEUED) {
            int position = 1;
            for (Request q : queue.queued()) {
                if (q.id() == r.id()) {
                    break;
                }
                position++;
            }
            return new Ticket(r.id(), "QUEUED", null, position);
        }
        return new Ticket(r.id(), r.state().name(), r.execution(), null);
    }

}
