package org.parley.launch;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;


import com.fasterxml.jackson.databind.JsonNode;

/**
 * A briefing run on an Open Liberty server that has {@code parley-liberty.war} deployed, started and
 * followed through Liberty's batch REST API ({@code /ibm/api/batch}): the job, its partitions and its
 * job repository are the server's; the articles and the output folder must be paths the server sees.
 * The server's certificate is trusted as given (a PEM file), its user and password come from the
 * environment, never from the command line.
 */
final class LibertyRun {

    /** The environment variables that hold the Liberty user and password of the batch REST API. */
    static final String USER_VARIABLE = LibertyClient.USER_VARIABLE;
    static final String PASSWORD_VARIABLE = LibertyClient.PASSWORD_VARIABLE;
    private static final Set<String> ENDED = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");
    private static final Duration POLL = Duration.ofMillis(500);

    private final LibertyClient client;
    private final URI base;
    private final PrintStream out;

    private LibertyRun(LibertyClient client, PrintStream out) {
        this.client = client;
        this.base = client.base();
        this.out = out;
    }

    /**
     * A run on the Liberty server at {@code url}, see {@link LibertyClient#of}: a missing or bad
     * value fails here, naming it.
     */
    static LibertyRun of(String url, Path certificate, Map<String, String> environment, PrintStream out)
            throws IOException {
        return new LibertyRun(LibertyClient.of(url, certificate, environment), out);
    }

    /** Submits the briefing job with {@code parameters}, follows it to its end; the exit code. */
    int run(JobParameters parameters) throws IOException, InterruptedException {
        long instance = call("POST", "/ibm/api/batch/jobinstances", LibertyClient.submission(parameters.toProperties()))
                .get("instanceId").asLong();
        out.println("Submitted to " + base + ": job instance " + instance);
        String status = null;
        while (true) {
            String now = call("GET", "/ibm/api/batch/jobinstances/" + instance, null).path("batchStatus").asText();
            if (!now.equals(status)) {
                out.println("  " + now);
                status = now;
            }
            if (ENDED.contains(now)) {
                break;
            }
            Thread.sleep(POLL.toMillis());
        }
        JsonNode executions = call("GET", "/ibm/api/batch/jobinstances/" + instance + "/jobexecutions", null);
        long execution = executions.path(0).path("executionId").asLong(-1);
        if (status.equals("COMPLETED")) {
            out.println("Briefings written on the server to " + parameters.output().resolve(Long.toString(execution))
                    + " (and " + parameters.output().resolve("latest") + ")");
            return ExitCodes.COMPLETED;
        }
        String exit = executions.path(0).path("exitStatus").asText("");
        out.println("Execution " + execution + " ended " + status + (exit.isEmpty() || exit.equals(status) ? ""
                : ": " + exit) + "; its log is in the server's joblogs");
        return status.equals("STOPPED") ? ExitCodes.STOPPED : ExitCodes.FAILED;
    }

    private JsonNode call(String method, String path, String body) throws IOException, InterruptedException {
        JsonNode answer = client.call(method, path, body);
        if (answer == null) {
            throw new IOException(method + " " + path + " on " + base + ": 404, no such job instance");
        }
        return answer;
    }
}
