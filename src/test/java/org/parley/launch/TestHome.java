package org.parley.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;

import org.parley.config.DatabaseSetting;
import org.parley.config.HomeBusyException;
import org.parley.config.ParleyHome;
import org.parley.store.TestPostgres;

/**
 * The one Parley home of a test JVM (jbatch serves one home per JVM), fresh for each JVM, closed
 * when the JVM ends; plus what whole-job tests share: starting the briefing job and waiting for it.
 */
public final class TestHome {

    private static Home home;

    private TestHome() {
    }

    /** The test JVM's open home, under {@code target/it-homes/}. */
    public static synchronized Home get() {
        if (home == null) {
            Path root = Path.of("target", "it-homes", "jvm-" + ProcessHandle.current().pid());
            try {
                deleteTree(root);
                home = Home.open(new ParleyHome(root), database(), "test", 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (HomeBusyException e) {
                throw new IllegalStateException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(home::close));
        }
        return home;
    }

    /**
     * The database of the test JVM's home: embedded Derby, or with {@code -Dparley.test.database=postgresql}
     * (the build's {@code postgresql} run of these tests) a new database on the test PostgreSQL server.
     */
    private static DatabaseSetting database() {
        return TestPostgres.wanted() ? DatabaseSetting.parse(TestPostgres.get().newDatabase("home"), Map.of())
                : DatabaseSetting.embedded();
    }

    /**
     * The options a {@code parley} process needs on a new home for the database these tests run on:
     * none for Derby, {@code --database URL} of a new database for PostgreSQL (the home records it,
     * so later commands on that home need none).
     */
    public static List<String> newHomeDatabaseOptions() {
        return TestPostgres.wanted() ? List.of("--database", TestPostgres.get().newDatabase("process")) : List.of();
    }

    /** The bundled sample set, unpacked into the test home. */
    public static Path sampleSet() throws IOException {
        return BundledSample.unpack(get().paths());
    }

    /** Starts the briefing job and waits for it to end, failing after the timeout. */
    public static long runToEnd(JobParameters parameters, Duration timeout) throws InterruptedException {
        get();
        Jobs jobs = new Jobs();
        long execution = jobs.start(parameters);
        BatchStatus status = jobs.await(execution, timeout);
        if (status == BatchStatus.STARTING || status == BatchStatus.STARTED || status == BatchStatus.STOPPING) {
            throw new AssertionError("execution " + execution + " still " + status + " after " + timeout);
        }
        return execution;
    }

    /** Purges the test home's runs that ended before a time, as {@code parley purge} does on a home it opened. */
    public static org.parley.web.RunControl.Purged purge(java.time.Instant before, boolean folders, boolean dryRun)
            throws IOException {
        Home opened = get();
        return new RunPurge(new Jobs(), new org.parley.store.RunRecordStore(opened.database()),
                new org.parley.store.RunRequestStore(opened.database()), opened.paths().briefings())
                .purge(before, folders, dryRun);
    }

    /** Step name to metric type to value, for an execution. */
    /**
     * A step's counts as Parley shows them: for a partitioned step (jbatch counts its items in the
     * partitions only) the partitions' sums.
     */
    public static org.parley.job.StepProgress counts(long execution, String step) {
        return org.parley.job.JobEnvironment.current().progress().of(execution).stream()
                .filter(p -> p.step().equals(step)).findFirst().orElseThrow();
    }

    public static Map<String, Map<Metric.MetricType, Long>> metrics(long execution) {
        Map<String, Map<Metric.MetricType, Long>> byStep = new HashMap<>();
        for (StepExecution step : new Jobs().steps(execution)) {
            Map<Metric.MetricType, Long> values = new HashMap<>();
            for (Metric m : step.getMetrics()) {
                values.put(m.getType(), m.getValue());
            }
            byStep.put(step.getStepName(), values);
        }
        return byStep;
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : paths) {
            Files.delete(p);
        }
    }
}
