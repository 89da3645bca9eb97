package org.parley.web;

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

import org.junit.jupiter.api.Test;

import org.parley.launch.SyntheticArticles;

/**
 * A restart with changed parameters: each bad, unknown or fixed parameter is refused at once (400
 * naming it, nothing queued, the run still restartable), as is a new run's bad partitions or render
 * partitions (JSON, query or form field); a new run's partitions reach its job; and a good change runs:
 * the restart gets the original parameters with the changes laid over them, and writes what they ask for.
 */
class RestartParametersIT {

    private static final Duration LONG = Duration.ofMinutes(4);

    @Test
    void aStoppedRunRestartsWithOtherFormatsAndTemplateAndRefusesBadChangesNamingThem() throws Exception {
        Path set = TestService.tempInbox("restart-params-set");
        SyntheticArticles.write(set, 600, 33);
        Path inbox = TestService.tempInbox("restart-params");
        Path parties = Files.writeString(inbox.resolve("more-parties.yaml"), "parties:\n  - name: Karvessia\n");
        Files.writeString(inbox.resolve("broken-rounds.yaml"), "rounds:\n  - place: [Geneva\n");
        try (TestService service = TestService.start(TestService.settings(inbox, 1, null, null), Clock.systemUTC())) {
            refused(service, "/api/executions", "{\"inbox\": \"more-parties.yaml\", \"renderPartitions\": 0}",
                    "renderPartitions must be 1 to 64, not '0'");
            HttpResponse<String> badZip = service.postZip("/api/executions?name=big.zip&renderPartitions=all", "analyst",
                    ArticleZips.folder(set));
            assertEquals(400, badZip.statusCode(), badZip.body());
            assertEquals("renderPartitions must be 1 to 64, not 'all'", TestService.json(badZip).get("detail").asText());
            refused(service, "/api/executions", "{\"inbox\": \"more-parties.yaml\", \"partitions\": 65}",
                    "partitions must be 1 to 64, not '65'");
            HttpResponse<String> badPartitions = service.postZip("/api/executions?name=big.zip&partitions=0", "analyst",
                    ArticleZips.folder(set));
            assertEquals(400, badPartitions.statusCode(), badPartitions.body());
            assertEquals("partitions must be 1 to 64, not '0'", TestService.json(badPartitions).get("detail").asText());
            HttpResponse<String> badField = postMultipart(service, ArticleZips.folder(set), "partitions", "all");
            assertEquals(400, badField.statusCode(), badField.body());
            assertEquals("partitions must be 1 to 64, not 'all'", TestService.json(badField).get("detail").asText());
            assertEquals(0, TestService.json(service.get("/api/queue", "viewer")).size(), "no bad start was queued");
            long stopped = service.awaitStart(TestService.json(service.postZip("/api/executions?name=big.zip&partitions=3",
                    "analyst", ArticleZips.folder(set))).get("request").asLong(), LONG);
            assertEquals(202, service.postEmpty("/api/executions/" + stopped + "/stop", "analyst").statusCode());
            assertEquals("STOPPED", service.awaitEnd(stopped, LONG).get("status").asText());
            JsonNode before = TestService.json(service.get("/api/executions/" + stopped, "viewer"));
            JsonNode original = before.get("parameters");
            assertEquals("3", original.get("partitions").asText(), "the start's partitions reached the job: " + original);

            String restart = "/api/executions/" + stopped + "/restart";
            refused(service, restart, "{\"colour\": \"red\"}", "'colour' is not a parameter a restart can change");
            refused(service, restart, "{\"articles\": \"/tmp/elsewhere\"}", "articles cannot change on a restart");
            refused(service, restart, "{\"output\": \"/tmp/elsewhere\"}", "output cannot change on a restart");
            refused(service, restart, "{\"formats\": \"pdf,odt\"}", "formats: unknown format 'odt'");
            refused(service, restart, "{\"template\": \"no-such-template\"}", "template: ");
            refused(service, restart, "{\"partitions\": 0}", "partitions must be 1 to 64");
            refused(service, restart, "{\"renderPartitions\": 65}", "renderPartitions must be 1 to 64, not '65'");
            refused(service, restart, "{\"rounds\": \"../rounds.yaml\"}", "rounds: there is no file '../rounds.yaml' in the inbox");
            refused(service, restart, "{\"rounds\": \"broken-rounds.yaml\"}", "rounds " + inbox.resolve("broken-rounds.yaml")
                    + " cannot be used: ");
            refused(service, restart, "[\"template\"]", "a restart's body is a JSON object");
            refused(service, restart, "{\"template\": ", "the request body is not JSON Parley reads");
            assertEquals(0, TestService.json(service.get("/api/queue", "viewer")).size(), "nothing was queued");
            assertTrue(TestService.json(service.get("/api/executions/" + stopped, "viewer")).get("restartable").asBoolean());

            HttpResponse<String> accepted = service.postJson(restart, "admin",
                    "{\"formats\": \"pdf\", \"template\": \"summary\", \"partitions\": 2, \"renderPartitions\": 2, "
                            + "\"parties\": \"more-parties.yaml\"}");
            assertEquals(202, accepted.statusCode(), accepted.body());
            long restarted = service.awaitStart(TestService.json(accepted).get("request").asLong(), LONG);
            JsonNode run = service.awaitEnd(restarted, LONG);
            assertEquals("COMPLETED", run.get("status").asText(), run.toString());
            JsonNode parameters = run.get("parameters");
            assertEquals("pdf", parameters.get("formats").asText());
            assertEquals("summary", parameters.get("template").asText());
            assertEquals("2", parameters.get("partitions").asText());
            assertEquals("2", parameters.get("renderPartitions").asText());
            assertEquals(parties.toString(), parameters.get("parties").asText(), "a parties file in the inbox");
            assertEquals(original.get("articles").asText(), parameters.get("articles").asText(),
                    "the restart got the whole set: the article set as it was");
            assertEquals(before.get("instance").asLong(), run.get("instance").asLong(), "the same run");

            List<String> formats = new ArrayList<>();
            TestService.json(service.get("/api/briefings/" + restarted, "viewer")).get("files")
                    .forEach(f -> formats.add(f.get("format").asText()));
            assertTrue(formats.contains("pdf") && !formats.contains("docx"), "PDFs, no Word files: " + formats);
            assertTrue(audited(service, stopped), "the audit log has the changes");
        }
    }

    private static void refused(TestService service, String path, String body, String detail) {
        HttpResponse<String> response = service.postJson(path, "admin", body);
        assertEquals(400, response.statusCode(), body + " -> " + response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        String said = TestService.json(response).get("detail").asText();
        assertTrue(said.contains(detail), body + " -> " + said);
    }

    /** A start as the page's form would send it: the .zip as the field 'file', and one more field. */
    private static HttpResponse<String> postMultipart(TestService service, byte[] zip, String field, String value) {
        String boundary = "parley-test-boundary";
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"\r\n\r\n" + value
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.zip\"\r\n"
                + "Content-Type: application/zip\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        body.writeBytes(head);
        body.writeBytes(zip);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return service.send(service.request("/api/executions", "analyst")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    private static boolean audited(TestService service, long stopped) {
        for (JsonNode entry : TestService.json(service.get("/api/audit?limit=20", "admin"))) {
            if (entry.get("action").asText().equals("restart") && entry.get("target").asText().equals("execution " + stopped)
                    && entry.path("detail").asText().contains("formats=pdf")) {
                return true;
            }
        }
        return false;
    }
}
