package org.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import org.parley.launch.SyntheticArticles;

/**
 * The run records of the API: a stopped execution's steps in the order they started, its run (job
 * instance) listed with it, and abandoning it: ABANDONED, never restarted, audited, and refused
 * for what is not FAILED or STOPPED.
 */
class RunRecordsIT {

    private static final Duration LONG = Duration.ofMinutes(4);

    @Test
    void aStoppedRunIsListedWithItsStepsAndCanBeAbandonedOnce() throws Exception {
        Path set = TestService.tempInbox("records-set");
        SyntheticArticles.write(set, 600, 21);
        try (TestService service = TestService.start(TestService.settings(TestService.tempInbox("records"), 1, null, null),
                Clock.systemUTC())) {
            JsonNode ticket = TestService.json(service.postZip("/api/executions?name=big.zip", "analyst",
                    ArticleZips.folder(set)));
            long execution = service.awaitStart(ticket.get("request").asLong(), LONG);
            assertEquals(202, service.postEmpty("/api/executions/" + execution + "/stop", "analyst").statusCode());
            assertEquals("STOPPED", service.awaitEnd(execution, LONG).get("status").asText());

            JsonNode steps = TestService.json(service.get("/api/executions/" + execution + "/steps", "viewer"));
            assertTrue(steps.size() >= 1, steps.toString());
            assertEquals("ingestArticles", steps.get(0).get("name").asText(), "in the order they started: " + steps);
            assertEquals(404, service.get("/api/executions/999999/steps", "viewer").statusCode());

            JsonNode instances = TestService.json(service.get("/api/instances?limit=5", "viewer"));
            List<Long> executions = new ArrayList<>();
            instances.get(0).get("executions").forEach(e -> executions.add(e.asLong()));
            assertEquals(List.of(execution), executions, "the newest run first, with its one execution: " + instances);
            assertEquals(TestService.json(service.get("/api/executions/" + execution, "viewer")).get("instance").asLong(),
                    instances.get(0).get("instance").asLong());
            assertEquals(400, service.get("/api/instances?limit=none", "viewer").statusCode());

            assertEquals(403, service.postEmpty("/api/executions/" + execution + "/abandon", "analyst").statusCode());
            var abandoned = service.postEmpty("/api/executions/" + execution + "/abandon", "admin");
            assertEquals(200, abandoned.statusCode(), abandoned.body());
            assertEquals("ABANDONED", TestService.json(abandoned).get("status").asText());
            assertEquals("ABANDONED", TestService.json(service.get("/api/executions/" + execution, "viewer"))
                    .get("status").asText());
            var again = service.postEmpty("/api/executions/" + execution + "/abandon", "admin");
            assertEquals(409, again.statusCode(), again.body());
            assertTrue(TestService.json(again).get("detail").asText().contains("only a FAILED or STOPPED execution"),
                    again.body());
            assertEquals(409, service.postEmpty("/api/executions/" + execution + "/restart", "admin").statusCode(),
                    "an abandoned run is never restarted");
            JsonNode audit = TestService.json(service.get("/api/audit?limit=20", "admin"));
            boolean audited = false;
            for (JsonNode entry : audit) {
                audited |= entry.get("action").asText().equals("abandon")
                        && entry.get("target").asText().equals("execution " + execution);
            }
            assertTrue(audited, audit.toString());

            long completed = service.awaitStart(TestService.json(service.postZip("/api/executions?name=talks.zip",
                    "analyst", ArticleZips.sample())).get("request").asLong(), LONG);
            assertEquals("COMPLETED", service.awaitEnd(completed, LONG).get("status").asText());
            pagesAndFilters(service, completed, execution);
        }
    }

    /** Newest first a page at a time, the next page named in a Link header; filtered by status. */
    private static void pagesAndFilters(TestService service, long newest, long abandoned) {
        var first = service.get("/api/executions?limit=1", "viewer");
        assertEquals(newest, TestService.json(first).get(0).get("id").asLong());
        String link = first.headers().firstValue("Link").orElseThrow();
        assertEquals("</api/executions?limit=1&before=" + newest + ">; rel=\"next\"", link);
        var second = service.get(link.substring(1, link.indexOf('>')), "viewer");
        assertEquals(abandoned, TestService.json(second).get(0).get("id").asLong(), "the next older one");
        JsonNode onlyAbandoned = TestService.json(service.get("/api/executions?limit=500&status=abandoned", "viewer"));
        List<Long> ids = new ArrayList<>();
        onlyAbandoned.forEach(e -> {
            assertEquals("ABANDONED", e.get("status").asText());
            ids.add(e.get("id").asLong());
        });
        assertTrue(ids.contains(abandoned), onlyAbandoned.toString());
        var bad = service.get("/api/executions?status=FAILED,LOST", "viewer");
        assertEquals(400, bad.statusCode());
        assertTrue(TestService.json(bad).get("detail").asText().startsWith("status must be one or more of"), bad.body());
    }
}
