package org.parley.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The brake on password guessing. A wrong password costs a PBKDF2 derivation, a tenth of a second
 * of a core; sixteen strangers guessing in parallel once took a signed-in analyst's requests from
 * 0.06 s to 17 s. So: one derivation at a time (a configured user's check waits up to 3 s for its
 * turn, an unknown name's not at all, then is told to come back), and a name with
 * {@link #MAX_FAILURES} failures within {@link #WINDOW_SECONDS} is refused without a derivation
 * until the oldest of them is that old. Signed-in sessions and a password already verified derive
 * nothing and are never braked.
 */
final class SignInThrottle {

    static final int MAX_FAILURES = 5;
    static final long WINDOW_SECONDS = 60;
    /**
     * How long a check of a configured user waits for the derivation in use before it is told to
     * come back. A check of an unknown name does not wait: a waiting check holds one of the server's
     * few worker threads, which signed-in users need, and a stranger may send thousands; a known
     * name gets its five tries a minute, then is refused before it waits.
     */
    private static final long WAIT_MILLIS = 3000;
    /** Names whose failures are remembered; the oldest is forgotten first. */
    private static final int NAMES = 10_000;

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

    private final Semaphore deriving = new Semaphore(1, true);
    private final LongSupplier nanos;
    private final Map<String, Deque<Long>> failures = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Long>> eldest) {
            return size() > NAMES;
        }
    };

    SignInThrottle() {
        this(System::nanoTime);
    }

    SignInThrottle(LongSupplier nanos) {
        this.nanos = nanos;
    }

    /**
     * Runs one check of {@code name}'s password ({@code known}: a configured user's), or refuses it
     * with {@link TooMany}.
     */
    boolean check(String name, boolean known, java.util.function.BooleanSupplier derive) {
        long wait = lockedFor(name);
        if (wait > 0) {
            throw new TooMany("too many failed sign-ins for this user; try again in " + wait + " s", wait);
        }
        try {
            if (!deriving.tryAcquire(known ? WAIT_MILLIS : 0, TimeUnit.MILLISECONDS)) {
                throw new TooMany("too many sign-ins at once; try again in a moment", 1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TooMany("interrupted while waiting to sign in", 1);
        }
        boolean ok;
        try {
            ok = derive.getAsBoolean();
        } finally {
            deriving.release();
        }
        synchronized (failures) {
            if (ok) {
                failures.remove(name);
            } else {
                failures.computeIfAbsent(name, n -> new ArrayDeque<>()).addLast(nanos.getAsLong());
            }
        }
        return ok;
    }

    /** Seconds until the name may try again, or 0. */
    private long lockedFor(String name) {
        long now = nanos.getAsLong();
        long window = TimeUnit.SECONDS.toNanos(WINDOW_SECONDS);
        synchronized (failures) {
            Deque<Long> times = failures.get(name);
            if (times == null) {
                return 0;
            }
            while (!times.isEmpty() && now - times.peekFirst() >= window) {
                times.removeFirst();
            }
            if (times.size() < MAX_FAILURES) {
                return 0;
            }
            return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(window - (now - times.peekFirst())) + 1);
        }
    }
}
