package org.parley.launch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;

import org.parley.job.RunProgress;
import org.parley.job.StepProgress;
import org.parley.store.RunRequestStore;
import org.parley.store.SkipStore;
import org.parley.web.ExecutionView;

/**
 * Builds the service's view of an execution from jbatch's records and Parley's tables: a step
 * that ended shows jbatch's metrics, a step still running shows the live counts of its listener;
 * a running execution that has not moved for too long is shown stalled ({@link StalledRuns}).
 */
final class ExecutionViews {

    private final Jobs jobs;
    private final RunProgress progress;
    private final RunRequestStore requests;
    private final SkipStore skips;
    private final StalledRuns stalls;

    ExecutionViews(Jobs jobs, RunProgress progress, RunRequestStore requests, SkipStore skips, StalledRuns stalls) {
        this.jobs = jobs;
        this.progress = progress;
        this.requests = requests;
        this.skips = skips;
        this.stalls = stalls;
    }

    /** An execution for a list: no parameters, no skipped inputs. */
    ExecutionView summary(JobExecution e) {
        return view(e, Map.of(), List.of());
    }

    /** An execution with its parameters and skipped inputs. */
    ExecutionView detail(JobExecution e) {
        long instance = jobs.instanceOf(e.getExecutionId());
        Map<String, String> parameters = new TreeMap<>();
        jobs.parameters(e.getExecutionId()).forEach((k, v) -> parameters.put(String.valueOf(k), String.valueOf(v)));
        List<ExecutionView.SkipView> skipped = skips.list(instance).stream()
                .map(s -> new ExecutionView.SkipView(s.doc(), s.step(), s.reason())).toList();
        return view(e, parameters, skipped);
    }

    /** Views a running execution as a list does, so that a stall is noticed (and logged) while nobody looks. */
    void look(long execution) {
        try {
            summary(jobs.execution(execution));
        } catch (JobStateException gone) {
            // purged meanwhile: nothing to notice
        }
    }

    private ExecutionView view(JobExecution e, Map<String, String> parameters, List<ExecutionView.SkipView> skipped) {
        long id = e.getExecutionId();
        long instance = jobs.instanceOf(id);
        ExecutionView.RequestView request = requests.byExecution(id).map(ExecutionViews::request).orElse(null);
        List<StepExecution> steps = jobs.steps(id);
        String status = e.getBatchStatus().name();
        // a chunk's progress is read only for a running execution: an ended one's record has its end
        Instant last = lastProgress(e, steps, e.getBatchStatus() == BatchStatus.STARTED ? progress.lastSaved(id) : null);
        return new ExecutionView(id, instance, status, e.getExitStatus(), instant(e.getStartTime()),
                instant(e.getEndTime()), steps(id, steps), request, parameters, skipped, last,
                stalls.advice(id, instance, status, last));
    }

    /**
     * The last time an execution was seen to move: the latest of its record's start and last update,
     * its steps' starts and ends, and the last progress a chunk saved (null: none known).
     */
    static Instant lastProgress(JobExecution e, List<StepExecution> steps, Instant saved) {
        Instant recorded = Stream.concat(Stream.of(e.getStartTime(), e.getLastUpdatedTime(), e.getEndTime()),
                        steps.stream().flatMap(s -> Stream.of(s.getStartTime(), s.getEndTime())))
                .filter(Objects::nonNull).map(Date::toInstant).max(Comparator.naturalOrder()).orElse(null);
        return saved == null || recorded != null && recorded.isAfter(saved) ? recorded : saved;
    }

    private List<ExecutionView.StepView> steps(long execution, List<StepExecution> steps) {
        Map<String, StepProgress> live = progress.of(execution).stream()
                .collect(Collectors.toMap(StepProgress::step, Function.identity(), (a, b) -> b));
        List<ExecutionView.StepView> out = new ArrayList<>();
        for (StepExecution step : steps) {
            StepProgress p = live.get(step.getStepName());
            int total = p == null ? -1 : p.total();
            // jbatch counts a partitioned step's items in its partitions only: the progress has their sums
            // (also of a step its killed process never ended, where jbatch's counts are none)
            boolean ended = Jobs.TERMINAL.contains(step.getBatchStatus());
            if (p == null || ended && !p.done() && metric(step, Metric.MetricType.READ_COUNT) >= p.read()) {
                out.add(new ExecutionView.StepView(step.getStepName(), step.getBatchStatus().name(),
                        metric(step, Metric.MetricType.READ_COUNT), metric(step, Metric.MetricType.WRITE_COUNT),
                        metric(step, Metric.MetricType.PROCESS_SKIP_COUNT) + metric(step, Metric.MetricType.READ_SKIP_COUNT),
                        total, instant(step.getStartTime()), instant(step.getEndTime())));
            } else {
                out.add(new ExecutionView.StepView(step.getStepName(), step.getBatchStatus().name(), p.read(),
                        p.written(), p.skipped(), total, instant(step.getStartTime()),
                        ended ? instant(step.getEndTime()) : null));
            }
        }
        return out;
    }

    static ExecutionView.RequestView request(RunRequestStore.Request r) {
        return new ExecutionView.RequestView(r.id(), r.kind(), r.requestedBy(), Instant.ofEpochMilli(r.requested()),
                r.source(), r.restartOf());
    }

    private static long metric(StepExecution step, Metric.MetricType type) {
        Metric[] metrics = step.getMetrics();
        if (metrics == null) {
            return 0;
        }
        for (Metric m : metrics) {
            if (m.getType() == type) {
                return m.getValue();
            }
        }
        return 0;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
