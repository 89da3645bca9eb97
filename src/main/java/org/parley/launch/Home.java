package org.parley.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.util.logging.Logger;

import org.parley.config.BatchSetup;
import org.parley.config.DatabaseSetting;
import org.parley.config.HomeBusyException;
import org.parley.config.HomeLock;
import org.parley.config.Logging;
import org.parley.config.ParleyHome;
import org.parley.job.JobEnvironment;
import org.parley.store.Database;

/**
 * A Parley home opened by this process: claimed with the lock, logging to its logs folder, jbatch
 * configured on its database (embedded Derby, or PostgreSQL), Parley's tables migrated. Closing it
 * closes the database (shutting embedded Derby down) and releases the home for the next process.
 */
public final class Home implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Home.class.getName());

    private final ParleyHome home;
    private final HomeLock lock;
    private final Database database;
    private boolean closed;

    private Home(ParleyHome home, HomeLock lock, Database database) {
        this.home = home;
        this.lock = lock;
        this.database = database;
    }

    /** Opens the home on its embedded Derby database for a command; fails with who holds it when another process does. */
    public static Home open(ParleyHome home, String command, int port) throws HomeBusyException, IOException {
        return open(home, DatabaseSetting.embedded(), command, port);
    }

    /**
     * Opens the home for a command on the database given (see {@link DatabaseSetting#resolve});
     * fails with who holds it when another process holds the home or the database.
     */
    public static Home open(ParleyHome home, DatabaseSetting setting, String command, int port)
            throws HomeBusyException, IOException {
        Files.createDirectories(home.state());
        HomeLock lock = HomeLock.acquire(home, command, port);
        Database database = null;
        try {
            Logging.configure(home);
            if (setting.isEmbedded()) {
                BatchSetup.configure(home);
                database = Database.open(home);
            } else {
                database = Database.open(home, setting, "parley " + command + " (pid " + ProcessHandle.current().pid()
                        + ", home " + home.root() + ")");
                BatchSetup.configure(home, setting, database.dataSource());
                setting.record(home);
            }
            JobEnvironment.install(home, database);
            CrashedExecutions.markFailed(Jobs.BRIEFING, database);
            CrashLeftovers.clean(home.briefings(), home.state().resolve("uploads"), home.scratch(), home.fonts());
            LOG.info(() -> "opened " + home.root() + " for " + command);
            return new Home(home, lock, database);
        } catch (RuntimeException e) {
            if (database != null) {
                database.close();
            }
            lock.close();
            throw e;
        }
    }

    public ParleyHome paths() {
        return home;
    }

    public Database database() {
        return database;
    }

    /** Says in the lock file which port this process serves on (the lock file is how other commands find it). */
    public void announcePort(String command, int port) {
        lock.announce(command, port);
    }

    /** The same for a server that speaks TLS itself, with the (PEM) certificate it presents. */
    public void announcePort(String command, int port, String certificate) {
        lock.announce(command, port, certificate);
    }

    /** Says in the lock file which execution this process runs, for {@code parley stop ID}. */
    public void announceExecution(long execution) {
        lock.announceExecution(execution);
    }

    /** Shuts Derby down and releases the home; safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        database.close();
        if (database.kind() == Database.Kind.DERBY) {
            Database.shutdownDerby();
        }
        lock.close();
    }
}
