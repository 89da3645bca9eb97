package org.parley.web;

/** An uploaded archive the service will not unpack (HTTP 400); the message says why. */
public final class BadZipException extends Exception {

    public BadZipException(String message) {
        super(message);
    }
}
