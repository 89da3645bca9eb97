package org.parley.launch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.parley.config.HomeBusyException;
import org.parley.config.ParleyHome;
import org.parley.config.ServiceSettings;
import org.parley.web.TlsContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code parley serve}: the analysts' service on a home, until Ctrl-C or SIGTERM, which stop its
 * running jobs cleanly (STOPPED, restartable) before the home is released.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the HTTP API and the analysts' page on a home, run queued and nightly runs. "
                + "While it runs, 'run', 'jobs', 'stop' and 'restart' on the same home go through it.")
final class ServeCommand implements Callable<Integer> {

    private static final Duration TICK = Duration.ofSeconds(20);

    @Mixin
    HomeOption home;

    @Option(names = "--port", paramLabel = "N", description = "The HTTP port (0: any free port). "
            + "Default: the configuration's, else " + ServiceSettings.DEFAULT_PORT + ".")
    Integer port;

    @Option(names = "--config", paramLabel = "FILE", description = "A YAML configuration file (see the README).")
    Path config;

    @Option(names = "--public-url", paramLabel = "URL", description = "The address browsers use, behind a reverse "
            + "proxy (https://parley.example.org/). Default: the configuration's publicUrl.")
    String publicUrl;

    @Option(names = "--trusted-proxy", paramLabel = "ADDRESS", description = "A reverse proxy's address or CIDR range "
            + "whose X-Forwarded-* and Forwarded headers are believed; repeatable. Default: the configuration's proxy.trusted.")
    List<String> trustedProxies = new ArrayList<>();

    @Option(names = "--stalled-after", paramLabel = "AGE", description = "Report a running execution as stalled when "
            + "it has shown no progress for this long: minutes or hours (15m, 2h). Default: the configuration's "
            + "runs.stalledAfter, else " + ServiceSettings.Runs.STALLED_AFTER + ".")
    String stalledAfter;

    @Option(names = "--liberty", paramLabel = "URL", description = "Run the analysts' and the nightly runs on the "
            + "Open Liberty server at URL (https://HOST:PORT) that has parley-liberty.war, through its batch REST API, "
            + "instead of here. The home must be the folder the servers use as PARLEY_HOME and the database their "
            + "PostgreSQL; user and password from $PARLEY_LIBERTY_USER and $PARLEY_LIBERTY_PASSWORD.")
    String liberty;

    @Option(names = "--liberty-certificate", paramLabel = "PEM", description = "Trust exactly this certificate "
            + "(PEM) for --liberty, e.g. the server's self-signed one. Default: the JVM's trusted authorities.")
    Path libertyCertificate;

    @Override
    public Integer call() throws Exception {
        ServiceSettings settings = settings();
        if (settings == null) {
            return ExitCodes.USAGE;
        }
        ParleyHome paths = home.resolve();
        Optional<Jobs> remote = libertyJobs(paths, settings);
        if (remote == null) {
            return ExitCodes.USAGE;
        }
        Home opened;
        try {
            opened = home.open(paths, "serve", settings.port(), settings.database());
        } catch (HomeBusyException e) {
            System.err.println("parley serve: " + e.getMessage());
            return ExitCodes.HOME_BUSY;
        }
        ParleyService service;
        try {
            // this process's jbatch runtime exists only once the home has configured it
            Jobs jobs = remote.orElseGet(Jobs::new);
            service = ParleyService.start(opened, settings, jobs, Clock.systemUTC(), TICK, System.out);
        } catch (IOException | RuntimeException e) {
            opened.close();
            throw e;
        }
        opened.announcePort("serve", service.port(), TlsContext.certificate(settings.tls(), System::getenv));
        return serve(opened, service, settings.tls().enabled() ? "https" : "http", remote.isEmpty());
    }

    /**
     * The Liberty server's jobs when {@code --liberty} is given, empty for this process's jbatch
     * runtime; null (the fault printed) when a Liberty setting is refused: the servers' runs need
     * their database, so an embedded Derby home is refused.
     */
    private Optional<Jobs> libertyJobs(ParleyHome paths, ServiceSettings settings) {
        if (liberty == null) {
            if (libertyCertificate != null) {
                refused("--liberty-certificate needs --liberty URL");
                return null;
            }
            return Optional.empty();
        }
        if (home.database(paths, settings.database()).isEmbedded()) {
            refused("--liberty " + liberty + ": give the servers' PostgreSQL database (--database, $PARLEY_DATABASE or "
                    + "the configuration's database); the embedded Derby database is this process's alone");
            return null;
        }
        try {
            return Optional.of(new Jobs(new BatchRestOperator(LibertyClient.of(liberty, libertyCertificate, System.getenv()))));
        } catch (IllegalArgumentException | IOException e) {
            refused(e.getMessage());
            return null;
        }
    }

    /** The file's settings with the command line's, all checked; null (the fault printed) when any is refused. */
    private ServiceSettings settings() {
        String file = config == null ? "" : config + ": ";
        ServiceSettings settings;
        try {
            settings = config == null ? ServiceSettings.defaults() : ServiceSettings.load(config);
        } catch (IOException e) {
            return refused(e.getMessage());
        }
        try {
            settings = settings.withEdge(publicUrl, trustedProxies); // the file's were checked as it was read
        } catch (IllegalArgumentException e) {
            return refused("--public-url or --trusted-proxy: " + e.getMessage());
        }
        try {
            settings = settings.withStalledAfter(stalledAfter);
        } catch (IllegalArgumentException e) {
            return refused("--stalled-after " + e.getMessage().replaceFirst("^runs\\.stalledAfter ", ""));
        }
        try {
            TlsContext.load(settings.tls(), System::getenv);
        } catch (IllegalArgumentException e) {
            return refused(file + e.getMessage());
        }
        String schedule = checkSchedule(settings.schedule());
        if (schedule != null) {
            return refused(file + schedule);
        }
        return port == null ? settings : settings.withPort(port);
    }

    private static ServiceSettings refused(String fault) {
        System.err.println("parley serve: " + fault);
        return null;
    }

    /** Why the nightly schedule cannot be planned (a mistyped cron or zone), or null when it can. */
    static String checkSchedule(ServiceSettings.Schedule schedule) {
        if (!schedule.enabled()) {
            return null;
        }
        try {
            CronPlan.parse(schedule.cron(), schedule.zone());
            return null;
        } catch (IllegalArgumentException e) {
            return "schedule: " + e.getMessage();
        }
    }

    /** Serves until SIGTERM; then stops the runs of this process's runtime ({@code local}), never a server's. */
    private static int serve(Home opened, ParleyService service, String scheme, boolean local) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                service.close();
                if (local) {
                    System.err.println("parley serve: stopping; running jobs end STOPPED at their next checkpoint");
                    RunningJobs.stopAll(new Jobs(), Duration.ofSeconds(60));
                } else {
                    System.err.println("parley serve: stopping; the Liberty server's runs go on there");
                }
            } finally {
                opened.close();
                stopped.countDown();
            }
        }, "parley-serve-stop"));
        System.out.println("Parley serves " + scheme + "://localhost:" + service.port() + "/ on the home "
                + opened.paths().root() + " (API: /api, OpenAPI: /openapi)");
        System.out.flush();
        stopped.await();
        return ExitCodes.COMPLETED;
    }
}
