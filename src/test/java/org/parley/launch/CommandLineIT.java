package org.parley.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built jar as a user runs it: the default run, a busy home, Ctrl-C, and nothing left in the working folder. */
class CommandLineIT {

    private static final Duration LONG = Duration.ofMinutes(5);

    @TempDir
    Path dir;

    @Test
    void theDefaultRunWritesOnlyIntoItsHomeAndLeavesTheWorkingFolderEmpty() throws Exception {
        Path work = Files.createDirectories(dir.resolve("empty"));
        Path home = dir.resolve("home");
        ParleyProcess.Result run = ParleyProcess.run(work, LONG, "run", "--home", home.toString());
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("running on the bundled sample set"), run.output());
        assertTrue(run.output().contains("Run 1 COMPLETED"), run.output());
        ParleyProcess.Result extract = ParleyProcess.run(work, LONG, "extract", home.resolve("state/samples/talks").toString());
        assertEquals(0, extract.exitCode(), extract.output());
        assertEquals(0, entries(work), "the working folder should stay empty");
        assertTrue(Files.isRegularFile(home.resolve("state/derby.log")));
        assertTrue(Files.isRegularFile(home.resolve("logs/parley.log")));
        assertTrue(Files.isRegularFile(home.resolve("briefings/1/manifest.json")));
    }

    @Test
    void aSecondProcessOnABusyHomeIsToldWhoHoldsIt() throws Exception {
        Path set = dir.resolve("set");
        SyntheticArticles.write(set, 400, 7);
        Path home = dir.resolve("home");
        ParleyProcess first = ParleyProcess.start(dir, dir.resolve("first.txt"), "run", "--articles", set.toString(),
                "--home", home.toString());
        first.awaitOutput("Run 1 started", LONG);
        ParleyProcess.Result second = ParleyProcess.run(dir, LONG, "jobs", "--home", home.toString());
        assertEquals(4, second.exitCode(), second.output());
        assertTrue(second.output().matches("(?s)parley jobs: the Parley home .* is busy: parley run of execution 1 \\(pid \\d+\\) since .*"),
                second.output());
        assertTrue(!second.output().contains("Exception"), second.output());
        assertEquals(0, first.waitFor(LONG), first.output());
    }

    @Test
    void sigtermStopsTheRunCleanlyAndItCanBeRestarted() throws Exception {
        Path set = dir.resolve("set");
        SyntheticArticles.write(set, 600, 11);
        Path home = dir.resolve("home");
        ParleyProcess run = ParleyProcess.start(dir, dir.resolve("run.txt"), "run", "--articles", set.toString(),
                "--home", home.toString());
        run.awaitOutput("extractStatements ", LONG);
        ParleyProcess.Result other = ParleyProcess.run(dir, LONG, "stop", "2", "--home", home.toString());
        assertEquals(ExitCodes.USAGE, other.exitCode(), other.output());
        assertTrue(other.output().contains("run 2 is not running; the home is held by parley run of execution 1"),
                other.output());
        ParleyProcess.Result stop = ParleyProcess.run(dir, LONG, "stop", "1", "--home", home.toString());
        assertEquals(0, stop.exitCode(), stop.output());
        assertEquals(128 + 15, run.waitFor(LONG), run.output()); // the usual exit code after SIGTERM
        assertTrue(run.output().contains("run 1 is STOPPED"), run.output());
        ParleyProcess.Result jobs = ParleyProcess.run(dir, LONG, "jobs", "--home", home.toString());
        // stopped during extraction, or (on a busy machine, the stop arriving late) at the step after it
        assertTrue(jobs.output().matches("(?s).*\\n1 +1 +STOPPED +(extractStatements|assembleBriefings) .*"), jobs.output());
        ParleyProcess.Result restart = ParleyProcess.run(dir, LONG, "restart", "1", "--home", home.toString());
        assertEquals(0, restart.exitCode(), restart.output());
        // the partitions of run 1's extraction took execution ids of their own
        java.util.regex.Matcher as = java.util.regex.Pattern.compile("Restarting run 1 as execution (\\d+)")
                .matcher(restart.output());
        assertTrue(as.find(), restart.output());
        assertTrue(restart.output().contains("Run " + as.group(1) + " COMPLETED"), restart.output());
    }

    @Test
    void theVersionIsTheBuildsOwn() throws Exception {
        ParleyProcess.Result version = ParleyProcess.run(dir, LONG, "--version");
        assertEquals(0, version.exitCode(), version.output());
        assertEquals("Parley " + System.getProperty("parley.version"), version.output().strip());
    }

    @Test
    void anUnknownTemplateIsRefusedBeforeTheRunStarts() throws Exception {
        Path home = dir.resolve("home");
        ParleyProcess.Result run = ParleyProcess.run(dir, LONG, "run", "--home", home.toString(), "--template", "nope");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.output());
        assertTrue(run.output().contains("parley run: --template nope: No template \"nope.ftlh\""), run.output());
        assertFalse(run.output().contains("started"), "no execution starts: " + run.output());
    }

    @Test
    void aBrokenRoundsOrPartiesFileIsRefusedBeforeTheRunStarts() throws Exception {
        Path home = dir.resolve("home");
        Path rounds = Files.writeString(dir.resolve("rounds.yaml"), "rounds:\n  - place: Geneva\n    start: 2026-02-30\n");
        ParleyProcess.Result run = ParleyProcess.run(dir, LONG, "run", "--home", home.toString(), "--rounds",
                rounds.toString());
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.output());
        assertTrue(run.output().contains("parley run: --rounds " + rounds + " cannot be used: "), run.output());
        assertTrue(run.output().contains("round 1"), "the entry is named: " + run.output());
        assertFalse(run.output().contains("started"), "no execution starts: " + run.output());

        Path parties = Files.writeString(dir.resolve("parties.yaml"), "parties: {name: [\n");
        run = ParleyProcess.run(dir, LONG, "run", "--home", home.toString(), "--parties", parties.toString());
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.output());
        assertTrue(run.output().contains("parley run: --parties " + parties + " cannot be used: "), run.output());
        assertFalse(run.output().contains("started"), "no execution starts: " + run.output());
    }

    @Test
    void serveRefusesAMistypedScheduleAtOnceNamingIt() throws Exception {
        Path home = dir.resolve("home");
        Path hour = Files.writeString(dir.resolve("hour.yaml"), "schedule:\n  cron: \"0 25 * * *\"\n  zone: UTC\n");
        ParleyProcess.Result badHour = ParleyProcess.run(dir, LONG, "serve", "--config", hour.toString(), "--home",
                home.toString(), "--port", "0");
        assertEquals(ExitCodes.USAGE, badHour.exitCode(), badHour.output());
        assertTrue(badHour.output().contains("hour.yaml: schedule: '0 25 * * *' is not a Unix cron expression"),
                badHour.output());
        Path zone = Files.writeString(dir.resolve("zone.yaml"), "schedule:\n  cron: \"0 2 * * *\"\n  zone: Europe/Brusels\n");
        ParleyProcess.Result badZone = ParleyProcess.run(dir, LONG, "serve", "--config", zone.toString(), "--home",
                home.toString(), "--port", "0");
        assertEquals(ExitCodes.USAGE, badZone.exitCode(), badZone.output());
        assertTrue(badZone.output().contains("zone.yaml: schedule: unknown time zone 'Europe/Brusels'"), badZone.output());
        assertFalse(Files.exists(home.resolve("state")), "the home is not even opened");
    }

    @Test
    void restartRefusesAnExecutionThatCompleted() throws Exception {
        Path home = dir.resolve("home");
        assertEquals(0, ParleyProcess.run(dir, LONG, "run", "--home", home.toString()).exitCode());
        ParleyProcess.Result restart = ParleyProcess.run(dir, LONG, "restart", "1", "--home", home.toString());
        assertEquals(ExitCodes.USAGE, restart.exitCode(), restart.output());
        assertTrue(restart.output().contains("execution 1 is COMPLETED; only a FAILED or STOPPED execution can be restarted"),
                restart.output());
    }

    private static long entries(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.count();
        }
    }
}
