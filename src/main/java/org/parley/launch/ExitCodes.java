package org.parley.launch;

/** The exit codes of the command line, documented in the README. */
final class ExitCodes {

    static final int COMPLETED = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int STOPPED = 3;
    static final int HOME_BUSY = 4;

    private ExitCodes() {
    }
}
