package org.parley.launch;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import javax.net.ssl.SSLContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A briefing run on an Open Liberty server that has {@code parley-liberty.war} deployed, started and
 * followed through Liberty's batch REST API ({@code /ibm/api/batch}): the job, its partitions and its
 * job repository are the server's; the articles and the output folder must be paths the server sees.
 * The server's certificate is trusted as given (a PEM file), its user and password come from the
 * environment, never from the command line.
 */
final class LibertyRun {

    /** The environment variables that hold the Liberty user and password of the batch REST API. */
    static final String USER_VARIABLE = "PARLEY_LIBERTY_USER";
    static final String PASSWORD_VARIABLE = "PARLEY_LIBERTY_PASSWORD";
    private static final Set<String> ENDED = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration POLL = Duration.ofMillis(500);

    private final URI base;
    private final String authorization;
    private final HttpClient http;
    private final PrintStream out;

    private LibertyRun(URI base, String user, String password, SSLContext tls, PrintStream out) {
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
        this.http = (tls == null ? builder : builder.sslContext(tls)).build();
        this.out = out;
    }

    /**
     * A client of the Liberty server at {@code url} (https, or http for a server on loopback),
     * trusting {@code certificate} (a PEM file) when given, else the JVM's trusted authorities; the
     * user and password from {@code environment}. A missing or bad value fails here, naming it.
     */
    static LibertyRun of(String url, Path certificate, Map<String, String> environment, PrintStream out)
            throws IOException {
        // the URL, the credentials and the certificate are checked before anything is sent
        URI base;
        try {
            base = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--liberty " + url + ": not a URL (" + e.getMessage() + ")");
        }
        if (base.getHost() == null || !("https".equals(base.getScheme()) || "http".equals(base.getScheme()))) {
            throw new IllegalArgumentException("--liberty " + url + ": give the server's https://HOST:PORT");
        }
        if ("http".equals(base.getScheme()) && !loopback(base.getHost())) {
            throw new IllegalArgumentException("--liberty " + url + ": the password would go in the clear; use https");
        }
        String user = environment.get(USER_VARIABLE);
        String password = environment.get(PASSWORD_VARIABLE);
        if (user == null || user.isBlank() || password == null || password.isEmpty()) {
            throw new IllegalArgumentException("--liberty: set " + USER_VARIABLE + " and " + PASSWORD_VARIABLE
                    + " to a user of the server's batch REST API (batchAdmin or batchSubmitter)");
        }
        SSLContext tls = null;
        if (certificate != null) {
            if (!Files.isRegularFile(certificate)) {
                throw new IllegalArgumentException("--liberty-certificate " + certificate + ": no such file");
            }
            tls = PinnedCertificate.context(Files.readString(certificate, StandardCharsets.US_ASCII));
        }
        return new LibertyRun(base, user, password, tls, out);
    }

    /** True for a loopback host as written (no name is looked up): localhost, 127.x.x.x, ::1. */
    private static boolean loopback(String host) {
        return host.equalsIgnoreCase("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
    }

    /** Submits the briefing job with {@code parameters}, follows it to its end; the exit code. */
    int run(JobParameters parameters) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("applicationName", "parley");
        body.put("moduleName", "parley-liberty.war");
        body.put("jobXMLName", "briefing");
        Properties p = parameters.toProperties();
        Map<String, String> values = new LinkedHashMap<>();
        p.stringPropertyNames().stream().sorted().forEach(k -> values.put(k, p.getProperty(k)));
        body.put("jobParameters", values);
        long instance = call("POST", "/ibm/api/batch/jobinstances", JSON.writeValueAsString(body))
                .get("instanceId").asLong();
        out.println("Submitted to " + base + ": job instance " + instance);
        String status = null;
        while (true) {
            String now = call("GET", "/ibm/api/batch/jobinstances/" + instance, null).path("batchStatus").asText();
            if (!now.equals(status)) {
                out.println("  " + now);
                status = now;
            }
            if (ENDED.contains(now)) {
                break;
            }
            Thread.sleep(POLL.toMillis());
        }
        JsonNode executions = call("GET", "/ibm/api/batch/jobinstances/" + instance + "/jobexecutions", null);
        long execution = executions.path(0).path("executionId").asLong(-1);
        if (status.equals("COMPLETED")) {
            out.println("Briefings written on the server to " + parameters.output().resolve(Long.toString(execution))
                    + " (and " + parameters.output().resolve("latest") + ")");
            return ExitCodes.COMPLETED;
        }
        String exit = executions.path(0).path("exitStatus").asText("");
        out.println("Execution " + execution + " ended " + status + (exit.isEmpty() || exit.equals(status) ? ""
                : ": " + exit) + "; its log is in the server's joblogs");
        return status.equals("STOPPED") ? ExitCodes.STOPPED : ExitCodes.FAILED;
    }

    private JsonNode call(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw new IllegalArgumentException("the Liberty server refused " + USER_VARIABLE + " (" + response.statusCode()
                    + "): the user needs the batchAdmin or batchSubmitter role");
        }
        if (response.statusCode() / 100 != 2) {
            throw new IOException(method + " " + path + " on " + base + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
