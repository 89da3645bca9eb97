package org.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parley.launch.ParleyProcess;
import org.parley.launch.SyntheticArticles;

/**
 * A home on a disk of its own (a tmpfs, which needs root to mount; skipped without it) that is too
 * full or fills up: a run is refused at once naming the disk; a run that fills it fails naming the
 * disk (not Derby's "No current connection.") and, once there is room again, restarts to what a
 * clean run gives; the service's readiness names the disk and it refuses a run with 507.
 */
class DiskFullIT {

    private static final Duration LONG = Duration.ofMinutes(4);
    /** HTTP/1.1: the service does not upgrade to HTTP/2, and the JDK's client would ask it to. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Pattern PORT = Pattern.compile("Parley serves http://localhost:(\\d+)/");

    @TempDir
    Path dir;

    private Path disk;

    @AfterEach
    void unmount() throws Exception {
        if (disk != null) {
            command("umount", "-l", disk.toString());
        }
    }

    @Test
    void aRunIsRefusedAtOnceWhenTheHomesDiskIsTooFull() throws Exception {
        Path home = mountedDisk(128).resolve("home");
        leave(20L << 20);
        ParleyProcess.Result run = ParleyProcess.run(dir, LONG, "run", "--home", home.toString());
        assertEquals(1, run.exitCode(), run.output());
        assertTrue(run.output().contains("parley run: the disk holding " + home + " has "), run.output());
        assertTrue(run.output().contains("free; a run needs at least 64 MB"), run.output());
        assertFalse(Files.exists(home.resolve("state")), "refused before the home's database was made");
    }

    @Test
    void aRunThatFillsTheDiskFailsNamingItAndItsRestartGivesWhatACleanRunGives() throws Exception {
        Path set = dir.resolve("set");
        SyntheticArticles.write(set, 1500, 15);
        Path clean = dir.resolve("clean-home");
        ParleyProcess.Result reference = ParleyProcess.run(dir, LONG, "run", "--articles", set.toString(), "--home",
                clean.toString());
        assertEquals(0, reference.exitCode(), reference.output());

        Path home = mountedDisk(300).resolve("home");
        ParleyProcess run = ParleyProcess.start(dir, dir.resolve("run.txt"), "run", "--articles", set.toString(),
                "--home", home.toString());
        run.awaitOutput("ingestArticles", LONG);
        Path filler = leave(0);
        int exit = run.waitFor(LONG);
        String output = run.output();
        assertEquals(1, exit, output);
        assertTrue(output.contains("the disk holding " + home + " is full ("), output);
        assertFalse(output.contains("Reason: FAILED"), "the reason is more than the status:\n" + output);

        Files.delete(filler);
        ParleyProcess.Result restarted = ParleyProcess.run(dir, LONG, "restart", "1", "--home", home.toString());
        assertEquals(0, restarted.exitCode(), restarted.output());
        assertEquals(summary(reference.output()), summary(restarted.output()), "nothing lost, nothing twice");
    }

    @Test
    void theServiceSaysItsDiskIsFullAndRefusesARunWith507() throws Exception {
        Path home = mountedDisk(128).resolve("home");
        Path inbox = dir.resolve("inbox");
        SyntheticArticles.write(inbox.resolve("set"), 5, 3);
        ParleyProcess server = ParleyProcess.start(dir, dir.resolve("serve.txt"), "serve", "--home", home.toString(),
                "--config", config(inbox).toString(), "--port", "0");
        try {
            int port = port(server);
            HttpResponse<String> up = get(port, "/health/ready");
            assertEquals(200, up.statusCode(), up.body() + "\n" + server.output());
            Path filler = leave(20L << 20);
            HttpResponse<String> ready = get(port, "/health/ready");
            assertEquals(503, ready.statusCode(), ready.body());
            JsonNode disk = TestService.json(ready).get("checks").get(2);
            assertEquals("disk", disk.get("name").asText());
            assertTrue(disk.get("detail").asText().startsWith("the disk holding " + home + " has "), disk.toString());
            HttpResponse<String> refused = post(port, "{\"inbox\": \"set\"}");
            assertEquals(507, refused.statusCode(), refused.body());
            assertTrue(TestService.json(refused).get("detail").asText().contains("a run needs at least 64 MB"),
                    refused.body());

            Files.delete(filler);
            assertEquals(200, get(port, "/health/ready").statusCode());
            assertEquals(202, post(port, "{\"inbox\": \"set\"}").statusCode());
        } finally {
            server.terminate();
            server.waitFor(LONG);
        }
    }

    /** A tmpfs of this many MB at a fresh folder; the test is skipped where one cannot be mounted. */
    private Path mountedDisk(int megabytes) throws Exception {
        Path at = Files.createDirectories(dir.resolve("disk"));
        boolean mounted = command("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tmpfs", at.toString()) == 0;
        assumeTrue(mounted, "cannot mount a tmpfs of its own for the home (needs root): the full-disk tests are skipped");
        disk = at;
        return at;
    }

    /** Fills the test's disk until only about this many bytes are free; returns the filler. */
    private Path leave(long free) throws IOException {
        Path filler = disk.resolve("filler");
        byte[] block = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (Files.getFileStore(disk).getUsableSpace() > free + block.length) {
                out.write(block);
            }
        } catch (IOException full) {
            // no room left: what was asked for when free is 0
        }
        return filler;
    }

    /** The lines of a run's report that say what it found. */
    private static String summary(String output) {
        StringBuilder s = new StringBuilder();
        for (String line : output.split("\n")) {
            if (line.startsWith("Articles:") || line.startsWith("Statements:") || line.startsWith("Rounds:")
                    || line.startsWith("  ") && line.contains(" statements")) {
                s.append(line).append('\n');
            }
        }
        assertFalse(s.isEmpty(), output);
        return s.toString();
    }

    private static int command(String... args) throws Exception {
        Process p = new ProcessBuilder(args).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return p.waitFor(60, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }

    private Path config(Path inbox) throws IOException {
        StringBuilder yaml = new StringBuilder("inbox: " + inbox + "\nhost: 127.0.0.1\nruns:\n  concurrent: 1\n"
                + "schedule:\n  cron: \"off\"\nusers:\n");
        for (var u : TestService.users()) {
            yaml.append("  - name: ").append(u.name()).append("\n    role: ").append(u.role())
                    .append("\n    password: \"").append(u.password()).append("\"\n");
        }
        return Files.writeString(dir.resolve("parley.yaml"), yaml);
    }

    private static int port(ParleyProcess server) throws Exception {
        server.awaitOutput("Parley serves http://localhost:", LONG);
        Matcher m = PORT.matcher(server.output());
        assertTrue(m.find(), server.output());
        return Integer.parseInt(m.group(1));
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(int port, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/executions"))
                .header("Authorization", TestService.basic("analyst", TestService.PASSWORDS.get("analyst")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
