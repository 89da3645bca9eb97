package org.parley.launch;

import java.io.IOException;
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

import javax.net.ssl.SSLContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A client of an Open Liberty server's batch REST API ({@code /ibm/api/batch}) where
 * {@code parley-liberty.war} is deployed. The server's certificate is trusted as given (a PEM file,
 * pinned), its user and password come from the environment, never from the command line; each is
 * checked before anything is sent.
 */
final class LibertyClient {

    /** The environment variables that hold the Liberty user and password of the batch REST API. */
    static final String USER_VARIABLE = "PARLEY_LIBERTY_USER";
    static final String PASSWORD_VARIABLE = "PARLEY_LIBERTY_PASSWORD";
    static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final String authorization;
    private final HttpClient http;

    private LibertyClient(URI base, String user, String password, SSLContext tls) {
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
        this.http = (tls == null ? builder : builder.sslContext(tls)).build();
    }

    /**
     * A client of the Liberty server at {@code url} (https, or http for a server on loopback),
     * trusting {@code certificate} (a PEM file) when given, else the JVM's trusted authorities; the
     * user and password from {@code environment}. A missing or bad value fails here, naming it.
     */
    static LibertyClient of(String url, Path certificate, Map<String, String> environment) throws IOException {
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
        return new LibertyClient(base, user, password, tls);
    }

    /** The body that submits the briefing job of {@code parley-liberty.war} with these parameters. */
    static String submission(Properties parameters) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("applicationName", "parley");
        body.put("moduleName", "parley-liberty.war");
        body.put("jobXMLName", Jobs.BRIEFING);
        body.put("jobParameters", sorted(parameters));
        return write(body);
    }

    /** The body that restarts an execution with these parameters. */
    static String restart(Properties parameters) {
        return write(Map.of("jobParameters", sorted(parameters)));
    }

    private static Map<String, String> sorted(Properties p) {
        Map<String, String> values = new LinkedHashMap<>();
        p.stringPropertyNames().stream().sorted().forEach(k -> values.put(k, p.getProperty(k)));
        return values;
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write a map of strings as JSON", e);
        }
    }

    /** True for a loopback host as written (no name is looked up): localhost, 127.x.x.x, ::1. */
    private static boolean loopback(String host) {
        return host.equalsIgnoreCase("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
    }

    /** The server's address, as given. */
    URI base() {
        return base;
    }

    /** The answer of one call, or null for a 404 (no such instance or execution). */
    JsonNode call(String method, String path, String body) throws IOException, InterruptedException {
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
        if (response.statusCode() == 404) {
            return null;
        }
        if (response.statusCode() / 100 != 2) {
            throw new LibertyCallException(method + " " + path + " on " + base + ": " + response.statusCode() + " "
                    + response.body(), response.statusCode());
        }
        return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    /** A call the server answered with an error other than 401, 403 and 404. */
    static final class LibertyCallException extends IOException {
        private final int status;

        LibertyCallException(String message, int status) {
            super(message);
            this.status = status;
        }

        int status() {
            return status;
        }
    }
}
