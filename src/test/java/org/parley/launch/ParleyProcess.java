package org.parley.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The built {@code target/parley.jar} run as a separate process, as a user would run it, with its
 * output captured to a file the test can read while it runs.
 */
public final class ParleyProcess {

    private final Process process;
    private final Path output;

    private ParleyProcess(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /** The built jar; the build passes its path to failsafe. */
    public static Path jar() {
        Path jar = Path.of(System.getProperty("parley.jar", "target/parley.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run 'mvn verify', which packages it before these tests");
        }
        return jar;
    }

    /** Starts {@code java -jar parley.jar args...} in a working directory, output and errors to one file. */
    public static ParleyProcess start(Path workingDir, Path outputFile, String... args) throws IOException {
        return start(workingDir, outputFile, Map.of(), args);
    }

    /** Starts it with more environment variables (templates folder, credentials for a home a server holds). */
    public static ParleyProcess start(Path workingDir, Path outputFile, Map<String, String> env, String... args)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(jar().toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile())
                .redirectErrorStream(true).redirectOutput(outputFile.toFile());
        builder.environment().remove("PARLEY_HOME");
        builder.environment().remove("PARLEY_TEMPLATES");
        builder.environment().remove("PARLEY_USER");
        builder.environment().remove("PARLEY_PASSWORD");
        builder.environment().putAll(env);
        return new ParleyProcess(builder.start(), outputFile);
    }

    /** Runs to the end; fails if it takes longer than the timeout. */
    public static Result run(Path workingDir, Duration timeout, String... args) throws IOException, InterruptedException {
        return run(workingDir, timeout, Map.of(), args);
    }

    /** Runs to the end with more environment variables. */
    public static Result run(Path workingDir, Duration timeout, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("parley-out", ".txt");
        ParleyProcess p = start(workingDir, out, env, args);
        int code = p.waitFor(timeout);
        String text = p.output();
        Files.delete(out);
        return new Result(code, text);
    }

    /** Waits for the process to end; kills it and fails after the timeout. */
    public int waitFor(Duration timeout) throws InterruptedException, IOException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("parley did not finish within " + timeout + "; output:\n" + output());
        }
        return process.exitValue();
    }

    /** Waits until the output contains the text; fails after the timeout. */
    public void awaitOutput(String text, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!output().contains(text)) {
            if (System.nanoTime() > deadline || !process.isAlive()) {
                throw new AssertionError("no '" + text + "' in the output " + (process.isAlive() ? "in time" : "before exit")
                        + ":\n" + output());
            }
            Thread.sleep(20);
        }
    }

    /** Asks the process to end, as SIGTERM does. */
    public void terminate() {
        process.destroy();
    }

    /** Kills the process at once, as a crash would. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    public String output() throws IOException {
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    /** What a finished process left. */
    public record Result(int exitCode, String output) {
    }
}
