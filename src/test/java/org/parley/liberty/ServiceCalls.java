package org.parley.liberty;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Calls to a {@code parley serve} process's HTTP API as its one analyst. */
final class ServiceCalls {

    static final String PASSWORD = "analyst-on-liberty-1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String authorization = "Basic " + Base64.getEncoder()
            .encodeToString(("analyst:" + PASSWORD).getBytes(StandardCharsets.UTF_8));

    ServiceCalls(int port) {
        this.port = port;
    }

    JsonNode get(String path) throws IOException, InterruptedException {
        return JSON.readTree(new String(download(path), StandardCharsets.UTF_8));
    }

    byte[] download(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new AssertionError("GET " + path + ": " + r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8));
        }
        return r.body();
    }

    JsonNode post(String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new AssertionError("POST " + path + ": " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
    }

    /** The execution a queued request started. */
    long awaitStart(long request, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode t = get("/api/queue/" + request);
            if (t.hasNonNull("execution")) {
                return t.get("execution").asLong();
            }
            Thread.sleep(300);
        }
        throw new AssertionError("request " + request + " never started");
    }

    /** The execution once it has ended (COMPLETED, FAILED or STOPPED), as GET /api/executions/{id} shows it. */
    JsonNode awaitEnd(long execution, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode e = null;
        while (System.nanoTime() < deadline) {
            e = get("/api/executions/" + execution);
            if (List.of("COMPLETED", "FAILED", "STOPPED").contains(e.get("status").asText())) {
                return e;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("execution " + execution + " did not end: " + e);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization", authorization);
    }
}
