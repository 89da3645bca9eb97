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
        return closedOnce(pool().getConnection());
    }

    @Override
    protected Connection getConnectionToDefaultSchema() throws SQLException {
        return closedOnce(pool().getConnection());
    }

    /**
     * The connection, closed only by the first of its close() calls. jbatch closes each connection
     * twice; HikariCP's second close closes the statements of its pool entry, which by then another
     * thread may have borrowed: under concurrent calls that thread's statements were closed under
     * it (an ArrayIndexOutOfBoundsException in Hikari's statement list, a failed request).
     */
    static Connection closedOnce(Connection connection) {
        java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
        return (Connection) java.lang.reflect.Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close":
                            if (!closed.compareAndSet(false, true)) {
                                return null;
                            }
                            break;
                        case "isClosed":
                            if (closed.get()) {
                                return true;
                            }
                            break;
                        case "equals":
                            return proxy == args[0];
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        default:
                            break;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static DataSource pool() throws SQLException {
        DataSource pool = source;
        if (pool == null) {
            throw new SQLException("jbatch's job repository has no database: Parley did not configure it");
        }
        return pool;
    }
}
