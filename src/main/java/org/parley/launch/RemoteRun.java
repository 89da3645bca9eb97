package org.parley.launch;

import java.io.IOException;
import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.parley.config.ParleyHome;

/**
 * A run that a {@code parley serve} runs for this command, followed over its API as
 * {@link JobRun} follows a local one: queued, then step by step, then the summary from the
 * manifest, with the same exit codes.
 */
final class RemoteRun {

    private static final List<String> ENDED = List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");

    private final ServiceClient client;
    private final ParleyHome home;
    private final PrintStream out;

    RemoteRun(ServiceClient client, ParleyHome home, PrintStream out) {
        this.client = client;
        this.home = home;
        this.out = out;
    }

    /** Follows what a start or restart answered (a ticket) to the end; returns the exit code. */
    int follow(JsonNode ticket) throws IOException, InterruptedException, ServiceClient.Refused {
        long request = ticket.get("request").asLong();
        JsonNode t = ticket;
        if (t.path("state").asText().equals("QUEUED")) {
            out.println("Queued as request " + request + " (position " + t.path("position").asInt()
                    + "): waiting for a free run slot on the server");
        }
        while (t.path("state").asText().equals("QUEUED")) {
            Thread.sleep(500);
            t = client.get("/api/queue/" + request);
        }
        if (!t.hasNonNull("execution")) {
            out.println("Request " + request + " is " + t.path("state").asText() + "; it did not start");
            return ExitCodes.FAILED;
        }
        long execution = t.get("execution").asLong();
        out.println("Run " + execution + " started on the server (home " + home.root() + ")");
        return await(execution);
    }

    /** A finished step as {@link RunMonitor} prints it: a batchlet has no counts. */
    private static String line(JsonNode step) {
        String name = step.get("name").asText();
        if (step.get("total").asInt() < 0 && step.get("read").asLong() == 0) {
            return String.format("%-18s done", name);
        }
        return String.format("%-18s done: %d read, %d written, %d skipped", name, step.get("read").asLong(),
                step.get("written").asLong(), step.get("skipped").asLong());
    }

    private int await(long execution) throws IOException, InterruptedException, ServiceClient.Refused {
        long started = System.nanoTime();
        Set<String> reported = new HashSet<>();
        JsonNode e;
        while (true) {
            e = client.get("/api/executions/" + execution);
            for (JsonNode step : e.get("steps")) {
                if (ENDED.contains(step.get("status").asText()) && reported.add(step.get("name").asText())) {
                    out.println(line(step));
                }
            }
            if (ENDED.contains(e.get("status").asText())) {
                break;
            }
            Thread.sleep(500);
        }
        String status = e.get("status").asText();
        out.printf("Run %d %s in %.1f s%n", execution, status, (System.nanoTime() - started) / 1e9);
        if (status.equals("COMPLETED")) {
            RunReport.print(RunReport.manifest(home.briefings(), execution), home.briefings(), out);
            return ExitCodes.COMPLETED;
        }
        out.println("Reason: " + e.path("exitStatus").asText());
        out.println("Restart it with: parley restart " + execution + "  (log: /api/executions/" + execution + "/log)");
        return status.equals("STOPPED") ? ExitCodes.STOPPED : ExitCodes.FAILED;
    }
}
