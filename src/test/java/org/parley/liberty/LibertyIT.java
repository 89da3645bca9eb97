package org.parley.liberty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parley.launch.DocumentTexts;
import org.parley.launch.JobParameters;
import org.parley.launch.ParleyProcess;
import org.parley.launch.TestHome;
import org.parley.store.TestPostgres;

/**
 * The unchanged {@code briefing.xml} and batch artifacts of {@code parley-liberty.war} on a real
 * Open Liberty 26.0.0.3 with its job repository and Parley's tables in a real PostgreSQL, started
 * and watched through Liberty's batch REST API, write what a jbatch SE run writes.
 */
class LibertyIT {

    private static final Duration LONG = Duration.ofMinutes(5);

    @TempDir
    static Path dir;
    static Path set;
    static Path seRun;
    static final List<LibertyServer> servers = new ArrayList<>();
    /** Whether the kill test needed the README's recovery (reported, so a run shows which path it took). */
    static boolean recovered;

    @BeforeAll
    static void anSeRunOfTheSample() throws Exception {
        set = TestHome.sampleSet();
        Path out = dir.resolve("se");
        long execution = TestHome.runToEnd(new JobParameters(set, out, List.of("pdf", "docx"), "briefing", null,
                set.resolve("parties.yaml")), LONG);
        seRun = out.resolve(Long.toString(execution));
    }

    @AfterAll
    static void stopServers() {
        servers.forEach(LibertyServer::stop);
    }

    private static Map<String, String> parameters(Path output) {
        return parameters(set, output);
    }

