package org.parley.launch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.batch.runtime.StepExecution;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import org.parley.config.ParleyHome;
import org.parley.render.ManifestJson;
import org.parley.render.RunManifest;
import org.parley.render.RunPublisher;
import org.parley.store.RunRequestStore;
import org.parley.web.Metrics;
import org.parley.web.ScheduleControl;

/**
 * The service's metrics in Prometheus text format: runs ended by kind and outcome, step durations,
 * articles and statements of completed runs (counted since the service started, as Prometheus
 * counters are), the queue's depth, the last nightly run's outcome and when it ended (read from
 * Parley's tables, so they outlive a restart of the service), the schedule's health, and the JVM's
 * memory, threads, GC and CPU. It hears of each run's end through {@link RunQueue.Ended}, passing
 * the news on to the completion that tidies up after it.
 */
final class ServiceMetrics implements RunQueue.Ended, Metrics {

    private static final Logger LOG = Logger.getLogger(ServiceMetrics.class.getName());
    /** The kinds of request the schedule makes. */
    private static final String[] NIGHTLY = {"scheduled", "catch-up"};
    private static final Set<String> NIGHTLY_KINDS = Set.of(NIGHTLY);

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final RunQueue.Ended next;
    private final RunRequestStore requests;
    private final ParleyHome home;
    private final Jobs jobs;
    private final AtomicReference<RunRequestStore.Request> lastNightly = new AtomicReference<>();
    private final Counter articles;
    private final Counter statements;
    private final Counter skipped;

    /** The schedule whose health is shown, once there is one. */
    private volatile ScheduleControl schedule;

    /** @param next told of each run's end after the metrics are counted */
    ServiceMetrics(RunQueue.Ended next, RunRequestStore requests, ParleyHome home, Jobs jobs) {
        this.next = next;
        this.requests = requests;
        this.home = home;
        this.jobs = jobs;
        lastNightly.set(requests.lastEnded(NIGHTLY).orElse(null));
        articles = Counter.builder("parley.articles.read").description("Articles read by the runs that completed")
                .register(registry);
        statements = Counter.builder("parley.statements").description("Statements found by the runs that completed")
                .register(registry);
        skipped = Counter.builder("parley.articles.skipped")
                .description("Inputs skipped, with a reason in their manifest, by the runs that completed").register(registry);
        for (RunRequestStore.State state : List.of(RunRequestStore.State.QUEUED, RunRequestStore.State.STARTED)) {
            Gauge.builder("parley.queue.requests", requests, r -> countOr(r, state))
                    .description("Run requests waiting (queued) or going (started)")
                    .tag("state", state.name().toLowerCase(java.util.Locale.ROOT)).register(registry);
        }
        Gauge.builder("parley.nightly.last.success", lastNightly, l -> l.get() == null ? Double.NaN
                        : "COMPLETED".equals(l.get().outcome()) ? 1 : 0)
                .description("Whether the last nightly run completed (1) or not (0); NaN before the first")
                .register(registry);
        Gauge.builder("parley.nightly.last.end", this, m -> m.lastNightlyEnd())
                .description("When the last nightly run ended, in seconds since the epoch; NaN before the first")
                .baseUnit("seconds").register(registry);
        Gauge.builder("parley.schedule.healthy", this, m -> m.schedule == null ? Double.NaN
                        : m.schedule.problem().isEmpty() ? 1 : 0)
                .description("Whether the nightly schedule can run (1) or is broken (0), as /health/ready says")
                .register(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    /** Shows the schedule's health from now on. */
    void watch(ScheduleControl nightly) {
        this.schedule = nightly;
    }

    @Override
    public void ended(RunRequestStore.Request request, String status) {
        try {
            count(request, status);
        } catch (RuntimeException e) { // metrics never stand in the way of what follows a run's end
            LOG.log(Level.WARNING, "cannot count execution " + request.execution() + " in the metrics", e);
        }
        next.ended(request, status);
    }

    /** Counts a run's steps, articles and statements, then its end: a scrape that sees the end sees the rest. */
    private void count(RunRequestStore.Request request, String status) {
        if (request.execution() != null) {
            countSteps(request.execution());
        }
        if (NIGHTLY_KINDS.contains(request.kind())) {
            lastNightly.set(requests.find(request.id()).orElse(request));
        }
        Counter.builder("parley.runs.ended").description("Runs the service started that have ended, by kind and outcome")
                .tag("kind", request.kind()).tag("outcome", status).register(registry).increment();
    }

    private void countSteps(long execution) {
        for (StepExecution step : jobs.steps(execution)) {
            if (step.getStartTime() != null && step.getEndTime() != null) {
                Timer.builder("parley.step.duration").description("How long each step of a run took")
                        .tag("step", step.getStepName()).register(registry)
                        .record(step.getEndTime().getTime() - step.getStartTime().getTime(), TimeUnit.MILLISECONDS);
            }
        }
        manifest(execution).ifPresent(m -> {
            articles.increment(m.summary().articles() + m.summary().copies());
            statements.increment(m.summary().statements());
            skipped.increment(m.skipped().size());
        });
    }

    private Optional<RunManifest> manifest(long execution) {
        Path file = home.briefings().resolve(Long.toString(execution)).resolve(RunPublisher.MANIFEST);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ManifestJson.readLight(file));
        } catch (java.io.IOException e) {
            LOG.log(Level.WARNING, "cannot read " + file + " for the metrics", e);
            return Optional.empty();
        }
    }

    private double lastNightlyEnd() {
        RunRequestStore.Request last = lastNightly.get();
        if (last == null || last.execution() == null) {
            return Double.NaN;
        }
        try {
            java.util.Date end = jobs.execution(last.execution()).getEndTime();
            return end == null ? Double.NaN : end.getTime() / 1000.0;
        } catch (JobStateException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static double countOr(RunRequestStore r, RunRequestStore.State state) {
        try {
            return r.inState(state).size();
        } catch (RuntimeException e) {
            return Double.NaN; // the database does not answer: readiness says so
        }
    }

    @Override
    public String scrape() {
        return registry.scrape();
    }
}
