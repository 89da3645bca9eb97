package org.parley.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.logging.ErrorManager;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

/**
 * One log file per job execution, {@code logs/executions/<id>.log}: a handler on the root logger
 * copies every record logged on a thread while that thread works for an execution (the step
 * listener marks it), so an execution's log holds its own steps and nothing of its neighbours'.
 */
public final class ExecutionLogs extends Handler {

    private static final ThreadLocal<Long> CURRENT = new ThreadLocal<>();

    private final Path folder;

    ExecutionLogs(ParleyHome home, java.util.logging.Formatter format) {
        this.folder = folder(home);
        setFormatter(format);
    }

    /** The execution the calling thread works for, or null. */
    static Long current() {
        return CURRENT.get();
    }

    /** The folder of the per-execution logs. */
    public static Path folder(ParleyHome home) {
        return home.logs().resolve("executions");
    }

    /** The log file of one execution. */
    public static Path file(ParleyHome home, long execution) {
        return folder(home).resolve(execution + ".log");
    }

    /** Marks the calling thread as working for the execution until {@link #leave()}. */
    public static void enter(long execution) {
        CURRENT.set(execution);
    }

    /** Ends the calling thread's work for its execution. */
    public static void leave() {
        CURRENT.remove();
    }

    /** Appends a line to an execution's log from any thread (the service says who started or stopped it). */
    public static void note(ParleyHome home, long execution, String line) throws IOException {
        append(file(home, execution), LogFormat.TIME.format(java.time.OffsetDateTime.now()) + " INFO parley: " + line
                + System.lineSeparator());
    }

    @Override
    public void publish(LogRecord record) {
        Long execution = CURRENT.get();
        if (execution == null || !isLoggable(record)) {
            return;
        }
        try {
            append(folder.resolve(execution + ".log"), getFormatter().format(record));
        } catch (IOException | RuntimeException e) {
            reportError("cannot write the log of execution " + execution, e,
                    ErrorManager.WRITE_FAILURE);
        }
    }

    private static synchronized void append(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    @Override
    public void flush() {
        // every record is written and closed at once
    }

    @Override
    public void close() {
        // nothing stays open
    }
}
