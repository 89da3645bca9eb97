package org.parley.config;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.ErrorManager;

/**
 * Says once, in one line on standard error, that a log cannot be written (a full disk, most often),
 * where the JDK's own error manager would print a stack trace for the first failure and nothing after.
 */
final class LogWriteErrors extends ErrorManager {

    private final String log;
    private final AtomicBoolean said = new AtomicBoolean();

    LogWriteErrors(String log) {
        this.log = log;
    }

    @Override
    public void error(String msg, Exception ex, int code) {
        if (said.compareAndSet(false, true)) {
            String why = ex == null || ex.getMessage() == null ? (msg == null ? "error " + code : msg) : ex.getMessage();
            System.err.println("parley: warning: cannot write " + log + ": " + why
                    + (DiskSpace.saysFull(ex) ? " (the disk is full)" : "") + "; later failures to write it are not reported");
        }
    }
}
