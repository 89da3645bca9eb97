package org.parley.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code ./parley} launcher as an operator runs it: its JVM settings, its refusals, a whole run. */
class LauncherIT {

    @TempDir
    Path work;

    private static Path launcher() {
        Path script = Path.of("parley").toAbsolutePath();
        assertTrue(Files.isExecutable(script), script + " is the launcher, executable");
        return script;
    }

    private record Result(int code, String output) {
    }

    private Result launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(launcher().toString()));
        command.addAll(List.of(args));
        Path out = work.resolve("out-" + System.nanoTime() + ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(out.toFile());
        builder.environment().remove("PARLEY_HOME");
        builder.environment().remove("PARLEY_HEAP");
        builder.environment().remove("JAVA_OPTS");
        builder.environment().put("PARLEY_JAR", ParleyProcess.jar().toString());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(env);
        Process p = builder.start();
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("the launcher did not finish: " + Files.readString(out));
        }
        return new Result(p.exitValue(), Files.readString(out));
    }

    @Test
    void runsTheJarWithItsHeapCollectorAndCompilerSettingsAndTheOperatorsOptionsAfterThem() throws Exception {
        Result r = launch(Map.of("JAVA_OPTS", "-XX:+PrintCommandLineFlags"), "--version");
        assertEquals(0, r.code(), r.output());
        assertTrue(r.output().contains("Parley "), r.output());
        assertTrue(r.output().contains("-XX:MaxHeapSize=734003200"), "700m by default: " + r.output());
        assertTrue(r.output().contains("-XX:+UseParallelGC"), r.output());
        assertTrue(r.output().contains("-XX:FreqInlineSize=100"), r.output());

        Result other = launch(Map.of("JAVA_OPTS", "-XX:+UseCompressedOops -XX:+DisableExplicitGC -XX:+PrintCommandLineFlags"),
                "--version");
        assertEquals(0, other.code(), other.output());
        assertTrue(other.output().contains("-XX:+UseParallelGC"), "options that name no collector keep ours: " + other.output());

        Result bigger = launch(Map.of("PARLEY_HEAP", "1g", "JAVA_OPTS", "-XX:+PrintCommandLineFlags -XX:+UseSerialGC"),
                "--version");
        assertEquals(0, bigger.code(), bigger.output());
        assertTrue(bigger.output().contains("-XX:MaxHeapSize=1073741824"), bigger.output());
        assertTrue(bigger.output().contains("-XX:+UseSerialGC") && !bigger.output().contains("-XX:+UseParallelGC"),
                "JAVA_OPTS come last and win: " + bigger.output());
    }

    @Test
    void refusesABadHeapOrAMissingJarAtOnceNamingIt() throws Exception {
        for (String heap : List.of("lots", "700", "m", "7m7", "-1g")) {
            Result r = launch(Map.of("PARLEY_HEAP", heap), "--version");
            assertEquals(2, r.code(), heap + ": " + r.output());
            assertTrue(r.output().contains("PARLEY_HEAP=" + heap + " is not a heap size"), r.output());
        }
        Result r = launch(Map.of("PARLEY_JAR", work.resolve("none.jar").toString()), "--version");
        assertEquals(2, r.code(), r.output());
        assertTrue(r.output().contains("PARLEY_JAR=" + work.resolve("none.jar") + " is not a file"), r.output());
    }

    @Test
    void runsTheSampleAndLeavesNoScratchFileBehind() throws Exception {
        Path home = work.resolve("home");
        Result r = launch(Map.of(), "run", "--home", home.toString());
        assertEquals(0, r.code(), r.output());
        assertTrue(r.output().contains("COMPLETED"), r.output());
        try (Stream<Path> runs = Files.list(home.resolve("briefings"))) {
            assertTrue(runs.anyMatch(p -> Files.exists(p.resolve("manifest.json"))), "a published run folder");
        }
        Path scratch = home.resolve("state/scratch");
        assertTrue(Files.isDirectory(scratch), "the summary went to the database through " + scratch);
        try (Stream<Path> left = Files.list(scratch)) {
            assertEquals(List.of(), left.toList(), "the summary's scratch file is removed once stored");
        }
    }
}
