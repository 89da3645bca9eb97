package org.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import org.parley.launch.SyntheticArticles;

/**
 * A running execution whose last progress is older than the service's {@code runs.stalledAfter}
 * (15 minutes here) is reported stalled: in the API, with what to do, on its page, marked in the
 * runs list, and once in the log; once it has ended it is not. The service's clock is set past the run's progress, which is
 * what a run that no longer moves looks like to it.
 */
class StalledRunIT {

    private static final Duration LONG = Duration.ofMinutes(4);

    @Test
    void aRunThatHasNotMovedForLongerThanTheThresholdIsReportedStalledUntilItEnds() throws Exception {
        Path set = TestService.tempInbox("stalled-set");
        SyntheticArticles.write(set, 1200, 55);
        MutableClock clock = new MutableClock(Instant.now());
        try (TestService service = TestService.start(TestService.settings(TestService.tempInbox("stalled"), 1, null, null),
                clock)) {
            long execution = service.awaitStart(TestService.json(service.postZip("/api/executions?name=big.zip", "analyst",
                    ArticleZips.folder(set))).get("request").asLong(), LONG);
            JsonNode moving = awaitStarted(service, execution);
            assertFalse(moving.get("stalled").asBoolean(), moving.toString());
            assertTrue(moving.get("stalledAdvice").isNull());
            assertTrue(Instant.parse(moving.get("lastProgress").asText()).isBefore(Instant.now().plusSeconds(1)));

            // when the service's clock is sixteen minutes past anything the run did
            clock.set(Instant.now().plus(Duration.ofMinutes(16)));
            JsonNode stalled = TestService.json(service.get("/api/executions/" + execution, "viewer"));
            String page = service.get("/runs/" + execution + "/live", "viewer").body();
            JsonNode listed = TestService.json(service.get("/api/executions?limit=1", "viewer")).get(0);
            org.jsoup.nodes.Element row = row(service, execution);

            // then it is stalled, with what to do, wherever it is shown, and logged once
            assertEquals("STARTED", stalled.get("status").asText(), "still running: " + stalled);
            assertTrue(stalled.get("stalled").asBoolean(), stalled.toString());
            String advice = stalled.get("stalledAdvice").asText();
            assertTrue(advice.startsWith("Execution " + execution + " is STARTED but has shown no progress since "), advice);
            assertTrue(advice.endsWith("then restart the run (Restart on its page, or POST /api/executions/" + execution
                    + "/restart)."), advice);
            assertTrue(page.contains("<h2>This run has stopped moving</h2>"), page);
            assertTrue(page.contains("or POST /api/executions/" + execution + "/restart)."), page);
            assertEquals(execution, listed.get("id").asLong());
            assertTrue(listed.get("stalled").asBoolean(), listed.toString());
            org.jsoup.nodes.Element marker = row.selectFirst("td.status span.stalled");
            assertTrue(marker != null, "the runs list marks it: " + row);
            assertEquals("STARTED stalled", row.selectFirst("td.status").text());
            String title = marker.attr("title"); // the run still moves really, so its time of last progress may have too
            assertTrue(title.startsWith("Execution " + execution + " is STARTED but has shown no progress since "), title);
            assertEquals(advice.substring(advice.indexOf(" (longer than ")), title.substring(title.indexOf(" (longer than ")),
                    "with what to do as its title");
            String log = Files.readString(TestService.home().paths().logs().resolve("parley.log"));
            assertEquals(1, log.split("Execution " + execution + " is STARTED but has shown no progress", -1).length - 1,
                    "one warning for the stall, however often it is shown");

            assertEquals(202, service.postEmpty("/api/executions/" + execution + "/stop", "analyst").statusCode());
            JsonNode ended = service.awaitEnd(execution, LONG);
            assertEquals("STOPPED", ended.get("status").asText());
            assertFalse(ended.get("stalled").asBoolean(), "an execution that ended is not stalled: " + ended);
            assertEquals("STOPPED", row(service, execution).selectFirst("td.status").text(), "no marker once it ended");
        }
    }

    /** The execution's row in the analysts' runs list, as the page fetches it. */
    private static org.jsoup.nodes.Element row(TestService service, long execution) {
        HttpResponse<String> rows = service.get("/runs/rows", "viewer");
        assertEquals(200, rows.statusCode(), rows.body());
        org.jsoup.nodes.Element row = org.jsoup.Jsoup.parseBodyFragment("<table><tbody>" + rows.body() + "</tbody></table>")
                .selectFirst("tr[data-execution=" + execution + "]");
        assertTrue(row != null, rows.body());
        return row;
    }

    /** Polls until the execution is STARTED (jbatch reports STARTING first). */
    private static JsonNode awaitStarted(TestService service, long execution) throws InterruptedException {
        long deadline = System.nanoTime() + LONG.toNanos();
        while (true) {
            HttpResponse<String> response = service.get("/api/executions/" + execution, "viewer");
            JsonNode e = TestService.json(response);
            if (e.path("status").asText().equals("STARTED") || System.nanoTime() > deadline) {
                assertEquals("STARTED", e.path("status").asText(), e.toString());
                return e;
            }
            Thread.sleep(50);
        }
    }
}
