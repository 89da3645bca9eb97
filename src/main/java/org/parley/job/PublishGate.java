package org.parley.job;

import java.util.HashMap;
import java.util.Map;

/**
 * Decides, for the executions of this JVM, between a stop and the publication of a run's briefings:
 * whichever comes first wins. A stop asked before publication makes the run publish nothing (it ends
 * STOPPED and a restart renders again); once publication has begun, a stop is declined, so the run
 * ends COMPLETED with everything it published instead of STOPPED with its files already out.
 */
public final class PublishGate {

    private enum State { STOPPING, PUBLISHING }

    private static final Map<Long, State> STATES = new HashMap<>();

    private PublishGate() {
    }

    /** Asks to stop an execution: false when it has begun publishing and will end on its own. */
    public static synchronized boolean stop(long execution) {
        if (STATES.get(execution) == State.PUBLISHING) {
            return false;
        }
        STATES.put(execution, State.STOPPING);
        return true;
    }

    /** Whether an execution was asked to stop before it began publishing. */
    static synchronized boolean stopping(long execution) {
        return STATES.get(execution) == State.STOPPING;
    }

    /** Begins an execution's publication unless it was asked to stop first; returns whether it began. */
    static synchronized boolean beginPublishing(long execution) {
        if (STATES.get(execution) == State.STOPPING) {
            return false;
        }
        STATES.put(execution, State.PUBLISHING);
        return true;
    }

    /** Forgets an execution whose step has ended. */
    static synchronized void ended(long execution) {
        STATES.remove(execution);
    }
}
