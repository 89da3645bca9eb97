package org.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parley.launch.ParleyProcess;
import org.parley.launch.SyntheticArticles;

/**
 * The service from the built jar, as operations run it: killed during a run, started again, the
 * run shown FAILED and restarted to COMPLETED with exactly the statements of an uninterrupted run
 * (the queued run that survived the crash); and the other commands going through its API.
 */
class ServeJarIT {

    private static final Duration LONG = Duration.ofMinutes(5);
    private static final Pattern PORT = Pattern.compile("Parley serves http://localhost:(\\d+)/");

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void aRunKilledWithTheServerIsFailedThenRestartedToTheResultOfACleanRun() throws Exception {
        Path home = dir.resolve("home");
        Path config = config(dir.resolve("inbox"));
        SyntheticArticles.write(dir.resolve("inbox/big"), 500, 77);

        ParleyProcess first = serve(home, config, "serve-1.txt");
        int port = port(first);
        JsonNode a = json(post(port, "/api/executions", "analyst", "{\"inbox\": \"big\"}"));
        long crashed = a.get("execution").asLong();
        JsonNode b = json(post(port, "/api/executions", "analyst", "{\"inbox\": \"big\"}"));
        assertEquals("QUEUED", b.get("state").asText(), b.toString());
        awaitExtracting(port, crashed);
        first.kill();

        ParleyProcess second = serve(home, config, "serve-2.txt");
        port = port(second);
        JsonNode failed = json(get(port, "/api/executions/" + crashed, "viewer"));
        assertEquals("FAILED", failed.get("status").asText(), failed.toString());
        long clean = awaitStart(port, b.get("request").asLong());
        assertEquals("COMPLETED", awaitEnd(port, clean).get("status").asText());

        JsonNode restart = json(post(port, "/api/executions/" + crashed + "/restart", "admin", null));
        long restarted = restart.get("execution").asLong();
        assertEquals("COMPLETED", awaitEnd(port, restarted).get("status").asText());
        HttpResponse<String> again = post(port, "/api/executions/" + restarted + "/restart", "admin", null);
        assertEquals(409, again.statusCode());
        assertTrue(again.body().contains("is COMPLETED; only a FAILED or STOPPED execution can be restarted"), again.body());

        JsonNode cleanSummary = json(get(port, "/api/briefings/" + clean, "viewer")).get("manifest").get("summary");
        JsonNode restartedSummary = json(get(port, "/api/briefings/" + restarted, "viewer")).get("manifest").get("summary");
        assertTrue(cleanSummary.get("statements").asInt() > 500, cleanSummary.toString());
        assertEquals(cleanSummary.get("statements").asInt(), restartedSummary.get("statements").asInt());
        assertEquals(cleanSummary.get("articles").asInt(), restartedSummary.get("articles").asInt());
        assertEquals(cleanSummary.get("rounds"), restartedSummary.get("rounds"));

        second.terminate();
        assertEquals(128 + 15, second.waitFor(LONG), second.output());
    }

    @Test
    void theCommandsGoThroughTheServerThatHoldsTheHome() throws Exception {
        Path home = dir.resolve("home");
        Path config = config(dir.resolve("inbox"));
        SyntheticArticles.write(dir.resolve("elsewhere"), 12, 5);
        ParleyProcess server = serve(home, config, "serve.txt");
        int port = port(server);
        Map<String, String> analyst = Map.of("PARLEY_USER", "analyst", "PARLEY_PASSWORD", TestService.PASSWORDS.get("analyst"));

        ParleyProcess.Result run = ParleyProcess.run(dir, LONG, analyst, "run", "--home", home.toString(),
                "--articles", dir.resolve("elsewhere").toString(), "--formats", "pdf", "--partitions", "2",
                "--render-partitions", "3");
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("Run 1 COMPLETED"), run.output());
        assertTrue(run.output().contains("Articles: 12 read"), run.output());
        JsonNode parameters = json(get(port, "/api/executions/1", "viewer")).get("parameters");
        assertEquals("2", parameters.path("partitions").asText(), "--partitions went to the server: " + parameters);
        assertEquals("3", parameters.path("renderPartitions").asText(), parameters.toString());

        ParleyProcess.Result jobs = ParleyProcess.run(dir, LONG, analyst, "jobs", "--home", home.toString());
        assertEquals(0, jobs.exitCode(), jobs.output());
        assertTrue(jobs.output().matches("(?s).*\\n1 +1 +COMPLETED +publishBriefings .*12 articles read.*"), jobs.output());

        ParleyProcess.Result restart = ParleyProcess.run(dir, LONG, Map.of("PARLEY_USER", "admin", "PARLEY_PASSWORD",
                TestService.PASSWORDS.get("admin")), "restart", "1", "--home", home.toString());
        assertEquals(2, restart.exitCode(), restart.output());
        assertTrue(restart.output().contains("execution 1 is COMPLETED; only a FAILED or STOPPED execution can be restarted"),
                restart.output());

        ParleyProcess.Result changed = ParleyProcess.run(dir, LONG, Map.of("PARLEY_USER", "admin", "PARLEY_PASSWORD",
                TestService.PASSWORDS.get("admin")), "restart", "1", "--template", "summary", "--home", home.toString());
        assertEquals(2, changed.exitCode(), changed.output());
        assertTrue(changed.output().contains("execution 1 is COMPLETED"), changed.output());
        ParleyProcess.Result unknown = ParleyProcess.run(dir, LONG, "restart", "1", "--articles", "x", "--home",
                home.toString());
        assertEquals(2, unknown.exitCode(), unknown.output());
        assertTrue(unknown.output().contains("Unknown option") && unknown.output().contains("'--articles'"), unknown.output());

