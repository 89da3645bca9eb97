package org.parley.launch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

    @Override
    public Integer call() throws Exception {
        ServiceSettings settings = settings();
        if (settings == null) {
            return ExitCodes.USAGE;
        }
        ParleyHome paths = home.resolve();
        Home opened;
        try {
            opened = home.open(paths, "serve", settings.port(), settings.database());
        } catch (HomeBusyException e) {
            System.err.println("parley serve: " + e.getMessage());
            return ExitCodes.HOME_BUSY;
        }
        ParleyService service;
        try {
            service = ParleyService.start(opened, settings, Clock.systemUTC(), TICK, System.out);
        } catch (IOException | RuntimeException e) {
            opened.close();
            throw e;
        }
        opened.announcePort("serve", service.port(), TlsContext.certificate(settings.tls(), System::getenv));
        return serve(opened, service, settings.tls().enabled() ? "https" : "http");
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

    private static int serve(Home opened, ParleyService service, String scheme) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                System.err.println("parley serve: stopping; running jobs end STOPPED at their next checkpoint");
                service.close();
                RunningJobs.stopAll(new Jobs(), Duration.ofSeconds(60));
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
