package org.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.parley.launch.SyntheticArticles;

/** With one run at a time, a second start waits in the queue, in order, and starts when the first ends. */
class RunQueueIT {

    private static final Duration LONG = Duration.ofMinutes(4);
    private static TestService service;

    @BeforeAll
    static void start() throws Exception {
        Path inbox = TestService.tempInbox("queue");
        SyntheticArticles.write(inbox.resolve("first"), 200, 21);
        SyntheticArticles.write(inbox.resolve("second"), 20, 22);
        service = TestService.start(TestService.settings(inbox, 1, null, null), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void theSecondStartIsQueuedAndStartsWhenTheFirstEnds() throws Exception {
        JsonNode first = TestService.json(service.postJson("/api/executions", "analyst", "{\"inbox\": \"first\"}"));
        assertEquals("STARTED", first.get("state").asText(), first.toString());
        HttpResponse<String> queued = service.postJson("/api/executions", "analyst", "{\"inbox\": \"second\"}");
        assertEquals(202, queued.statusCode());
        JsonNode second = TestService.json(queued);
        assertEquals("QUEUED", second.get("state").asText(), second.toString());
        assertEquals(1, second.get("position").asInt());
        assertTrue(queued.headers().firstValue("Location").orElseThrow().endsWith("/api/queue/" + second.get("request").asLong()));

        JsonNode third = TestService.json(service.postJson("/api/executions", "analyst", "{\"inbox\": \"second\"}"));
        assertEquals(2, third.get("position").asInt());
        JsonNode queue = TestService.json(service.get("/api/queue", "viewer"));
        assertEquals(2, queue.size(), queue.toString());
        assertEquals(second.get("request").asLong(), queue.get(0).get("request").asLong());
        assertEquals(204, service.send(service.request("/api/queue/" + third.get("request").asLong(), "analyst")
                .DELETE().build()).statusCode());
        assertEquals("CANCELLED", TestService.json(service.get("/api/queue/" + third.get("request").asLong(), "viewer"))
                .get("state").asText());

        JsonNode firstDone = service.awaitEnd(first.get("execution").asLong(), LONG);
        long secondExecution = service.awaitStart(second.get("request").asLong(), LONG);
        JsonNode secondDone = service.awaitEnd(secondExecution, LONG);
        assertEquals("COMPLETED", firstDone.get("status").asText());
        assertEquals("COMPLETED", secondDone.get("status").asText());
        assertTrue(secondExecution > first.get("execution").asLong());
        assertFalse(Instant.parse(secondDone.get("start").asText()).isBefore(Instant.parse(firstDone.get("end").asText())),
                "the runs overlapped: " + firstDone + " / " + secondDone);
        assertEquals(0, TestService.json(service.get("/api/queue", "viewer")).size());
    }
}
