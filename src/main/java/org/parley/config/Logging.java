package org.parley.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Logging through {@code java.util.logging}, which jbatch uses too. By default everything from INFO
 * up goes into the home's {@code logs/parley.log} (rotated at 10 MB, five kept), each execution's own
 * lines also into {@code logs/executions/}, and Parley's own warnings to the console; the batch
 * runtime's and libraries' chatter (Liquibase's change sets, jbatch's start-up) only from WARNING up.
 * {@code PARLEY_LOG_LEVEL} (error, warning, info, debug, or a java.util.logging level) and
 * {@code PARLEY_LOG_TO} (file, console, both: console writes every line to standard error, for
 * journald or a container) change that; each is checked, and a bad value is refused naming it.
 */
public final class Logging {

    /** The rotated log's size limit and how many rotated files are kept. */
    static final long ROTATE_AT = 10L << 20;
    static final int KEEP = 5;
    /** Libraries whose INFO lines are noise for an operator (change sets run, JNDI look-ups). */
    private static final String[] QUIET = {"liquibase", "com.ibm.jbatch"};
    private static final java.util.List<Logger> QUIETED = new java.util.ArrayList<>();
    private static boolean configured;

    private Logging() {
    }

    /** Where lines go and from which level. */
    record Settings(Level level, boolean file, boolean console) {

        /** Reads PARLEY_LOG_LEVEL and PARLEY_LOG_TO (or -Dparley.log.level, -Dparley.log.to). */
        static Settings fromEnvironment() {
            return parse(setting("PARLEY_LOG_LEVEL", "parley.log.level"), setting("PARLEY_LOG_TO", "parley.log.to"));
        }

        static Settings parse(String level, String to) {
            String where = to == null || to.isBlank() ? "file" : to.trim().toLowerCase(java.util.Locale.ROOT);
            if (!java.util.List.of("file", "console", "both").contains(where)) {
                throw new IllegalArgumentException("PARLEY_LOG_TO '" + to + "' is not file, console or both");
            }
            return new Settings(level(level), !where.equals("console"), !where.equals("file"));
        }

        private static Level level(String value) {
            if (value == null || value.isBlank()) {
                return Level.INFO;
            }
            String v = value.trim().toUpperCase(java.util.Locale.ROOT);
            switch (v) {
                case "ERROR": return Level.SEVERE;
                case "WARN": return Level.WARNING;
                case "DEBUG": return Level.FINE;
                case "TRACE": return Level.FINEST;
                default:
                    try {
                        return Level.parse(v);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("PARLEY_LOG_LEVEL '" + value + "' is not a log level: use "
                                + "error, warning, info or debug (or SEVERE ... FINEST)");
                    }
            }
        }

        private static String setting(String env, String property) {
            String value = System.getenv(env);
            return value != null ? value : System.getProperty(property);
        }
    }

    /** Sends logs to the home as the environment says; once per JVM. */
    public static synchronized void configure(ParleyHome home) {
        if (configured) {
            return;
        }
        Settings settings = Settings.fromEnvironment(); // before anything is reset: a bad value changes nothing
        LogFormat format = new LogFormat(java.time.ZoneId.systemDefault());
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(settings.level());
        if (settings.level().intValue() >= Level.INFO.intValue()) {
            for (String library : QUIET) {
                Logger quiet = Logger.getLogger(library);
                quiet.setLevel(Level.WARNING);
                QUIETED.add(quiet); // the log manager holds loggers weakly: a collected one forgets its level
            }
        }
        if (settings.file()) {
            root.addHandler(fileHandler(home, format));
            root.addHandler(parleyWarnings());
        }
        if (settings.console()) {
            ConsoleHandler all = new ConsoleHandler();
            all.setLevel(Level.ALL);
            all.setFormatter(format);
            root.addHandler(all);
        }
        ExecutionLogs executions = new ExecutionLogs(home, format);
        executions.setErrorManager(new LogWriteErrors("the executions' logs under " + home.logs()));
        root.addHandler(executions);
        configured = true;
    }

    private static Handler fileHandler(ParleyHome home, LogFormat format) {
        Path log = home.logs().resolve("parley.log");
        try {
            RotatingLog file = new RotatingLog(log, ROTATE_AT, KEEP, format);
            file.setErrorManager(new LogWriteErrors(log.toString()));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write logs under " + home.logs(), e);
        }
    }

    /** Parley's own warnings on the console, in one short line, beside the file. */
    private static Handler parleyWarnings() {
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
