package org.parley.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

import org.parley.config.ParleyHome;

/**
 * Parley's tables in the home's embedded Derby database (schema {@code PARLEY}, beside jbatch's
 * {@code JBATCH}), migrated forward at start-up so an old home keeps working.
 */
public final class Database {

    private static final Logger LOG = Logger.getLogger(Database.class.getName());
    /** The schema version this code expects; migrations {@code V1.sql} .. {@code Vn.sql} lead to it. */
    static final int VERSION = 4;

    private final String url;

    private Database(String url) {
        this.url = url;
    }

    /** Opens (creating if need be) and migrates the home's database. */
    public static Database open(ParleyHome home) {
        Database db = new Database(home.jdbcUrl());
        db.migrate();
        return db;
    }

    /** Opens and migrates a database at an explicit JDBC URL (tests: {@code jdbc:derby:memory:x}). */
    public static Database open(String url) {
        Database db = new Database(url);
        db.migrate();
        return db;
    }

    /** A new connection in auto-commit mode; the caller closes it. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url + ";create=true");
    }

    /** The schema version the database is at. */
    public int version() {
        try (Connection c = connect()) {
            return Migrations.currentVersion(c);
        } catch (SQLException e) {
            throw new StoreException("cannot read the schema version of " + url, e);
        }
    }

    private void migrate() {
        try (Connection c = connect()) {
            int from = Migrations.currentVersion(c);
            for (int v = from + 1; v <= VERSION; v++) {
                apply(c, v);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot open or migrate the database " + url + ": " + e.getMessage(), e);
        }
    }

    private static void apply(Connection c, int version) throws SQLException {
        String script = script(version);
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (String sql : statements(script)) {
                s.execute(sql);
            }
            Migrations.record(c, version);
            c.commit();
            LOG.info(() -> "database migrated to version " + version);
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** The statements of a script: separated by semicolons at line ends, comment lines dropped. */
    static java.util.List<String> statements(String script) {
        StringBuilder code = new StringBuilder();
        script.lines().filter(line -> !line.strip().startsWith("--")).forEach(line -> code.append(line).append('\n'));
        return java.util.Arrays.stream(code.toString().split(";\\s*\n"))
                .map(String::strip).filter(sql -> !sql.isEmpty()).toList();
    }

    private static String script(int version) {
        String name = "/org/parley/store/V" + version + ".sql";
        try (InputStream in = Database.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("migration " + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Shuts embedded Derby down cleanly, so the next process finds the database consistent. */
    public static void shutdownDerby() {
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true").close();
        } catch (SQLException e) {
            if (!"XJ015".equals(e.getSQLState())) { // XJ015 is Derby's "shut down normally"
                LOG.warning("Derby did not shut down cleanly: " + e.getMessage());
            }
        }
    }
}
