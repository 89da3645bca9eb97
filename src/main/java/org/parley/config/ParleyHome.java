package org.parley.config;

import java.nio.file.Path;

/**
 * A Parley home: the one folder that holds a deployment's state (the embedded database, logs,
 * {@code derby.log}, the lock) and its documents. Nothing else is written anywhere.
 *
 * @param root the home folder, absolute
 */
public record ParleyHome(Path root) {

    /** The environment variable that names the home. */
    public static final String ENV = "PARLEY_HOME";
    /** The system property that names the home. */
    public static final String PROPERTY = "parley.home";

    public ParleyHome {
        root = root.toAbsolutePath().normalize();
    }

    /** The home named by the option, else {@code PARLEY_HOME}, else {@code -Dparley.home}, else {@code ./output}. */
    public static ParleyHome resolve(Path option) {
        if (option != null) {
            return new ParleyHome(option);
        }
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) {
            return new ParleyHome(Path.of(env));
        }
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            return new ParleyHome(Path.of(property));
        }
        return new ParleyHome(Path.of("output"));
    }

    /** Runtime state: database, lock, {@code derby.log}. */
    public Path state() {
        return root.resolve("state");
    }

    /** The embedded Derby database: jbatch's job repository and Parley's tables. */
    public Path database() {
        return state().resolve("db");
    }

    /** The JDBC URL of the database, without attributes. */
    public String jdbcUrl() {
        return "jdbc:derby:" + database();
    }

    public Path derbyLog() {
        return state().resolve("derby.log");
    }

    public Path lockFile() {
        return state().resolve("parley.lock");
    }

    /** Logs: {@code parley.log} and one log per job execution. */
    public Path logs() {
        return root.resolve("logs");
    }

    /** The documents: one folder per run and {@code latest/}. */
    public Path briefings() {
        return root.resolve("briefings");
    }

    /** Files a step writes on its way to the database ({@code .*.tmp}), removed when written or, after a crash, when the home is next opened. */
    public Path scratch() {
        return state().resolve("scratch");
    }

    /** Copies of the bundled fonts the chart reads as files, so that no copy goes to the shared temporary folder. */
    public Path fonts() {
        return state().resolve("fonts");
    }

    /** Where bundled sample sets are unpacked to be read like any other set. */
    public Path samples() {
        return state().resolve("samples");
    }
}
