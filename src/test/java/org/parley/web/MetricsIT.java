package org.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.parley.config.ServiceSettings;

/**
 * {@code GET /metrics} after a run: Prometheus's own text-format parser (Debian's
 * python3-prometheus-client) reads it, and it counts the run, its steps, articles and statements;
 * readiness names its checks, and a schedule that never comes makes it 503.
 */
class MetricsIT {

    /** Debian's parser of the Prometheus text format; run-tests installs it. */
    private static final Path PARSER = Path.of("/usr/lib/python3/dist-packages/prometheus_client/parser.py");
    private static TestService service;

    @BeforeAll
    static void start() throws Exception {
        // 30 February: the expression parses, but the schedule never comes
        service = TestService.start(TestService.settings(TestService.tempInbox("metrics"), 1,
                new ServiceSettings.Schedule("0 2 30 2 *", "UTC", null), null), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void theMetricsParseAsPrometheusTextAndCountARun() throws Exception {
        assumeTrue(Files.isRegularFile(PARSER), "no " + PARSER + " (Debian's python3-prometheus-client): "
                + "the metrics are not parsed");
        // the tests share one home: this service also counts the ends of runs that earlier tests' services left going
        JsonNode before = parse(awaitIdle().body());
        HttpResponse<String> started = service.postZip("/api/executions?name=talks.zip", "analyst", ArticleZips.sample());
        assertEquals(202, started.statusCode(), started.body());
        long execution = TestService.json(started).get("execution").asLong();
        assertEquals("COMPLETED", service.awaitEnd(execution, Duration.ofMinutes(4)).get("status").asText());

        assertEquals(401, service.get("/metrics", null).statusCode(), "the metrics are for signed-in users");
        HttpResponse<String> metrics = awaitCounted(ended(before) + 1);
        assertEquals(200, metrics.statusCode(), metrics.body());
        String type = metrics.headers().firstValue("Content-Type").orElseThrow().replace(" ", "");
        assertTrue(type.startsWith("text/plain;") && type.contains(";version=0.0.4") && type.contains(";charset=utf-8"),
                type);
        JsonNode samples = parse(metrics.body());
        assertEquals(1.0, sum(samples, "parley_runs_ended_total", "outcome", "COMPLETED")
                - sum(before, "parley_runs_ended_total", "outcome", "COMPLETED"), metrics.body());
        for (String step : new String[] {"ingestArticles", "extractStatements", "assembleBriefings", "renderBriefings",
                "publishBriefings"}) {
            assertEquals(1.0, sum(samples, "parley_step_duration_seconds_count", "step", step)
                    - sum(before, "parley_step_duration_seconds_count", "step", step),
                    step + ": before\n" + before + "\nafter\n" + metrics.body());
            assertTrue(value(samples, "parley_step_duration_seconds_sum", "step", step) >= 0, step);
        }
        assertTrue(value(samples, "parley_articles_read_total", null, null)
                - value(before, "parley_articles_read_total", null, null) >= 12, metrics.body());
        assertTrue(value(samples, "parley_statements_total", null, null)
                - value(before, "parley_statements_total", null, null) > 0, metrics.body());
        assertEquals(0.0, value(samples, "parley_queue_requests", "state", "queued"));
        assertEquals(0.0, value(samples, "parley_schedule_healthy", null, null), "the schedule never comes");
        assertTrue(value(samples, "jvm_memory_used_bytes", "area", "heap") > 0);
    }

    @Test
    void readinessNamesItsChecksAndAScheduleThatNeverComesIsDown() throws Exception {
        HttpResponse<String> ready = service.get("/health/ready", null);
        assertEquals(503, ready.statusCode(), ready.body());
        JsonNode health = TestService.json(ready);
        assertEquals("DOWN", health.get("status").asText());
        assertEquals("database", health.get("checks").get(0).get("name").asText());
        assertEquals("UP", health.get("checks").get(0).get("status").asText());
        JsonNode schedule = health.get("checks").get(1);
        assertEquals("schedule", schedule.get("name").asText());
        assertEquals("DOWN", schedule.get("status").asText());
        assertEquals("the schedule 0 2 30 2 * (UTC) never comes again", schedule.get("detail").asText());
        assertEquals("disk", health.get("checks").get(2).get("name").asText());
        assertEquals("UP", health.get("checks").get(2).get("status").asText(), "the home's disk has room");
        assertEquals(200, service.get("/health/live", null).statusCode());
    }

    @Test
    void everyAnsweredRequestIsInTheAccessLogWithItsUserStatusAndTime() throws Exception {
        assertEquals(200, service.get("/api/executions?limit=1", "viewer").statusCode());
        assertEquals(401, service.get("/metrics?from=access-log-test", null).statusCode());
        java.util.List<String> lines = Files.readAllLines(TestService.home().paths().logs().resolve("access.log"));
        java.util.regex.Pattern time = java.util.regex.Pattern.compile(
                "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}(Z|[+-]\\d{2}:\\d{2}) 127\\.0\\.0\\.1 ");
        assertTrue(lines.stream().anyMatch(l -> time.matcher(l).lookingAt()
                && l.matches(".* viewer \"GET /api/executions\\?limit=1\" 200 \\d+ ms")), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.matches(".* - \"GET /metrics\\?from=access-log-test\" 401 \\d+ ms")),
                "a refused request, with no user");
    }

    @Test
    void aClientThatAsksToUpgradeToHttp2IsAnsweredAtOnceInHttp11() throws Exception {
        // Java's HttpClient asks every first request to upgrade (Upgrade: h2c); the service once waited
        // 30 s for a body and answered 500
        java.net.http.HttpClient http2 = java.net.http.HttpClient.newHttpClient();
        HttpResponse<String> ready = http2.send(java.net.http.HttpRequest.newBuilder(service.uri("/health/live"))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), ready.body());
        assertEquals(java.net.http.HttpClient.Version.HTTP_1_1, ready.version());
    }

