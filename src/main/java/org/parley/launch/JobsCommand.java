package org.parley.launch;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;

import jakarta.batch.runtime.JobExecution;

import com.fasterxml.jackson.databind.JsonNode;

import org.parley.config.HomeBusyException;
import org.parley.config.HomeLock;
import org.parley.job.JobEnvironment;
import org.parley.store.RunRequestStore;
import org.parley.store.SkipStore;
import org.parley.web.ExecutionView;

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
        try (Home opened = home.open(home.resolve(), "jobs", 0)) {
            Jobs jobs = new Jobs();
            ExecutionViews views = new ExecutionViews(jobs, JobEnvironment.current().progress(),
                    new RunRequestStore(opened.database()), new SkipStore(opened.database()), StalledRuns.off());
            System.out.printf(HEADER, "ID", "RUN", "STATUS", "LAST STEP", "START", "END", "COUNTS");
            for (JobExecution e : jobs.recent(limit)) {
                List<ExecutionView.StepView> steps = views.summary(e).steps();
                String last = steps.isEmpty() ? "-" : steps.get(steps.size() - 1).name();
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

    private static String counts(List<ExecutionView.StepView> steps) {
        long read = 0;
        long skipped = 0;
        long extracted = 0;
        for (ExecutionView.StepView step : steps) {
            if (step.name().equals("ingestArticles")) {
                read = step.read();
                skipped = step.skipped();
            } else if (step.name().equals("extractStatements")) {
                extracted = step.written();
            }
        }
        return read + " articles read, " + skipped + " skipped, " + extracted + " extracted";
    }

    private static String time(Date date) {
        return date == null ? "-" : TIME.format(date.toInstant());
    }
}
