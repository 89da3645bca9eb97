package org.parley.launch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.parley.config.ServiceSettings;
import org.parley.job.JobEnvironment;
import org.parley.store.InboxStore;
import org.parley.store.RunRecordStore;
import org.parley.store.RunRequestStore;
import org.parley.store.ScheduleStore;
import org.parley.store.SkipStore;
import org.parley.web.AuditLog;
import org.parley.web.Edge;
import org.parley.web.RunFolders;
import org.parley.web.Sessions;
import org.parley.web.UserDirectory;
import org.parley.web.WebContext;
import org.parley.web.WebServer;

/**
 * The analysts' service on an open home: the run queue, the nightly schedule, retention, and the
 * HTTP server in front of them. {@code parley serve} runs one; the tests run one in-process with
 * a clock they control.
 */
public final class ParleyService implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ParleyService.class.getName());

    private final RunQueue queue;
    private final NightlySchedule schedule;
    private final WebServer server;
    private final StalledRuns stalls;

    private ParleyService(RunQueue queue, NightlySchedule schedule, WebServer server, StalledRuns stalls) {
        this.queue = queue;
        this.schedule = schedule;
        this.server = server;
        this.stalls = stalls;
    }

    /**
     * Starts the service.
     *
     * @param tick how often the schedule looks at the clock, and the running runs for a stall; zero
     *             to tick only by hand (tests)
     * @param out  where the first admin's password is printed, once
     */
    public static ParleyService start(Home home, ServiceSettings settings, Clock clock, Duration tick, PrintStream out)
            throws IOException {
        return start(home, settings, new Jobs(), clock, tick, out);
    }

    /** Starts the service on these jobs: this process's jbatch runtime, or a Liberty server's. */
    static ParleyService start(Home home, ServiceSettings settings, Jobs jobs, Clock clock, Duration tick, PrintStream out)
            throws IOException {
        Path inboxFolder = Files.createDirectories(settings.inboxFolder(home.paths()));
        AuditLog audit = new AuditLog(home.paths().logs().resolve("audit.log"), clock);
        RunFolders folders = new RunFolders(home.paths().briefings());
        Retention retention = new Retention(settings.retention(), folders, audit);
        InboxStore seen = new InboxStore(home.database());
        RunRequestStore requests = new RunRequestStore(home.database());
        RunCompletion completion = new RunCompletion(home.paths(), seen, retention, audit, clock);
        ServiceMetrics metrics = new ServiceMetrics(completion, requests, home.paths(), jobs);
        RunQueue queue = new RunQueue(jobs, requests, settings.runs().concurrent(), clock, home.paths(), metrics);
        InboxSets inbox = new InboxSets(inboxFolder, home.paths().state().resolve("staged"));
        StalledRuns stalls = new StalledRuns(settings.runs().stalled(), clock, jobs.onServer());
        ExecutionViews views = new ExecutionViews(jobs, JobEnvironment.current().progress(), requests,
                new SkipStore(home.database()), stalls);
        RunService runs = new RunService(home.paths(), jobs, queue, inbox, views, requests, clock,
                new RunPurge(jobs, new RunRecordStore(home.database()), requests, home.paths().briefings()));
        NightlySchedule schedule = new NightlySchedule(settings.schedule(), new ScheduleStore(home.database()), runs,
                inbox, seen, clock, audit);
        metrics.watch(schedule);
        UserDirectory users = UserDirectory.load(settings.users(), home.paths(), out);
        WebContext context = new WebContext(home.paths(), runs, schedule, users, new Sessions(clock), audit, folders,
                inboxFolder, clock, metrics, Edge.of(settings, System::getenv));
        WebServer server = WebServer.start(context, settings.host(), settings.port());
        queue.open();
        schedule.open(tick);
        // the runs the queue started and has not seen end: looking at them notices (and logs) a stall
        stalls.watch(tick, () -> requests.inState(RunRequestStore.State.STARTED).forEach(r -> views.look(r.execution())));
        retention.prune(clock.instant());
        return new ParleyService(queue, schedule, server, stalls);
    }

    /** The port the service listens on. */
    public int port() {
        return server.port();
    }

    /** The nightly schedule, which a test ticks by hand. */
    public NightlySchedule schedule() {
        return schedule;
    }

    /** Stops the HTTP server, the schedule and the queue; running jobs go on until the home closes. */
    @Override
    public void close() {
        try {
            server.close();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the HTTP server did not stop cleanly", e);
        }
        schedule.close();
        stalls.close();
        queue.close();
    }
}
