package org.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import org.parley.launch.SyntheticArticles;

/**
 * Purging old runs over HTTP: a dry run only lists them; a purge deletes a completed run's records
 * from jbatch's tables and Parley's (and its run folder when asked, never latest/), and leaves a
 * run that ended later, which still restarts from its checkpoints. Only an admin may purge.
 */
class PurgeIT {

    private static final Duration LONG = Duration.ofMinutes(4);

    @Test
    void aPurgeDeletesTheRecordsOfRunsThatEndedBeforeItsTimeAndNothingElse() throws Exception {
        Path set = TestService.tempInbox("purge-set");
        SyntheticArticles.write(set, 600, 44);
        try (TestService service = TestService.start(TestService.settings(TestService.tempInbox("purge"), 1, null, null),
                Clock.systemUTC())) {
            JsonNode ticket = TestService.json(service.postZip("/api/executions?name=talks.zip", "analyst",
                    ArticleZips.sample()));
            long old = service.awaitStart(ticket.get("request").asLong(), LONG);
            assertEquals("COMPLETED", service.awaitEnd(old, LONG).get("status").asText());
            long oldRun = TestService.json(service.get("/api/executions/" + old, "viewer")).get("instance").asLong();
            Instant between = Instant.now().plusMillis(50);
            awaitClockPast(between);
            long stopped = stoppedRun(service, set);
            long stoppedRun = TestService.json(service.get("/api/executions/" + stopped, "viewer")).get("instance").asLong();
            assertTrue(rows(oldRun, old) > 0 && rows(stoppedRun, stopped) > 0, "both runs have rows before");

            String purge = "/api/purge?before=" + between;
            assertEquals(403, service.postEmpty(purge, "analyst").statusCode());
            assertBad(service, "/api/purge", "name the time to purge before");
            assertBad(service, "/api/purge?before=last-week", "before must be a date");
            assertBad(service, "/api/purge?before=" + Instant.now().plusSeconds(3600), "before must not be in the future");

            JsonNode dry = TestService.json(service.postEmpty(purge + "&folders=true&dryRun=true", "admin"));
            assertTrue(ids(dry.get("executions")).contains(old), dry.toString());
            assertEquals(200, service.get("/api/executions/" + old, "viewer").statusCode(), "a dry run deletes nothing");

            HttpResponse<String> response = service.postEmpty(purge + "&folders=true", "admin");
            assertEquals(200, response.statusCode(), response.body());
            JsonNode purged = TestService.json(response);
            assertTrue(ids(purged.get("instances")).contains(oldRun), purged.toString());
            assertTrue(ids(purged.get("folders")).contains(old), purged.toString());
            assertTrue(!ids(purged.get("executions")).contains(stopped), "the later run stays: " + purged);

            assertEquals(404, service.get("/api/executions/" + old, "viewer").statusCode());
            assertEquals(404, service.get("/api/queue/" + ticket.get("request").asLong(), "viewer").statusCode());
            assertEquals(0, rows(oldRun, old), "no row of the purged run is left");
            assertEquals(404, service.get("/api/briefings/" + old, "viewer").statusCode(), "its run folder went");
            assertTrue(Files.isDirectory(TestService.home().paths().briefings().resolve("latest")), "latest/ stays");

            var restarted = service.postEmpty("/api/executions/" + stopped + "/restart", "admin");
            assertEquals(202, restarted.statusCode(), restarted.body());
            long again = service.awaitStart(TestService.json(restarted).get("request").asLong(), LONG);
            assertEquals("COMPLETED", service.awaitEnd(again, LONG).get("status").asText(), "the later run restarts");
        }
    }

    private static long stoppedRun(TestService service, Path set) throws Exception {
        long execution = service.awaitStart(TestService.json(service.postZip("/api/executions?name=big.zip", "analyst",
                ArticleZips.folder(set))).get("request").asLong(), LONG);
        assertEquals(202, service.postEmpty("/api/executions/" + execution + "/stop", "analyst").statusCode());
        assertEquals("STOPPED", service.awaitEnd(execution, LONG).get("status").asText());
        return execution;
    }

    private static void assertBad(TestService service, String path, String detail) {
        HttpResponse<String> response = service.postEmpty(path, "admin");
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(TestService.json(response).get("detail").asText().startsWith(detail), response.body());
    }

    /** The rows a run has in jbatch's tables and Parley's, its executions', steps' and checkpoints' included. */
    private static int rows(long run, long execution) throws SQLException {
        String steps = "SELECT STEPEXECID FROM JBATCH.STEPEXECUTIONINSTANCEDATA WHERE JOBEXECID = ?";
        int n = 0;
        try (Connection c = TestService.home().database().connect()) {
            n += count(c, "SELECT COUNT(*) FROM JBATCH.JOBINSTANCEDATA WHERE JOBINSTANCEID = ?", run);
            n += count(c, "SELECT COUNT(*) FROM JBATCH.JOBSTATUS WHERE ID = ?", run);
            n += count(c, "SELECT COUNT(*) FROM JBATCH.EXECUTIONINSTANCEDATA WHERE JOBINSTANCEID = ?", run);
            n += count(c, "SELECT COUNT(*) FROM JBATCH.STEPEXECUTIONINSTANCEDATA WHERE JOBEXECID = ?", execution);
            n += count(c, "SELECT COUNT(*) FROM JBATCH.STEPSTATUS WHERE ID IN (" + steps + ")", execution);
            n += count(c, "SELECT COUNT(*) FROM JBATCH.CHECKPOINTDATA WHERE ID LIKE ?", run + ",%");
            for (String table : List.of("ARTICLE", "STATEMENT", "EXTRACTED", "RUN_INPUT")) {
                n += count(c, "SELECT COUNT(*) FROM PARLEY." + table + " WHERE JOB_INSTANCE = ?", run);
            }
            n += count(c, "SELECT COUNT(*) FROM PARLEY.STEP_PROGRESS WHERE EXECUTION = ?", execution);
            n += count(c, "SELECT COUNT(*) FROM PARLEY.RUN_REQUEST WHERE EXECUTION = ?", execution);
        }
        return n;
    }

    private static int count(Connection c, String sql, Object key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static List<Long> ids(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        array.forEach(id -> ids.add(id.asLong()));
        return ids;
    }

    /** Waits until the clock has passed an instant, so that what starts next ends after it. */
    private static void awaitClockPast(Instant instant) throws InterruptedException {
        while (!Instant.now().isAfter(instant)) {
            Thread.sleep(10);
        }
    }
}
