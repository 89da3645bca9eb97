package org.parley.web;

import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The recent failed sign-ins of one kind of key (user names, or client addresses): whether a key
 * has had so many within the window that it is locked, and which failure begins a key's burst or
 * locks it, the two a burst leaves in the audit log. Not thread-safe: {@link SignInThrottle} holds
 * one lock around both of its windows.
 */
final class FailureWindow {

    /** What a new failure is within its key's burst. */
    enum Mark { FIRST, INSIDE, LOCK }

    /** A key's failures within the window, oldest first; a burst ends when the last of them ages out. */
    private static final class Burst {
        final ArrayDeque<Long> times = new ArrayDeque<>();
        boolean lockMarked;
    }

    private final int max;
    private final long window;
    private final Map<String, Burst> bursts;

    /** {@code keys}: how many keys are remembered; the one least recently seen is forgotten first. */
    FailureWindow(int max, long windowSeconds, int keys) {
        this.max = max;
        this.window = TimeUnit.SECONDS.toNanos(windowSeconds);
        this.bursts = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Burst> eldest) {
                return size() > keys;
            }
        };
    }

    /** Seconds until the key may try again, or 0. */
    long lockedFor(String key, long now) {
        Burst burst = current(key, now);
        if (burst == null || burst.times.size() < max) {
            return 0;
        }
        long left = window - (now - burst.times.peekFirst());
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(left + TimeUnit.SECONDS.toNanos(1) - 1)); // rounded up
    }

    /** Counts a failure of the key. */
    Mark fail(String key, long now) {
        Burst burst = current(key, now);
        if (burst == null) {
            burst = new Burst();
            bursts.put(key, burst);
        }
        burst.times.addLast(now);
        if (burst.times.size() >= max && !burst.lockMarked) {
            // once per burst: a guesser who keeps at it is let through one try per failure that ages out,
            // and each of those would otherwise lock the key again and be audited again
            burst.lockMarked = true;
            return Mark.LOCK;
        }
        return burst.times.size() == 1 ? Mark.FIRST : Mark.INSIDE;
    }

    /** The key's failures within the window. */
    int count(String key, long now) {
        Burst burst = current(key, now);
        return burst == null ? 0 : burst.times.size();
    }

    /** Forgets the key's failures, ending its burst. */
    void clear(String key) {
        bursts.remove(key);
    }

    /** The key's burst with its failures older than the window dropped, or null when none is left. */
    private Burst current(String key, long now) {
        Burst burst = bursts.get(key);
        if (burst == null) {
            return null;
        }
        while (!burst.times.isEmpty() && now - burst.times.peekFirst() >= window) {
            burst.times.removeFirst();
        }
        if (burst.times.isEmpty()) {
            bursts.remove(key);
            return null;
        }
        return burst;
    }
}