    private static Map<String, String> parameters(Path articles, Path output) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("articles", articles.toAbsolutePath().toString());
        p.put("output", output.toAbsolutePath().toString());
        p.put("formats", "pdf,docx");
        p.put("template", "briefing");
        p.put("parties", set.resolve("parties.yaml").toAbsolutePath().toString());
        return p;
    }

    @Test
    void oneServerRunsTheJobToTheDocumentsAndExportsOfAnSeRun() throws Exception {
        String database = TestPostgres.get().newDatabase("liberty");
        LibertyServer server = LibertyServer.create("parley-one", database, dir.resolve("home-one"), Map.of());
        servers.add(server);
        server.start(LONG);

        Path out = dir.resolve("liberty-one");
        long instance = server.submit(parameters(out));
        assertEquals("COMPLETED", server.await(instance, Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED"), LONG),
                Files.readString(server.messages()));
        long execution = server.executions(instance).get(0).get("executionId").asLong();
        assertSameRun(seRun, out.resolve(Long.toString(execution)));

        // the same job from Parley's command line, through the batch REST API, trusting the server's own certificate
        Path pem = Files.writeString(dir.resolve("liberty-one.pem"), server.certificatePem());
        Path cliOut = dir.resolve("liberty-cli");
        Map<String, String> env = Map.of("PARLEY_LIBERTY_USER", LibertyServer.USER,
                "PARLEY_LIBERTY_PASSWORD", LibertyServer.PASSWORD);
        ParleyProcess.Result refused = ParleyProcess.run(dir, LONG, Map.of(), "run", "--liberty", server.url(),
                "--liberty-certificate", pem.toString(), "--articles", set.toString(), "--output", cliOut.toString());
        assertEquals(2, refused.exitCode(), refused.output());
        assertTrue(refused.output().contains("PARLEY_LIBERTY_USER"), refused.output());
        ParleyProcess.Result untrusted = ParleyProcess.run(dir, LONG, env, "run", "--liberty", server.url(),
                "--articles", set.toString(), "--output", cliOut.toString());
        assertEquals(1, untrusted.exitCode(), "a self-signed certificate is not trusted unless given: " + untrusted.output());
        ParleyProcess.Result cli = ParleyProcess.run(dir, LONG, env, "run", "--liberty", server.url(),
                "--liberty-certificate", pem.toString(), "--articles", set.toString(), "--output", cliOut.toString(),
                "--parties", set.resolve("parties.yaml").toString());
        assertEquals(0, cli.exitCode(), cli.output() + Files.readString(server.messages()));
        java.util.regex.Matcher written = java.util.regex.Pattern.compile("written on the server to (\\S+) ")
                .matcher(cli.output());
        assertTrue(written.find(), cli.output());
        assertSameRun(seRun, Path.of(written.group(1)));
    }

    @Test
    void twoServersShareThePartitionsAndARunWhoseExecutorWasKilledEndsAsAnSeRun() throws Exception {
        String database = TestPostgres.get().newDatabase("liberty_two");
        String jmsPort = Integer.toString(LibertyServer.freePort());
        Map<String, String> messaging = Map.of("parley.jms.port", jmsPort, "parley.jms.host", "127.0.0.1");
        // the host runs the job and takes fewer partitions at a time, so that the peer gets some
        Map<String, String> hostSettings = new LinkedHashMap<>(messaging);
        hostSettings.put("parley.jms.concurrency", "2");
        LibertyServer host = LibertyServer.create("parley-host", database, dir.resolve("home-two"),
                "messaging-host.xml", hostSettings);
        LibertyServer peer = LibertyServer.create("parley-peer", database, dir.resolve("home-two"),
                "messaging-peer.xml", messaging);
        servers.add(host);
        servers.add(peer);
        host.start(LONG);
        peer.start(LONG);

        // the sample set in four partitions: both JVMs run some
        Path out = dir.resolve("liberty-two");
        Map<String, String> sample = parameters(out);
        sample.put("partitions", "4");
        long instance = host.submit(sample);
        assertEquals("COMPLETED", host.await(instance, Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED"), LONG),
                Files.readString(host.messages()) + Files.readString(peer.messages()));
        long execution = host.executions(instance).get(0).get("executionId").asLong();
        assertSameRun(seRun, out.resolve(Long.toString(execution)));
        assertTrue(host.ranPartitionsOf(instance) > 0 && peer.ranPartitionsOf(instance) > 0,
                "partitions on both JVMs: host " + host.ranPartitionsOf(instance) + ", peer "
                        + peer.ranPartitionsOf(instance));
        assertEquals(4, host.ranPartitionsOf(instance) + peer.ranPartitionsOf(instance));

        // a bigger set, and the peer killed while it extracts
        Path big = dir.resolve("synthetic");
        org.parley.launch.SyntheticArticles.write(big, 600, 42);
        Path seBig = dir.resolve("se-big");
        long seExecution = TestHome.runToEnd(new JobParameters(big, seBig, List.of("pdf", "docx"), "briefing", null,
                set.resolve("parties.yaml")), LONG);
        Path crashOut = dir.resolve("liberty-crash");
        Map<String, String> crash = parameters(big, crashOut);
        crash.put("partitions", "8");
        long crashed = host.submit(crash);
        peer.awaitPartitionOf(crashed, LONG);
        peer.kill();
        peer.start(LONG);
        // a partition the peer had taken but not begun goes back on the queue, and the run completes;
        // one it was running is lost with it, and the job waits for it: the README's recovery then
        // applies (restart the host, which marks the job it was running FAILED; restart the job,
        // which re-runs only the partitions not done)
        String status = host.awaitOrNull(crashed, Set.of("COMPLETED", "FAILED", "STOPPED"), Duration.ofSeconds(90));
        if (status == null) {
            host.kill();
            host.start(LONG);
            status = host.await(crashed, Set.of("COMPLETED", "FAILED", "STOPPED"), LONG);
            recovered = true;
        }
        if (!status.equals("COMPLETED")) {
            host.restart(crashed, crash);
            status = host.await(crashed, Set.of("COMPLETED", "FAILED", "STOPPED"), LONG);
        }
        assertEquals("COMPLETED", status, Files.readString(host.messages()));
        long restartedExecution = host.executions(crashed).get(0).get("executionId").asLong();
        assertSameExports(seBig.resolve(Long.toString(seExecution)), crashOut.resolve(Long.toString(restartedExecution)));
        System.out.println("LibertyIT: the run the peer was killed in " + (recovered
                ? "waited for its lost partition and was recovered by restarting the host and then the job"
                : "completed by itself (the peer's partitions went back on the queue)"));
    }

    /**
     * {@code parley serve --liberty}: the analysts' service on the servers' home and PostgreSQL runs an
     * inbox set on the Liberty server through its batch REST API; the service's API shows the run
     * and its steps as it shows its own, and serves the briefings the server wrote.
     */
    @Test
    void serveRunsAnalystsRunsOnTheServerAndServesItsBriefings() throws Exception {
        String database = TestPostgres.get().newDatabase("liberty_serve");
        Path home = dir.resolve("home-serve");
        LibertyServer server = LibertyServer.create("parley-serve", database, home, Map.of());
        servers.add(server);
        server.start(LONG);
        Path pem = Files.writeString(dir.resolve("liberty-serve.pem"), server.certificatePem());
        Path inbox = dir.resolve("inbox");
        copy(set, inbox.resolve("sample"));
        Path config = serveConfig(inbox);
        Map<String, String> env = Map.of("PARLEY_LIBERTY_USER", LibertyServer.USER,
                "PARLEY_LIBERTY_PASSWORD", LibertyServer.PASSWORD);

        ParleyProcess.Result derby = ParleyProcess.run(dir, LONG, env, "serve", "--home", dir.resolve("home-derby").toString(),
                "--config", config.toString(), "--port", "0", "--liberty", server.url(), "--liberty-certificate", pem.toString());
        assertEquals(2, derby.exitCode(), derby.output());
        assertTrue(derby.output().contains("give the servers' PostgreSQL database"), derby.output());

        ParleyProcess serve = ParleyProcess.start(dir, dir.resolve("serve-liberty.txt"), env, "serve", "--home",
                home.toString(), "--config", config.toString(), "--port", "0", "--database", database,
                "--liberty", server.url(), "--liberty-certificate", pem.toString());
        try {
            serve.awaitOutput("Parley serves http://localhost:", LONG);
            java.util.regex.Matcher port = java.util.regex.Pattern.compile("Parley serves http://localhost:(\\d+)/")
                    .matcher(serve.output());
            assertTrue(port.find(), serve.output());
            ServiceCalls api = new ServiceCalls(Integer.parseInt(port.group(1)));
            com.fasterxml.jackson.databind.JsonNode started = api.post("/api/executions", "{\"inbox\": \"sample\"}");
            long execution = started.hasNonNull("execution") ? started.get("execution").asLong()
                    : api.awaitStart(started.get("request").asLong(), LONG);
            com.fasterxml.jackson.databind.JsonNode ended = api.awaitEnd(execution, LONG);
            assertEquals("COMPLETED", ended.get("status").asText(), ended + Files.readString(server.messages()));
            // the run is the server's: its execution, its steps with their counts
            assertEquals("COMPLETED", server.executions(server.instanceOfExecution(execution)).get(0)
                    .get("batchStatus").asText());
            List<String> steps = new ArrayList<>();
            ended.get("steps").forEach(st -> steps.add(st.get("name").asText()));
            assertEquals(List.of("ingestArticles", "extractStatements", "assembleBriefings", "renderBriefings",
                    "publishBriefings"), steps);
            assertTrue(ended.get("steps").get(0).get("read").asLong() > 0, ended.toString());
            assertSameRun(seRun, home.resolve("briefings").resolve(Long.toString(execution)));
            com.fasterxml.jackson.databind.JsonNode briefings = api.get("/api/briefings/" + execution);
            String pdf = null;
            for (com.fasterxml.jackson.databind.JsonNode r : briefings.get("manifest").get("rounds")) {
                pdf = pdf != null ? pdf : r.get("files").get(0).get("name").asText();
            }
            byte[] file = api.download("/api/briefings/" + execution + "/" + pdf);
            assertArrayEquals(Files.readAllBytes(home.resolve("briefings").resolve(Long.toString(execution)).resolve(pdf)),
                    file, pdf);
        } finally {
            serve.terminate();
        }
        assertEquals(128 + 15, serve.waitFor(LONG), serve.output());
        assertTrue(serve.output().contains("the Liberty server's runs go on there"), serve.output());
    }

    private static void copy(Path from, Path to) throws java.io.IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }

    private static Path serveConfig(Path inbox) throws java.io.IOException {
        StringBuilder yaml = new StringBuilder("inbox: " + inbox + "\nhost: 127.0.0.1\nruns:\n  concurrent: 1\n"
                + "schedule:\n  cron: \"off\"\nusers:\n");
        yaml.append("  - name: analyst\n    role: analyst\n    password: \"")
                .append(org.parley.web.PasswordHash.hash(ServiceCalls.PASSWORD.toCharArray())).append("\"\n");
        return Files.writeString(dir.resolve("serve-liberty.yaml"), yaml);
    }

    /** The same exports byte for byte, and the same text in every PDF and Word file (times aside). */
    static void assertSameRun(Path expected, Path actual) throws Exception {
        assertSameExports(expected, actual);
        assertEquals(8, DocumentTexts.assertSameTexts(expected, actual), "four rounds, each as PDF and Word");
    }

    static void assertSameExports(Path expected, Path actual) throws Exception {
        List<String> exports = exports(expected);
        assertEquals(exports, exports(actual));
        assertTrue(exports.size() >= 2, "rounds, each as CSV and JSON: " + exports);
        for (String name : exports) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(name)), Files.readAllBytes(actual.resolve(name)), name);
        }
    }

    private static List<String> exports(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> (n.endsWith(".csv") || n.endsWith(".json")) && !n.equals("manifest.json"))
                    .sorted().toList();
        }
    }
}
