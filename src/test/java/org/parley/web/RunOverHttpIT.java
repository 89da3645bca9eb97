package org.parley.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.parley.launch.SyntheticArticles;

/**
 * A run started over HTTP on an uploaded article set, followed with live progress through to its
 * downloaded files; and one started on a set in the inbox.
 */
class RunOverHttpIT {

    private static final Duration LONG = Duration.ofMinutes(4);
    private static TestService service;
    private static Path inbox;

    @BeforeAll
    static void start() throws Exception {
        inbox = TestService.tempInbox("run-over-http");
        service = TestService.start(TestService.settings(inbox, 2, null, null), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void anUploadedSampleRunsToCompletionAndItsFilesDownload() throws Exception {
        HttpResponse<String> started = service.postZip("/api/executions?name=talks.zip", "analyst", ArticleZips.sample());
        assertEquals(202, started.statusCode(), started.body());
        long execution = TestService.json(started).get("execution").asLong();
        assertEquals("/api/executions/" + execution, started.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^http://[^/]+", ""));

        JsonNode done = service.awaitEnd(execution, LONG);
        assertEquals("COMPLETED", done.get("status").asText(), done.toString());
        assertEquals(List.of("ingestArticles", "extractStatements", "assembleBriefings", "renderBriefings",
                "publishBriefings"), names(done));
        JsonNode ingest = done.get("steps").get(0);
        assertEquals(14, ingest.get("read").asInt(), ingest.toString()); // 12 files, the .jsonl holding three
        assertEquals("analyst", done.get("request").get("by").asText());
        assertEquals("upload: talks.zip", done.get("request").get("source").asText());

        String log = service.get("/api/executions/" + execution + "/log", "viewer").body();
        assertTrue(log.contains("started for analyst (manual: upload: talks.zip)"), log);
        assertTrue(log.contains("step extractStatements ended: "), log);

        JsonNode rounds = TestService.json(service.get("/api/rounds", "viewer"));
        JsonNode run = TestService.json(service.get("/api/briefings/" + execution, "viewer"));
        assertEquals(4, run.get("manifest").get("rounds").size(), run.toString()); // the sample set's four rounds
        List<String> listed = new ArrayList<>();
        rounds.forEach(r -> listed.add(r.get("id").asText()));
        run.get("manifest").get("rounds").forEach(r -> assertTrue(listed.contains(r.get("id").asText()),
                r.get("id") + " is not among the rounds listed: " + listed));

        JsonNode firstRound = run.get("manifest").get("rounds").get(0);
        HttpResponse<byte[]> pdf = service.sendForBytes(service.request("/api/briefings/" + execution + "/"
                + firstRound.get("id").asText() + ".pdf", "viewer").GET().build());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains(firstRound.get("title").asText()), text);
            assertTrue(text.contains("Sources") && text.contains("Method"), text);
        }

        HttpResponse<byte[]> manifest = service.sendForBytes(service.request("/api/briefings/" + execution
                + "/manifest.json", "viewer").GET().build());
        assertEquals(200, manifest.statusCode());
        assertEquals("application/json", manifest.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("attachment; filename=\"manifest.json\"",
                manifest.headers().firstValue("Content-Disposition").orElseThrow());
        Path onDisk = TestService.home().paths().briefings().resolve(execution + "/manifest.json");
        assertArrayEquals(Files.readAllBytes(onDisk), manifest.body());
        assertEquals(Long.toString(Files.size(onDisk)), manifest.headers().firstValue("Content-Length").orElseThrow());
        assertEquals(execution, TestService.JSON.readTree(manifest.body()).get("execution").asLong());
    }

    @Test
    void progressIsLiveWhileAStepRunsAndASetInTheInboxCanBeStarted() throws Exception {
        SyntheticArticles.write(inbox.resolve("long-set"), 400, 3);
        HttpResponse<String> started = service.postJson("/api/executions", "analyst", "{\"inbox\": \"long-set\"}");
        assertEquals(202, started.statusCode(), started.body());
        long execution = TestService.json(started).get("execution").asLong();

        JsonNode midway = awaitMidway(execution);
        JsonNode step = midway.get("steps").get(midway.get("steps").size() - 1);
        assertEquals("STARTED", step.get("status").asText(), midway.toString());
        assertEquals(400, step.get("total").asInt(), midway.toString());

        JsonNode done = service.awaitEnd(execution, LONG);
        assertEquals("COMPLETED", done.get("status").asText(), done.toString());
        assertEquals(400, done.get("steps").get(0).get("read").asInt());
        assertEquals("inbox: long-set", done.get("request").get("source").asText());
    }

    /** Polls until a chunk step has read some but not all of its items. */
    private static JsonNode awaitMidway(long execution) throws InterruptedException {
        long deadline = System.nanoTime() + LONG.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode e = TestService.json(service.get("/api/executions/" + execution, "viewer"));
            for (JsonNode step : e.get("steps")) {
                long read = step.get("read").asLong();
                if (step.get("status").asText().equals("STARTED") && read > 0 && read < step.get("total").asLong()) {
                    return e;
                }
            }
            if (!e.get("status").asText().startsWith("START")) {
                throw new AssertionError("the run ended before any progress was seen mid-step: " + e);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no progress seen mid-step");
    }

    private static List<String> names(JsonNode execution) {
        List<String> names = new ArrayList<>();
        execution.get("steps").forEach(s -> names.add(s.get("name").asText()));
        return names;
    }
}
