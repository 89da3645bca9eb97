package org.parley.web;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.parley.config.ServiceSettings;
import org.parley.launch.Home;
import org.parley.launch.ParleyService;
import org.parley.launch.TestHome;

/**
 * The real service, in the test JVM, on the JVM's test home and a free port, with three users
 * (one per role), plus an HTTP client that speaks to it as each of them.
 */
final class TestService implements AutoCloseable {

    static final Map<String, String> PASSWORDS = Map.of("viewer", "viewer-secret-1", "analyst", "analyst-secret-2",
            "admin", "admin-secret-3");
    private static List<ServiceSettings.User> users;
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final ParleyService service;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private TestService(ParleyService service) {
        this.service = service;
    }

    /** The users viewer, analyst and admin, each with its role; hashed once per JVM. */
    static synchronized List<ServiceSettings.User> users() {
        if (users == null) {
            users = List.of("viewer", "analyst", "admin").stream()
                    .map(n -> new ServiceSettings.User(n, n, PasswordHash.hash(PASSWORDS.get(n).toCharArray()))).toList();
        }
        return users;
    }

    /** Settings for a test: the three users, an inbox of its own, a run limit, a schedule and retention. */
    static ServiceSettings settings(Path inbox, int concurrent, ServiceSettings.Schedule schedule,
                                    ServiceSettings.Retention retention) {
        return new ServiceSettings(0, "127.0.0.1", inbox.toString(), new ServiceSettings.Runs(concurrent), users(),
                schedule == null ? new ServiceSettings.Schedule("off", null, null) : schedule, retention, null, null, null, null);
    }

    static TestService start(ServiceSettings settings, Clock clock) throws IOException {
        Home home = TestHome.get();
        return new TestService(ParleyService.start(home, settings, clock, Duration.ZERO,
                new PrintStream(PrintStream.nullOutputStream())));
    }

    static Home home() {
        return TestHome.get();
    }

    ParleyService service() {
        return service;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + service.port() + path);
    }

    /** A request to the service as a user (null: no credentials). */
    HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
        if (user != null) {
            b.header("Authorization", basic(user, PASSWORDS.get(user)));
        }
        return b;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<byte[]> sendForBytes(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String path, String user) {
        return send(request(path, user).GET().build());
    }

    HttpResponse<String> postJson(String path, String user, String json) {
        return send(request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpResponse<String> postZip(String path, String user, byte[] zip) {
        return send(request(path, user).header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip)).build());
    }

    HttpResponse<String> postEmpty(String path, String user) {
        return send(request(path, user).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    /** The CSRF token of a page's (first) form. */
    static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no CSRF token in " + html);
        }
        return m.group(1);
    }

    /** The value of a cookie the response sets. */
    static String cookie(HttpResponse<String> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';'))).findFirst()
                .orElseThrow(() -> new AssertionError("no cookie " + name + " in " + response.headers()));
    }

    /** Polls an execution over HTTP until it ends; fails after the timeout. */
    JsonNode awaitEnd(long execution, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode e = json(get("/api/executions/" + execution, "viewer"));
            String status = e.path("status").asText();
            if (List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(status)) {
                return e;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("execution " + execution + " still " + status + " after " + timeout);
            }
            Thread.sleep(100);
        }
    }

    /** Polls a request until it has started, returning its execution. */
    long awaitStart(long request, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode t = json(get("/api/queue/" + request, "viewer"));
            if (t.hasNonNull("execution")) {
                return t.get("execution").asLong();
            }
            if (!t.path("state").asText().equals("QUEUED") || System.nanoTime() > deadline) {
                throw new AssertionError("request " + request + " did not start: " + t);
            }
            Thread.sleep(100);
        }
    }

    static Path tempInbox(String name) throws IOException {
        Path dir = Path.of("target", "it-inboxes", name + "-" + ProcessHandle.current().pid()).toAbsolutePath();
        Files.createDirectories(dir);
        return dir;
    }

    @Override
    public void close() {
        service.close();
    }
}