    /** The metrics once this service's queue holds no request that is queued or going. */
    private static HttpResponse<String> awaitIdle() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        HttpResponse<String> metrics = service.get("/metrics", "viewer");
        double endedBefore = -1;
        while (System.nanoTime() < deadline) {
            JsonNode samples = parse(metrics.body());
            // idle, and the end of the last request seen going counted (counting follows the move)
            if (value(samples, "parley_queue_requests", "state", "queued") == 0
                    && value(samples, "parley_queue_requests", "state", "started") == 0 && ended(samples) == endedBefore) {
                return metrics;
            }
            endedBefore = ended(samples);
            Thread.sleep(500);
            metrics = service.get("/metrics", "viewer");
        }
        throw new AssertionError("requests left by earlier tests still going after 4 minutes:\n" + metrics.body());
    }

    /** The metrics once {@code count} runs' ends have been counted (the queue hears of an end on its next look). */
    private static HttpResponse<String> awaitCounted(double count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        HttpResponse<String> metrics = service.get("/metrics", "viewer");
        while (ended(parse(metrics.body())) < count && System.nanoTime() < deadline) {
            Thread.sleep(200);
            metrics = service.get("/metrics", "viewer");
        }
        return metrics;
    }

    /** How many runs' ends the samples count, of any kind and outcome. */
    private static double ended(JsonNode samples) {
        double sum = 0;
        for (JsonNode s : samples) {
            if (s.get("name").asText().equals("parley_runs_ended_total")) {
                sum += s.get("value").asDouble();
            }
        }
        return sum;
    }

    /** The samples of a Prometheus text, as Prometheus's parser reads them: [{name, labels, value}]. */
    private static JsonNode parse(String text) throws Exception {
        Process p = new ProcessBuilder("/usr/bin/python3", "-c", String.join("\n",
                "import json, sys",
                "from prometheus_client.parser import text_string_to_metric_families",
                "out = []",
                "for family in text_string_to_metric_families(sys.stdin.read()):",
                "    for s in family.samples:",
                "        out.append({'name': s.name, 'labels': s.labels, 'value': s.value})",
                "print(json.dumps(out))")).redirectErrorStream(true).start();
        p.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the parser did not finish");
        assertEquals(0, p.exitValue(), "Prometheus's parser refused the metrics:\n" + out + "\n" + text);
        // a gauge with no value yet is NaN, which Python's JSON writes as such
        return new com.fasterxml.jackson.databind.ObjectMapper()
                .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS.mappedFeature())
                .readTree(out);
    }

    /** The sum of the samples of {@code name} whose {@code label} is {@code value} (of every kind of run, say). */
    private static double sum(JsonNode samples, String name, String label, String value) {
        double sum = 0;
        for (JsonNode s : samples) {
            if (s.get("name").asText().equals(name) && value.equals(s.get("labels").path(label).asText())) {
                sum += s.get("value").asDouble();
            }
        }
        return sum;
    }

    /** The value of the one sample of {@code name} whose {@code label} is {@code value} (any, when null). */
    private static double value(JsonNode samples, String name, String label, String value) {
        for (JsonNode s : samples) {
            if (s.get("name").asText().equals(name) && (label == null || value.equals(s.get("labels").path(label).asText()))) {
                return s.get("value").asDouble();
            }
        }
        throw new AssertionError("no sample " + name + (label == null ? "" : "{" + label + "=" + value + "}"));
    }
}
