package org.parley.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.lockservice.LockServiceFactory;
import liquibase.ui.LoggerUIService;

import org.parley.config.DatabaseSetting;
import org.parley.config.ParleyHome;

/**
 * The database behind one {@link DataSource}: jbatch's job repository (schema {@code JBATCH}) and
 * Parley's tables (schema {@code PARLEY}), in the home's embedded Derby database or in PostgreSQL.
 * Parley's tables are migrated forward at start-up by Liquibase from one change log for both, so
 * an old home keeps working and keeps its data.
 *
 * <p>On PostgreSQL the process holds an advisory lock for as long as the database is open: one
 * Parley process at a time uses a database, as one process at a time holds a home.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Database.class.getName());
    /** The advisory lock key on PostgreSQL ("parley" as a number). */
    private static final long LOCK_KEY = 0x7061726c6579L;

    /** The kinds of database Parley runs on. */
    public enum Kind { DERBY, POSTGRESQL }

    private final String url;
    private final Kind kind;
    private final DataSource source;
    private final Connection lock;
    private final ContainerTransactions container;

    private Database(String url, Kind kind, DataSource source, Connection lock, ContainerTransactions container) {
        this.url = url;
        this.kind = kind;
        this.source = source;
        this.lock = lock;
        this.container = container;
    }

    /**
     * The database of an application server (Open Liberty): its data source, shared by several
     * servers, so no lock of Parley's own (Liquibase's lock orders concurrent migrations), and the
     * stores join the server's transaction when one is active (inside a chunk) instead of
     * committing themselves.
     */
    public static Database container(DataSource source, ContainerTransactions transactions) {
        String url;
        Kind kind;
        try (Connection c = source.getConnection()) {
            url = c.getMetaData().getURL();
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            kind = product.contains("postgres") ? Kind.POSTGRESQL : product.contains("derby") ? Kind.DERBY : null;
            if (kind == null) {
                throw new StoreException("Parley runs on PostgreSQL or Derby, not on " + product, null);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot connect to the server's data source: " + e.getMessage(), e);
        }
        Database db = new Database(url, kind, source, null, transactions);
        db.migrate();
        return db;
    }

    /** Whether the calling thread is inside a transaction the application server manages. */
    @FunctionalInterface
    public interface ContainerTransactions {
        boolean active();
    }

    /** True when the store must leave commit and rollback to the application server's transaction. */
    boolean inContainerTransaction() {
        return container != null && container.active();
    }

    /** Opens (creating if need be) and migrates the home's embedded Derby database. */
    public static Database open(ParleyHome home) {
        return open(home.jdbcUrl());
    }

    /** Opens and migrates the database a setting names on a home. */
    public static Database open(ParleyHome home, DatabaseSetting setting, String application) {
        if (setting.isEmbedded()) {
            return open(home);
        }
        return openPostgresql(setting, application);
    }

    /** Opens and migrates an embedded Derby database at an explicit JDBC URL (tests: {@code jdbc:derby:memory:x}). */
    public static Database open(String url) {
        if (!url.startsWith("jdbc:derby:")) {
            throw new IllegalArgumentException("not an embedded Derby URL: " + url);
        }
        String create = url + ";create=true";
        Database db = new Database(url, Kind.DERBY, new DriverManagerSource(create), null, null);
        db.migrate();
        return db;
    }

    private static Database openPostgresql(DatabaseSetting setting, String application) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(setting.url());
        if (setting.user() != null) {
            config.setUsername(setting.user());
        }
        if (setting.password() != null) {
            config.setPassword(setting.password());
        }
        config.setPoolName("parley");
        // the partitions' threads, the service's requests and jbatch's own bookkeeping
        config.setMaximumPoolSize(Math.max(8, 2 * Runtime.getRuntime().availableProcessors() + 4));
        config.setMinimumIdle(1);
        config.setConnectionTimeout(30_000);
        config.setInitializationFailTimeout(-1);
        config.addDataSourceProperty("ApplicationName", application);
        // jbatch asks for generated keys by upper-case column name: PostgreSQL folds unquoted names
        config.addDataSourceProperty("quoteReturningIdentifiers", "false");
        // jbatch names its tables without a schema
        config.addDataSourceProperty("currentSchema", "jbatch");
        Connection lock;
        try {
            lock = lockConnection(setting, application);
        } catch (SQLException e) {
            throw new StoreException("cannot open the database " + setting + ": " + e.getMessage(), e);
        }
        HikariDataSource pool = new HikariDataSource(config);
        Database db = new Database(setting.url(), Kind.POSTGRESQL, pool, lock, null);
        try {
            db.migrate();
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /** A connection of its own that holds the advisory lock; fails naming who holds it. */
    private static Connection lockConnection(DatabaseSetting setting, String application) throws SQLException {
        Properties props = new Properties();
        if (setting.user() != null) {
            props.setProperty("user", setting.user());
        }
        if (setting.password() != null) {
            props.setProperty("password", setting.password());
        }
        props.setProperty("ApplicationName", application);
        Connection c = DriverManager.getConnection(setting.url(), props);
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            ps.setLong(1, LOCK_KEY);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getBoolean(1)) {
                    return c;
                }
            }
            String holder = holder(c);
            c.close();
            throw new DatabaseBusyException("the database " + setting + " is in use by another Parley process"
                    + holder + ". One process at a time uses a database: wait for it to finish, or stop it.");
        } catch (SQLException | RuntimeException e) {
            if (!c.isClosed()) {
                c.close();
            }
            throw e;
        }
    }

    private static String holder(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT a.application_name, a.client_addr FROM pg_locks l "
                + "JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted "
                + "AND ((l.classid::bigint << 32) | l.objid::bigint) = ?")) {
            ps.setLong(1, LOCK_KEY);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    String address = rs.getString(2);
                    return " (" + rs.getString(1) + (address == null ? "" : ", from " + address) + ")";
                }
            }
        }
        return "";
    }

    /** A connection in auto-commit mode; the caller closes it. */
    public Connection connect() throws SQLException {
        return source.getConnection();
    }

    /** The connections, for jbatch's job repository. */
    public DataSource dataSource() {
        return source;
    }

    public Kind kind() {
        return kind;
    }

    /** The JDBC URL, without credentials. */
    public String url() {
        return url;
    }

    /** The ids of the change sets applied, in order. */
    public List<String> changeSets() {
        try (Connection c = connect()) {
            return Sql.query(c, "SELECT ID FROM PARLEY.DATABASECHANGELOG ORDER BY ORDEREXECUTED", rs -> rs.getString(1));
        } catch (SQLException e) {
            throw new StoreException("cannot read the change log of " + url, e);
        }
    }

    private void migrate() {
        long started = System.nanoTime();
        try (Connection c = connect()) {
            if (upToDate(c)) { // Liquibase itself would take a second or two of every command's start
                LOG.fine(() -> "database " + url + " is up to date");
                return;
            }
            createSchemas(c);
            Map<String, Object> scope = new HashMap<>();
            scope.put(Scope.Attr.ui.name(), new LoggerUIService());
            scope.put("liquibase.analytics.enabled", false);
            scope.put("liquibase.showBanner", false);
            Scope.child(scope, () -> {
                liquibase.database.Database target = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(c));
                target.setDefaultSchemaName(schema("PARLEY"));
                target.setLiquibaseSchemaName(schema("PARLEY"));
                if (container == null) {
                    // this process holds the home (and on PostgreSQL the database): a lock left set is a
                    // crashed migration's, not another one running. Servers sharing a database wait for it.
                    LockServiceFactory.getInstance().getLockService(target).forceReleaseLock();
                }
                new CommandScope(UpdateCommandStep.COMMAND_NAME)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, target)
                        .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, ChangeLog.RESOURCE)
                        .addArgumentValue(UpdateCommandStep.CONTEXTS_ARG, container == null ? "" : ChangeLog.CONTAINER)
                        .setOutput(OutputStream.nullOutputStream())
                        .execute();
            });
            if (!c.getAutoCommit()) { // Liquibase leaves its last reads in a transaction
                c.commit();
                c.setAutoCommit(true);
            }
            LOG.info(() -> String.format("database %s ready (%d ms)", url, (System.nanoTime() - started) / 1_000_000));
        } catch (Exception e) {
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            throw new StoreException("cannot open or migrate the database " + url + ": " + cause.getMessage(), e);
        }
    }

    /** True when every change set of the change log for this kind of database is recorded as applied. */
    private boolean upToDate(Connection c) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(null, schema("PARLEY"), schema("DATABASECHANGELOG"), null)) {
            if (!rs.next()) {
                return false;
            }
        }
        Set<String> applied = new HashSet<>(
                Sql.query(c, "SELECT ID FROM PARLEY.DATABASECHANGELOG", rs -> rs.getString(1)));
        return applied.containsAll(ChangeLog.ids(kind, container != null));
    }

    private String schema(String name) {
        return kind == Kind.POSTGRESQL ? name.toLowerCase(Locale.ROOT) : name;
    }

    /** The schemas must exist before Liquibase writes its own tables into {@code PARLEY}. */
    private void createSchemas(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (kind == Kind.POSTGRESQL) {
                s.execute("CREATE SCHEMA IF NOT EXISTS parley");
                s.execute("CREATE SCHEMA IF NOT EXISTS jbatch");
                return;
            }
            try (ResultSet rs = c.getMetaData().getSchemas(null, "PARLEY")) {
                if (!rs.next()) {
                    s.execute("CREATE SCHEMA PARLEY");
                }
            }
        }
    }

    /** Closes the pool and releases the database; embedded Derby itself is shut down by {@link #shutdownDerby()}. */
    @Override
    public void close() {
        if (source instanceof HikariDataSource pool) {
            pool.close();
        }
        if (lock != null) {
            try (lock; PreparedStatement ps = lock.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                // at once, not when the server notices the session has ended
                ps.setLong(1, LOCK_KEY);
                ps.execute();
            } catch (SQLException e) {
                LOG.warning("cannot release the database lock: " + e.getMessage());
            }
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

    /** Embedded Derby's connections: a new one each time, as cheap as a pool's. */
    private record DriverManagerSource(String url) implements DataSource {

        @Override
        public Connection getConnection() throws SQLException {
            return DriverManager.getConnection(url);
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            // Derby logs to derby.log
        }

        @Override
        public void setLoginTimeout(int seconds) {
            DriverManager.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() {
            return DriverManager.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getLogger("org.apache.derby");
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
