package org.parley.launch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

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
 * that ended shows jbatch's metrics, a step still running shows the live counts of its listener.
 */
final class ExecutionViews {


    private final Jobs jobs;
    private final RunProgress progress;
    private final RunRequestStore requests;
    private final SkipStore skips;

    ExecutionViews(Jobs jobs, RunProgress progress, RunRequestStore requests, SkipStore skips) {
        this.jobs = jobs;
        this.progress = progress;
        this.requests = requests;
        this.skips = skips;
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

    private ExecutionView view(JobExecution e, Map<String, String> parameters, List<ExecutionView.SkipView> skipped) {
        long id = e.getExecutionId();
        ExecutionView.RequestView request = requests.byExecution(id).map(ExecutionViews::request).orElse(null);
        return new ExecutionView(id, jobs.instanceOf(id), e.getBatchStatus().name(), e.getExitStatus(),
                instant(e.getStartTime()), instant(e.getEndTime()), steps(id), request, parameters, skipped);
    }

    private List<ExecutionView.StepView> steps(long execution) {
        Map<String, StepProgress> live = progress.of(execution).stream()
                .collect(Collectors.toMap(StepProgress::step, Function.identity(), (a, b) -> b));
        List<ExecutionView.StepView> out = new ArrayList<>();
        for (StepExecution step : jobs.steps(execution)) {
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
