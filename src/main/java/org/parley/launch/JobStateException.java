package org.parley.launch;

/** An operation is refused because of the state of an execution; the message gives the reason. */
public final class JobStateException extends Exception {

    public JobStateException(String message) {
        super(message);
    }
}
