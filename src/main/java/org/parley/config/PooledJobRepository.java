package org.parley.config;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.ibm.jbatch.container.services.impl.JDBCPersistenceManagerImpl;

/**
 * jbatch's own JDBC job repository, taking its connections from Parley's pool rather than opening
 * one through {@code DriverManager} for every call (on PostgreSQL each would be a new server
 * process). jbatch creates its instance by class name, so the pool is handed over beforehand.
 * Its tables are made by Parley's change log ({@code jbatch-1}): jbatch creates tables only on Derby.
 */
public class PooledJobRepository extends JDBCPersistenceManagerImpl {

    private static volatile DataSource source;

    /** The pool jbatch's repository uses; set once, before the first job operator. */
    public static void use(DataSource pool) {
        source = pool;
    }

    @Override
    protected Connection getConnection() throws SQLException {
        return pool().getConnection();
    }

    @Override
    protected Connection getConnectionToDefaultSchema() throws SQLException {
        return pool().getConnection();
    }

    private static DataSource pool() throws SQLException {
        DataSource pool = source;
        if (pool == null) {
            throw new SQLException("jbatch's job repository has no database: Parley did not configure it");
        }
        return pool;
    }
}
