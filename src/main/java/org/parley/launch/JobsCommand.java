package org.parley.launch;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;

import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;

import com.fasterxml.jackson.databind.JsonNode;

import org.parley.config.HomeBusyException;
import org.parley.config.HomeLock;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parley jobs}: the recent executions of the briefing job. */
@Command(name = "jobs", mixinStandardHelpOptions = true, description = "List recent runs: id, status, start, end, counts.")
final class JobsCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private static final String HEADER = "%-6s %-6s %-10s %-18s %-19s %-19s %s%n";
    private static final String ROW = "%-6d %-6d %-10s %-18s %-19s %-19s %s%n";

    @Mixin
    HomeOption home;

    @Option(names = "--limit", defaultValue = "20", description = "How many executions. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Mixin
    ServiceLogin login;

    @Override
    public Integer call() throws Exception {
        HomeLock.Holder holder = HomeLock.holder(home.resolve());
        if (holder != null && holder.command().equals("serve")) {
            return remote(holder);
        }
        try (Home opened = Home.open(home.resolve(), "jobs", 0)) {
            Jobs jobs = new Jobs();
            System.out.printf(HEADER, "ID", "RUN", "STATUS", "LAST STEP", "START", "END", "COUNTS");
            for (JobExecution e : jobs.recent(limit)) {
                List<StepExecution> steps = jobs.steps(e.getExecutionId());
                String last = steps.isEmpty() ? "-" : steps.get(steps.size() - 1).getStepName();
                System.out.printf(ROW, e.getExecutionId(),
                        jobs.instanceOf(e.getExecutionId()), e.getBatchStatus(), last, time(e.getStartTime()),
                        time(e.getEndTime()), counts(steps));
            }
            return ExitCodes.COMPLETED;
        } catch (HomeBusyException e) {
            System.err.println("parley jobs: " + e.getMessage());
            return ExitCodes.HOME_BUSY;
        }
    }

    /** The same table, from the HTTP API of the 'parley serve' that holds the home. */
    private int remote(HomeLock.Holder holder) throws Exception {
        try {
            JsonNode executions = ServiceClient.of(holder, login).get("/api/executions?limit=" + limit);
            System.out.printf(HEADER, "ID", "RUN", "STATUS", "LAST STEP", "START", "END", "COUNTS");
            for (JsonNode e : executions) {
                JsonNode steps = e.get("steps");
                String last = steps.isEmpty() ? "-" : steps.get(steps.size() - 1).get("name").asText();
                System.out.printf(ROW, e.get("id").asLong(), e.get("instance").asLong(), e.get("status").asText(), last,
                        time(e.get("start")), time(e.get("end")), counts(steps));
            }
            return ExitCodes.COMPLETED;
        } catch (ServiceClient.Refused | IllegalArgumentException e) {
            System.err.println("parley jobs: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }

    private static String counts(JsonNode steps) {
        long read = 0;
        long skipped = 0;
        long extracted = 0;
        for (JsonNode step : steps) {
            if (step.get("name").asText().equals("ingestArticles")) {
                read = step.get("read").asLong();
                skipped = step.get("skipped").asLong();
            } else if (step.get("name").asText().equals("extractStatements")) {
                extracted = step.get("written").asLong();
            }
        }
        return read + " articles read, " + skipped + " skipped, " + extracted + " extracted";
    }

    private static String time(JsonNode instant) {
        return instant == null || instant.isNull() ? "-" : TIME.format(java.time.Instant.parse(instant.asText()));
    }

    private static String counts(List<StepExecution> steps) {
        long read = 0;
        long skipped = 0;
        long extracted = 0;
        for (StepExecution step : steps) {
            if (step.getStepName().equals("ingestArticles")) {
                read = metric(step, Metric.MetricType.READ_COUNT);
                skipped = metric(step, Metric.MetricType.PROCESS_SKIP_COUNT);
            } else if (step.getStepName().equals("extractStatements")) {
                extracted = metric(step, Metric.MetricType.WRITE_COUNT);
            }
        }
        return read + " articles read, " + skipped + " skipped, " + extracted + " extracted";
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
