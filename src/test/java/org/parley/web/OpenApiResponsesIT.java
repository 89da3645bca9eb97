package org.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI document says what the real service answers: for a handful of operations, after
 * a run, the status is one the operation documents, with the documented content type, and the
 * JSON's top-level fields are those of the schema (its required ones present, none it does not list).
 */
class OpenApiResponsesIT {

    private static TestService service;
    private static JsonNode document;
    private static long done;

    @BeforeAll
    static void start() throws Exception {
        service = TestService.start(TestService.settings(TestService.tempInbox("openapi-responses"), 1, null, null),
                Clock.systemUTC());
        HttpResponse<String> yaml = service.get("/openapi?format=yaml", null);
        assertEquals(200, yaml.statusCode(), yaml.body());
        document = new ObjectMapper(new YAMLFactory()).readTree(yaml.body());
        HttpResponse<String> started = service.postZip("/api/executions?name=talks.zip", "analyst", ArticleZips.sample());
        assertEquals(202, started.statusCode(), started.body());
        done = service.awaitStart(TestService.json(started).get("request").asLong(), Duration.ofMinutes(2));
        assertEquals("COMPLETED", service.awaitEnd(done, Duration.ofMinutes(4)).get("status").asText());
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void theListOfExecutions() {
        JsonNode executions = assertDocumented("/api/executions", "get", service.get("/api/executions", "viewer"), 200);
        assertTrue(executions.size() >= 1, "the run is listed: " + executions);
    }

    @Test
    void oneExecution() {
        assertDocumented("/api/executions/{id}", "get", service.get("/api/executions/" + done, "viewer"), 200);
    }

    @Test
    void theListOfBriefings() {
        JsonNode runs = assertDocumented("/api/briefings", "get", service.get("/api/briefings", "viewer"), 200);
        assertTrue(runs.size() >= 1, "the run published its briefings: " + runs);
    }

    @Test
    void theRoundsWithWhatThePageGroupsAndFiltersThemBy() {
        JsonNode rounds = assertDocumented("/api/rounds", "get", service.get("/api/rounds", "viewer"), 200);
        assertTrue(rounds.size() >= 1, "the run published rounds: " + rounds);
        for (JsonNode round : rounds) {
            assertTrue(round.get("parties").isArray(), round.toString());
            assertTrue(round.has("forum") && round.has("place") && round.has("start"), round.toString());
        }
    }

    @Test
    void readiness() {
        HttpResponse<String> ready = service.get("/health/ready", null);
        assertDocumented("/health/ready", "get", ready, ready.statusCode());
    }

    @Test
    void anUnknownExecutionIs404() {
        JsonNode problem = assertDocumented("/api/executions/{id}", "get",
                service.get("/api/executions/999999999999", "viewer"), 404);
        assertEquals("there is no execution 999999999999", problem.get("detail").asText());
    }

    @Test
    void aDryRunPurge() {
        JsonNode purged = assertDocumented("/api/purge", "post",
                service.postEmpty("/api/purge?before=2000-01-01&dryRun=true", "admin"), 200);
        assertTrue(purged.get("dryRun").asBoolean(), purged.toString());
        assertDocumented("/api/purge", "post", service.postEmpty("/api/purge?before=soon", "admin"), 400);
    }

    @Test
    void aBadLimitIs400() {
        assertDocumented("/api/executions", "get", service.get("/api/executions?limit=0", "viewer"), 400);
    }

    @Test
    void noCredentialsIs401() {
        assertDocumented("/api/briefings", "get", service.get("/api/briefings", null), 401);
    }

    /** Checks the response against the operation's documented one for its status; returns its JSON. */
    private static JsonNode assertDocumented(String path, String method, HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        JsonNode operation = document.path("paths").path(path).path(method);
        assertFalse(operation.isMissingNode(), method + " " + path + " is not in the document");
        JsonNode documented = resolved(operation.path("responses").path(Integer.toString(status)));
        assertFalse(documented.isMissingNode(), method + " " + path + " does not document " + status);
        String type = response.headers().firstValue("Content-Type").orElseThrow().split(";")[0].strip();
        JsonNode schema = resolved(documented.path("content").path(type).path("schema"));
        assertFalse(schema.isMissingNode(), method + " " + path + " " + status + " does not document " + type);
        JsonNode body = TestService.json(response);
        if (schema.path("type").asText().equals("array")) {
            assertTrue(body.isArray(), body.toString());
            body.forEach(item -> assertFields(resolved(schema.path("items")), item, method + " " + path));
        } else {
            assertFields(schema, body, method + " " + path);
        }
        return body;
    }

    private static void assertFields(JsonNode schema, JsonNode object, String operation) {
        assertTrue(object.isObject(), operation + ": " + object);
        Set<String> fields = new TreeSet<>();
        object.fieldNames().forEachRemaining(fields::add);
        Set<String> undocumented = new TreeSet<>(fields);
        schema.path("properties").fieldNames().forEachRemaining(undocumented::remove);
        assertEquals(Set.of(), undocumented, operation + ": fields the schema does not list in " + object);
        Set<String> missing = new TreeSet<>();
        schema.path("required").forEach(name -> missing.add(name.asText()));
        missing.removeAll(fields);
        assertEquals(Set.of(), missing, operation + ": required fields missing from " + object);
    }

    /** The node a {@code $ref} names within the document, or the node itself. */
    private static JsonNode resolved(JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#/") ? resolved(document.at(ref.substring(1))) : node;
    }
}
