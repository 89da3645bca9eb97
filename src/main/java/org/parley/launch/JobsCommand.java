package org.parley.launch;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.concurrent.Callable;

import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;

import org.parley.config.HomeBusyException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parley jobs}: the recent executions of the briefing job. */
@Command(name = "jobs", mixinStandardHelpOptions = true, description = "List recent runs: id, status, start, end, counts.")
final class JobsCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    @Mixin
    HomeOption home;

    @Option(names = "--limit", defaultValue = "20", description = "How many executions. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Override
    public Integer call() throws Exception {
        try (Home opened = Home.open(home.resolve(), "jobs", 0)) {
            Jobs jobs = new Jobs();
            System.out.printf("%-6s %-6s %-10s %-19s %-19s %s%n", "ID", "RUN", "STATUS", "START", "END",
                    "ARTICLES READ/SKIPPED, STATEMENTS");
            for (JobExecution e : jobs.recent(limit)) {
                System.out.printf("%-6d %-6d %-10s %-19s %-19s %s%n", e.getExecutionId(), jobs.instanceOf(e.getExecutionId()),
                        e.getBatchStatus(), time(e.getStartTime()), time(e.getEndTime()), counts(jobs, e.getExecutionId()));
            }
            return ExitCodes.COMPLETED;
        } catch (HomeBusyException e) {
            System.err.println("parley jobs: " + e.getMessage());
            return ExitCodes.HOME_BUSY;
        }
    }

    private static String counts(Jobs jobs, long execution) {
        long read = 0;
        long skipped = 0;
        long statements = 0;
        for (StepExecution step : jobs.steps(execution)) {
            if (step.getStepName().equals("ingestArticles")) {
                read = metric(step, Metric.MetricType.READ_COUNT);
                skipped = metric(step, Metric.MetricType.PROCESS_SKIP_COUNT);
            } else if (step.getStepName().equals("extractStatements")) {
                statements = metric(step, Metric.MetricType.WRITE_COUNT);
            }
        }
        return read + "/" + skipped + ", " + statements + " articles extracted";
    }

    private static long metric(StepExecution step, Metric.MetricType type) {
        for (Metric m : step.getMetrics()) {
            if (m.getType() == type) {
                return m.getValue();
            }
        }
        return 0;
    }

    private static String time(Date date) {
        return date == null ? "-" : TIME.format(date.toInstant());
    }
}
