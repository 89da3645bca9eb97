package org.parley.store;

/** Another Parley process has the database open (PostgreSQL: it holds Parley's advisory lock). */
public final class DatabaseBusyException extends RuntimeException {

    public DatabaseBusyException(String message) {
        super(message);
    }
}
