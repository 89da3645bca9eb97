package org.parley.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Logging through {@code java.util.logging}, which jbatch uses too: everything from INFO up into
 * the home's {@code logs/parley.log} (and each execution's own
 * lines into {@code logs/executions/}); Parley's own warnings also on the console, while the batch
 * runtime's and libraries' messages stay in the file, where a failure's stack trace belongs.
 */
public final class Logging {

    private static final String FORMAT = "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n";
    private static boolean configured;

    private Logging() {
    }

    /** Sends logs to the home; once per JVM. */
    public static synchronized void configure(ParleyHome home) {
        if (configured) {
            return;
        }
        System.setProperty("java.util.logging.SimpleFormatter.format", FORMAT);
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        root.addHandler(fileHandler(home));
        root.addHandler(consoleHandler());
        ExecutionLogs executions = new ExecutionLogs(home);
        executions.setErrorManager(new LogWriteErrors("the executions' logs under " + home.logs()));
        root.addHandler(executions);
        configured = true;
    }

    private static Handler fileHandler(ParleyHome home) {
        try {
            Files.createDirectories(home.logs());
            FileHandler file = new FileHandler(home.logs().resolve("parley.log").toString(), true);
            file.setEncoding("UTF-8");
            file.setFormatter(new SimpleFormatter());
            file.setLevel(Level.INFO);
            file.setErrorManager(new LogWriteErrors(home.logs().resolve("parley.log").toString()));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write logs under " + home.logs(), e);
        }
    }

    private static Handler consoleHandler() {
        ConsoleHandler console = new ConsoleHandler();
        console.setLevel(Level.WARNING);
        console.setFilter(r -> r.getLoggerName() != null && r.getLoggerName().startsWith("org.parley"));
        console.setFormatter(new Formatter() {
            @Override
            public String format(LogRecord r) {
                return "parley: " + r.getLevel().getName().toLowerCase(java.util.Locale.ROOT) + ": "
                        + formatMessage(r) + System.lineSeparator();
            }
        });
        return console;
    }
}
