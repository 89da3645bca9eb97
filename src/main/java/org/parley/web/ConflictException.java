package org.parley.web;

/** A request that the state of a run forbids (HTTP 409); the message says why. */
public final class ConflictException extends Exception {

    public ConflictException(String message) {
        super(message);
    }
}
