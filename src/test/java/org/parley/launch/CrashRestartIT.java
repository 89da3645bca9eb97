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

        // a restart on a set that changed since is refused, naming what changed; on the same set it resumes
        List<Path> files;
        try (java.util.stream.Stream<Path> listed = Files.list(set)) {
            files = listed.sorted().toList();
        }
        byte[] edited = Files.readAllBytes(files.get(0));
        byte[] removed = Files.readAllBytes(files.get(1));
        Files.writeString(files.get(0), "Talks resumed.", java.nio.file.StandardOpenOption.APPEND);
        Files.delete(files.get(1));
        Files.writeString(set.resolve("zz-new.txt"), "Talks in Oman.");
        ParleyProcess.Result refused = ParleyProcess.run(work, LONG, "restart", "1", "--home",
                dir.resolve("crashed").toString());
        assertEquals(2, refused.exitCode(), refused.output());
        assertTrue(refused.output().contains("changed since this run first read it (1 added: zz-new.txt; 1 removed: "
                + files.get(1).getFileName() + "; 1 changed: " + files.get(0).getFileName() + ")"), refused.output());
        Files.write(files.get(0), edited);
        Files.write(files.get(1), removed);
        Files.delete(set.resolve("zz-new.txt"));

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

    /**
     * SIGTERM while the briefings are assembled, rendered or published: the run either publishes nothing and
     * ends STOPPED, or publishes everything and ends COMPLETED, never STOPPED with its files out; and
     * after its restart the job has one run folder.
     */
    @Test
    void aRunTerminatedWhileRenderingEndsStoppedWithNothingPublishedOrCompletedAndKeepsOneRunFolder()
            throws Exception {
        Path set = dir.resolve("set");
        SyntheticArticles.write(set, 100, 9);
        Path work = Files.createDirectories(dir.resolve("work"));
        Path home = dir.resolve("home");
        // one home, one database: both runs are of the same home
        String[] runArgs = withDatabase("run", "--articles", set.toString(), "--home", home.toString());
        for (String step : new String[] {"assembleBriefings ", "renderBriefings "}) {
            ParleyProcess run = ParleyProcess.start(work, dir.resolve(step.strip() + ".txt"), runArgs);
            run.awaitOutput(step, LONG);
            run.terminate();
            run.waitFor(LONG);
            Matcher started = Pattern.compile("Run (\\d+) started").matcher(run.output());
            assertTrue(started.find(), run.output());
            String execution = started.group(1);
            ParleyProcess.Result jobs = ParleyProcess.run(work, LONG, "jobs", "--home", home.toString());
            Matcher row = Pattern.compile("(?m)^" + execution + " +\\d+ +([A-Z]+)").matcher(jobs.output());
            assertTrue(row.find(), jobs.output());
            String status = row.group(1);
            boolean published = Files.exists(home.resolve("briefings/" + execution + "/manifest.json"));
            System.out.println("SIGTERM when " + step + "showed: " + status + (published ? ", published" : ""));
            if (status.equals("STOPPED")) {
                assertTrue(!published, "a stopped run published nothing: " + run.output());
                ParleyProcess.Result restarted = ParleyProcess.run(work, LONG, "restart", execution, "--home",
                        home.toString());
                assertEquals(0, restarted.exitCode(), restarted.output());
            } else {
                assertEquals("COMPLETED", status, run.output() + jobs.output());
                assertTrue(published, run.output());
            }
        }
        try (java.util.stream.Stream<Path> folders = Files.list(home.resolve("briefings"))) {
            long runs = folders.filter(p -> p.getFileName().toString().matches("\\d+")).count();
            assertEquals(2, runs, "one run folder per job, whatever its stops and restarts");
        }
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
