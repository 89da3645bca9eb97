package org.parley.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed by the system during extraction is restarted by a new process and ends exactly as
 * a run that was never interrupted: same statements, same documents (generation time aside).
 */
class CrashRestartIT {

    private static final Duration LONG = Duration.ofMinutes(5);
    private static final Pattern STATEMENTS = Pattern.compile("Statements: (\\d+)");

    @TempDir
    Path dir;

    @Test
    void aRunKilledDuringExtractionRestartsToTheSameResult() throws Exception {
        Path set = dir.resolve("set");
        SyntheticArticles.write(set, 600, 42);
        Path work = Files.createDirectories(dir.resolve("work"));

        // on PostgreSQL only the first command names the database: the home records it for the others
        ParleyProcess crashing = ParleyProcess.start(work, dir.resolve("crash.txt"), withDatabase("run", "--articles",
                set.toString(), "--home", dir.resolve("crashed").toString()));
        crashing.awaitOutput("extractStatements ", LONG);
        crashing.kill();
        assertTrue(crashing.output().contains("ingestArticles     done"), crashing.output());

        assertEquals(org.parley.store.TestPostgres.wanted(), Files.exists(dir.resolve("crashed/state/database.url")),
                "a home on PostgreSQL records its database");
        assertEquals(!org.parley.store.TestPostgres.wanted(), Files.exists(dir.resolve("crashed/state/db")),
                "a home on PostgreSQL has no Derby database");
        ParleyProcess.Result jobs = ParleyProcess.run(work, LONG, "jobs", "--home", dir.resolve("crashed").toString());
        assertTrue(jobs.output().matches("(?s).*\\n1 +1 +FAILED +extractStatements .*"), jobs.output());

        ParleyProcess.Result restarted = ParleyProcess.run(work, LONG, "restart", "1", "--home",
                dir.resolve("crashed").toString());
        assertEquals(0, restarted.exitCode(), restarted.output());
        // Derby may skip identity values after a kill: the restart's execution id is the one it names
        Matcher as = Pattern.compile("Restarting run 1 as execution (\\d+)").matcher(restarted.output());
        assertTrue(as.find(), restarted.output());
        String execution = as.group(1);
        assertTrue(restarted.output().contains("Run " + execution + " COMPLETED"), restarted.output());
        Matcher extracted = Pattern.compile("extractStatements +done: (\\d+) read").matcher(restarted.output());
        assertTrue(extracted.find(), restarted.output());
        int again = Integer.parseInt(extracted.group(1));
        assertTrue(again > 0 && again < 600, "the restart extracts only the articles not stored before the kill: "
                + restarted.output());

        ParleyProcess.Result clean = ParleyProcess.run(work, LONG, withDatabase("run", "--articles", set.toString(),
                "--home", dir.resolve("clean").toString()));
        assertEquals(0, clean.exitCode(), clean.output());
        assertEquals(statements(clean.output()), statements(restarted.output()));
        assertTrue(statements(clean.output()) > 600, clean.output());
        assertEquals(manifestWithoutTimes(dir.resolve("clean/briefings/1")),
                manifestWithoutTimes(dir.resolve("crashed/briefings/" + execution)));
        int documents = DocumentTexts.assertSameTexts(dir.resolve("clean/briefings/1"),
                dir.resolve("crashed/briefings/" + execution));
        assertEquals(6, documents, "three rounds, each as PDF and Word");
    }

    private static String[] withDatabase(String... args) {
        java.util.List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(TestHome.newHomeDatabaseOptions());
        return all.toArray(String[]::new);
    }

    private static int statements(String output) {
        Matcher m = STATEMENTS.matcher(output);
        assertTrue(m.find(), output);
        return Integer.parseInt(m.group(1));
    }

    /** The manifest's counts and lists, without what differs between any two runs: ids, times, paths, checksums. */
    private static JsonNode manifestWithoutTimes(Path folder) throws IOException {
        ObjectNode manifest = (ObjectNode) new ObjectMapper().readTree(folder.resolve("manifest.json").toFile());
        manifest.remove(List.of("execution", "instance", "finished", "parameters"));
        for (JsonNode round : manifest.get("rounds")) {
            for (JsonNode file : round.get("files")) {
                ((ObjectNode) file).remove(List.of("bytes", "sha256"));
            }
        }
        return manifest;
    }
}