        ParleyProcess.Result dryRun = ParleyProcess.run(dir, LONG, Map.of("PARLEY_USER", "admin", "PARLEY_PASSWORD",
                TestService.PASSWORDS.get("admin")), "purge", "--older-than", "0h", "--dry-run", "--home", home.toString());
        assertEquals(0, dryRun.exitCode(), dryRun.output());
        assertTrue(dryRun.output().contains("Would purge 1 runs that ended more than 0h ago: executions [1]"), dryRun.output());
        ParleyProcess.Result notAdmin = ParleyProcess.run(dir, LONG, analyst, "purge", "--older-than", "0h", "--home",
                home.toString());
        assertEquals(2, notAdmin.exitCode(), notAdmin.output());

        ParleyProcess.Result stop = ParleyProcess.run(dir, LONG, analyst, "stop", "1", "--home", home.toString());
        assertEquals(2, stop.exitCode(), stop.output());
        assertTrue(stop.output().contains("only a running execution can be stopped"), stop.output());

        ParleyProcess.Result noUser = ParleyProcess.run(dir, LONG, "jobs", "--home", home.toString());
        assertEquals(2, noUser.exitCode(), noUser.output());
        assertTrue(noUser.output().contains("give --user NAME (or set PARLEY_USER) and set PARLEY_PASSWORD"), noUser.output());
        ParleyProcess.Result wrong = ParleyProcess.run(dir, LONG, Map.of("PARLEY_USER", "analyst", "PARLEY_PASSWORD", "nope"),
                "jobs", "--home", home.toString());
        assertEquals(2, wrong.exitCode(), wrong.output());
        assertTrue(wrong.output().contains("wrong user name or password"), wrong.output());

        server.terminate();
        assertEquals(128 + 15, server.waitFor(LONG), server.output());
        ParleyProcess.Result direct = ParleyProcess.run(dir, LONG, "jobs", "--home", home.toString());
        assertEquals(0, direct.exitCode(), direct.output());
        ParleyProcess.Result purged = ParleyProcess.run(dir, LONG, "purge", "--older-than", "0h", "--home", home.toString());
        assertEquals(0, purged.exitCode(), purged.output());
        assertTrue(purged.output().contains("Purged 1 runs that ended more than 0h ago: executions [1]"), purged.output());
        ParleyProcess.Result none = ParleyProcess.run(dir, LONG, "jobs", "--home", home.toString());
        assertTrue(!none.output().contains("COMPLETED"), "the run is gone: " + none.output());
        ParleyProcess.Result badAge = ParleyProcess.run(dir, LONG, "purge", "--older-than", "a month", "--home",
                home.toString());
        assertEquals(2, badAge.exitCode(), badAge.output());
        assertTrue(badAge.output().contains("--older-than is days or hours, e.g. 30d or 12h"), badAge.output());
    }

    private Path config(Path inbox) throws IOException {
        Files.createDirectories(inbox);
        StringBuilder yaml = new StringBuilder("inbox: " + inbox + "\nhost: 127.0.0.1\nruns:\n  concurrent: 1\n"
                + "schedule:\n  cron: \"off\"\nusers:\n");
        for (var u : TestService.users()) {
            yaml.append("  - name: ").append(u.name()).append("\n    role: ").append(u.role())
                    .append("\n    password: \"").append(u.password()).append("\"\n");
        }
        Path file = dir.resolve("parley.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    private ParleyProcess serve(Path home, Path config, String log) throws IOException {
        return ParleyProcess.start(dir, dir.resolve(log), "serve", "--home", home.toString(), "--config", config.toString(),
                "--port", "0");
    }

    private static int port(ParleyProcess server) throws Exception {
        server.awaitOutput("Parley serves http://localhost:", LONG);
        Matcher m = PORT.matcher(server.output());
        assertTrue(m.find(), server.output());
        return Integer.parseInt(m.group(1));
    }

    private void awaitExtracting(int port, long execution) throws Exception {
        long deadline = System.nanoTime() + LONG.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode steps = json(get(port, "/api/executions/" + execution, "viewer")).get("steps");
            JsonNode last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
            if (last != null && last.get("name").asText().equals("extractStatements") && last.get("read").asLong() > 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("execution " + execution + " never got into extractStatements");
    }

    private long awaitStart(int port, long request) throws Exception {
        long deadline = System.nanoTime() + LONG.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode t = json(get(port, "/api/queue/" + request, "viewer"));
            if (t.hasNonNull("execution")) {
                return t.get("execution").asLong();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("request " + request + " never started");
    }

    private JsonNode awaitEnd(int port, long execution) throws Exception {
        long deadline = System.nanoTime() + LONG.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode e = json(get(port, "/api/executions/" + execution, "viewer"));
            if (List.of("COMPLETED", "FAILED", "STOPPED").contains(e.get("status").asText())) {
                return e;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("execution " + execution + " did not end");
    }

    private HttpResponse<String> get(int port, String path, String user) throws Exception {
        return http.send(HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", TestService.basic(user, TestService.PASSWORDS.get(user))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(int port, String path, String user, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", TestService.basic(user, TestService.PASSWORDS.get(user)));
        if (json != null) {
            b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.POST(HttpRequest.BodyPublishers.noBody());
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return TestService.json(response);
    }
}
