package org.parley.web;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * The brake on password guessing. A wrong password costs a PBKDF2 derivation, a tenth of a second
 * of a core; sixteen strangers guessing in parallel once took a signed-in analyst's requests from
 * 0.06 s to 17 s. So: one derivation at a time (a configured user's check waits up to 3 s for its
 * turn, an unknown name's not at all, then is told to come back), and a name with
 * {@link #MAX_FAILURES} failures, or a client address with {@link #MAX_ADDRESS_FAILURES}, within
 * {@link #WINDOW_SECONDS} is refused without a derivation until the oldest of them is that old.
 * Signed-in sessions and a password already verified derive nothing and are never braked.
 */
final class SignInThrottle {

    static final int MAX_FAILURES = 5;
    /**
     * Failures from one address, whatever the names: enough for an office behind one address to
     * mistype now and then, few enough that trying a name after another is braked like one name.
     */
    static final int MAX_ADDRESS_FAILURES = 20;
    static final long WINDOW_SECONDS = 60;
    /**
     * How long a check of a configured user waits for the derivation in use before it is told to
     * come back. A check of an unknown name does not wait: a waiting check holds one of the server's
     * few worker threads, which signed-in users need, and a stranger may send thousands; a known
     * name gets its five tries a minute, then is refused before it waits.
     */
    private static final long WAIT_MILLIS = 3000;
    /** Names, and addresses, whose failures are remembered; the oldest is forgotten first. */
    private static final int KEYS = 10_000;

    /** Refused for now; {@code retryAfter} is in seconds. */
    static final class TooMany extends RuntimeException {
        private final long retryAfter;

        TooMany(String message, long retryAfter) {
            super(message, null, false, false);
            this.retryAfter = retryAfter;
        }

        long retryAfter() {
            return retryAfter;
        }
    }

    /**
     * A check's outcome; {@code audit}: what the audit log should say of a failure, or null when
     * there is nothing to write (a success, or a failure inside a burst already audited).
     */
    record Result(boolean ok, String audit) {
    }

    private final Semaphore deriving = new Semaphore(1, true);
    private final LongSupplier nanos;
    private final FailureWindow names = new FailureWindow(MAX_FAILURES, WINDOW_SECONDS, KEYS);
    private final FailureWindow addresses = new FailureWindow(MAX_ADDRESS_FAILURES, WINDOW_SECONDS, KEYS);

    SignInThrottle() {
        this(System::nanoTime);
    }

    SignInThrottle(LongSupplier nanos) {
        this.nanos = nanos;
    }

    /**
     * Runs one check of {@code name}'s password ({@code known}: a configured user's) from
     * {@code address} (null when unknown: then only the name is braked), or refuses it with {@link TooMany}.
     */
    Result check(String name, String address, boolean known, BooleanSupplier derive) {
        String bucket = ClientAddress.bucket(address);
        refuseWhileLocked(name, bucket);
        awaitTurn(known);
        try {
            // checked again, and the outcome counted before the next check's turn: checks that passed
            // the first look together must not each derive once the failure that locks is in
            refuseWhileLocked(name, bucket);
            if (derive.getAsBoolean()) {
                succeeded(name);
                return new Result(true, null);
            }
            return failed(name, bucket);
        } finally {
            deriving.release();
        }
    }

    private void awaitTurn(boolean known) {
        try {
            if (!deriving.tryAcquire(known ? WAIT_MILLIS : 0, TimeUnit.MILLISECONDS)) {
                throw new TooMany("too many sign-ins at once; try again in a moment", 1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TooMany("interrupted while waiting to sign in", 1);
        }
    }

    private synchronized void succeeded(String name) {
        // the address keeps its count: one account of its own must not let a guesser start afresh
        names.clear(name);
    }

    /** Counts credentials that could not even be read (no name, not Base64) as a failure of the address. */
    Result unreadable(String address) {
        String bucket = ClientAddress.bucket(address);
        refuseWhileLocked(null, bucket);
        return failed(null, bucket);
    }

    private synchronized void refuseWhileLocked(String name, String bucket) {
        long now = nanos.getAsLong();
        long byName = name == null ? 0 : names.lockedFor(name, now);
        long byAddress = bucket == null ? 0 : addresses.lockedFor(bucket, now);
        if (byName > 0 || byAddress > 0) {
            String who = byName > 0 ? "this user" : "this address";
            long wait = Math.max(byName, byAddress);
            throw new TooMany("too many failed sign-ins for " + who + "; try again in " + wait + " s", wait);
        }
    }

    /**
     * Counts the failure and says what to audit: the first of an address's burst (or, address
     * unknown, of the name's), and the failure that locks the name or the address, not those between.
     */
    private synchronized Result failed(String name, String bucket) {
        long now = nanos.getAsLong();
        FailureWindow.Mark byName = name == null ? FailureWindow.Mark.INSIDE : names.fail(name, now);
        FailureWindow.Mark byAddress = bucket == null ? FailureWindow.Mark.INSIDE : addresses.fail(bucket, now);
        List<String> notes = new ArrayList<>();
        if (byName == FailureWindow.Mark.LOCK) {
            notes.add(names.count(name, now) + " failed sign-ins for this user within " + WINDOW_SECONDS + " s: locked");
        }
        if (byAddress == FailureWindow.Mark.LOCK) {
            notes.add(addresses.count(bucket, now) + " failed sign-ins from this address within " + WINDOW_SECONDS
                    + " s: locked");
        }
        boolean first = bucket != null ? byAddress == FailureWindow.Mark.FIRST
                : name == null || byName == FailureWindow.Mark.FIRST;
        if (notes.isEmpty() && first) {
            notes.add("first failed sign-in" + (bucket != null ? " from this address" : ""));
        }
        return new Result(false, notes.isEmpty() ? null : String.join("; ", notes));
    }
}
