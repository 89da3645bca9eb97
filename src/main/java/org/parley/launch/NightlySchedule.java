package org.parley.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.parley.config.ServiceSettings;
import org.parley.store.InboxStore;
import org.parley.store.ScheduleStore;
import org.parley.web.AuditLog;
import org.parley.web.ConflictException;
import org.parley.web.RunControl;
import org.parley.web.ScheduleControl;

/**
 * The nightly run: at the times a cron expression plans, in its time zone, the job runs on the
 * whole inbox when the inbox holds any file that no successful nightly run has read, and renders
 * again every round the new files touch (with all that the inbox says of it), and only those. It never overlaps another run: a run still going
 * makes it wait or skip, as configured. After downtime, one catch-up run covers the missed ones.
 */
public final class NightlySchedule implements ScheduleControl, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(NightlySchedule.class.getName());
    private static final String NAME = "nightly";
    /** The list of the new files, in the staged set. */
    static final String NEW_ARTICLES = ".parley-new-articles";
    static final String SCHEDULER = "scheduler";

    private final ServiceSettings.Schedule configured;
    private final ScheduleStore store;
    private final RunService runs;
    private final InboxSets inbox;
    private final InboxStore seen;
    private final Clock clock;
    private final AuditLog audit;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "parley-schedule");
        t.setDaemon(true);
        return t;
    });

    NightlySchedule(ServiceSettings.Schedule configured, ScheduleStore store, RunService runs, InboxSets inbox,
                    InboxStore seen, Clock clock, AuditLog audit) {
        this.configured = configured;
        this.store = store;
        this.runs = runs;
        this.inbox = inbox;
        this.seen = seen;
        this.clock = clock;
        this.audit = audit;
    }

    /** Why the last tick failed, or null once one succeeds. */
    private volatile String tickFailure;

    /** Ticks now and then every interval (none when the interval is zero: a test ticks by hand). */
    void open(Duration interval) {
        if (!interval.isZero()) {
            ticker.scheduleWithFixedDelay(this::safeTick, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Decides and does what is due at the clock's time; returns the decision. */
    public synchronized ScheduleDecision.Action tick() throws IOException {
        Effective e = effective();
        if (!e.enabled()) {
            return ScheduleDecision.Action.NOTHING;
        }
        ScheduleStore.State state = store.load(NAME);
        Instant now = clock.instant();
        ScheduleDecision d = ScheduleDecision.decide(e.plan(), state, now, runs.busy(), e.whenBusy().equals("wait"));
        switch (d.action()) {
            case BASELINE -> save(state, d.planned().toEpochMilli(), null);
            case WAIT -> {
                save(state, d.planned().toEpochMilli(), d.planned().toEpochMilli());
                audit.record(SCHEDULER, "schedule-wait", "nightly run planned " + d.planned(), "another run is going");
            }
            case SKIP -> {
                save(state, d.planned().toEpochMilli(), null);
                audit.record(SCHEDULER, "schedule-skip", "nightly run planned " + d.planned(), "another run is going");
            }
            case RUN, CATCH_UP, START_PENDING -> {
                save(state, Math.max(d.planned().toEpochMilli(), state.lastPlanned() == null ? 0 : state.lastPlanned()), null);
                launch(d.action() == ScheduleDecision.Action.CATCH_UP ? "catch-up" : "scheduled", SCHEDULER, d.planned());
            }
            default -> { }
        }
        return d.action();
    }

    /** Queues the run on the inbox if it holds anything new; empty when it does not. */
    private Optional<RunControl.Ticket> launch(String kind, String user, Instant planned) throws IOException {
        List<InboxStore.Fingerprint> files = InboxSets.fingerprints(inbox.root());
        Set<String> read = seen.seen();
        long fresh = files.stream().filter(f -> !read.contains(f.sha256())).count();
        String what = "nightly run planned " + planned;
        if (fresh == 0) {
            audit.record(user, "schedule-nothing-new", what, files.size() + " files in the inbox, none new");
            return Optional.empty();
        }
        Path staged = inbox.stage(inbox.root(), runs.stagingName("nightly"));
        Path newArticles = staged.resolve(NEW_ARTICLES); // hidden: not an article, and gone with the staged set
        Files.write(newArticles, files.stream().filter(f -> !read.contains(f.sha256()))
                .map(InboxStore.Fingerprint::path).toList(), StandardCharsets.UTF_8);
        String source = "inbox: " + fresh + " new of " + files.size() + " files (" + kind + ", planned " + planned + ")";
        RunControl.Ticket ticket = runs.submit(RunOrders.forSet(kind, user, source, staged,
                new RunControl.RunOptions(JobParameters.FORMATS, "briefing"), staged, true, newArticles));
        audit.record(user, "start", "request " + ticket.request(), source);
        return Optional.of(ticket);
    }

    @Override
    public synchronized View view() {
        Effective e = effective();
        ScheduleStore.State state = store.load(NAME);
        Instant next = e.enabled() ? e.plan().next(clock.instant()).orElse(null) : null;
        return new View(e.cron(), e.zone(), e.whenBusy(), e.enabled(), next, instant(state.lastPlanned()),
                instant(state.pending()));
    }

    @Override
    public synchronized List<Instant> upcoming(int n) {
        Effective e = effective();
        List<Instant> out = new java.util.ArrayList<>();
        if (!e.enabled()) {
            return out;
        }
        CronPlan plan = e.plan();
        Optional<Instant> next = plan.next(clock.instant());
        while (next.isPresent() && out.size() < n) {
            out.add(next.get());
            next = plan.next(next.get());
        }
        return out;
    }

    @Override
    public synchronized View change(String cron, String zone, String whenBusy, String user) {
        ScheduleStore.State state = store.load(NAME);
        ScheduleStore.State changed = new ScheduleStore.State(state.lastPlanned(), state.pending(),
                cron == null ? state.cron() : cron.strip(), zone == null ? state.zone() : zone.strip(),
                whenBusy == null ? state.whenBusy() : whenBusy.strip());
        Effective e = effective(changed);
        e.check();
        store.save(NAME, changed);
        audit.record(user, "schedule-change", "nightly schedule", e.cron() + " " + e.zone() + " when busy: " + e.whenBusy());
        return view();
    }

    @Override
    public RunControl.Ticket runNow(String user) throws IOException, ConflictException {
        return launch("scheduled", user, clock.instant())
                .orElseThrow(() -> new ConflictException("nothing new in the inbox since the last successful nightly run"));
    }

    private void save(ScheduleStore.State old, long lastPlanned, Long pending) {
        store.save(NAME, new ScheduleStore.State(lastPlanned, pending, old.cron(), old.zone(), old.whenBusy()));
    }

    private Effective effective() {
        return effective(store.load(NAME));
    }

    private Effective effective(ScheduleStore.State state) {
        return new Effective(state.cron() != null ? state.cron() : configured.cron(),
                state.zone() != null ? state.zone() : configured.zone(),
                state.whenBusy() != null ? state.whenBusy() : configured.whenBusy());
    }

    private void safeTick() {
        try {
            tick();
            tickFailure = null;
        } catch (IOException | RuntimeException e) {
            if (tickFailure == null) { // once, not at every tick until it works again
                LOG.log(Level.SEVERE, "the nightly schedule failed at " + clock.instant() + "; it tries again at every tick", e);
            }
            tickFailure = clock.instant() + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    @Override
    public Optional<String> problem() {
        String failed = tickFailure;
        if (failed != null) {
            return Optional.of("the schedule's last tick failed at " + failed);
        }
        try {
            View v = view();
            if (v.enabled() && v.next() == null) {
                return Optional.of("the schedule " + v.cron() + " (" + v.zone() + ") never comes again");
            }
        } catch (RuntimeException e) {
            return Optional.of("the schedule cannot be read: " + e.getMessage());
        }
        return Optional.empty();
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }

    /** The schedule in force: the configuration, with the administrator's changes over it. */
    private record Effective(String cron, String zone, String whenBusy) {

        boolean enabled() {
            return new ServiceSettings.Schedule(cron, zone, whenBusy).enabled();
        }

        CronPlan plan() {
            return CronPlan.parse(cron, zone);
        }

        void check() {
            new ServiceSettings.Schedule(cron, zone, whenBusy);
            if (enabled()) {
                plan();
            }
        }
    }
}
