package org.parley.config;

/** A disk Parley must write to has no room (or too little for a run to start). */
public final class DiskFullException extends IllegalStateException {

    public DiskFullException(String message) {
        super(message);
    }
}
