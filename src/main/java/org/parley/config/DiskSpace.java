package org.parley.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Free space where a run writes (the home with its database, the output folder): a run is refused
 * at once when a disk has too little, and a failure on a full disk is named as such, not by what a
 * full disk made of it later (Derby's "No current connection.").
 */
public final class DiskSpace {

    /** A run needs at least this much free on each disk it writes to before it starts. */
    public static final long RUN_MINIMUM = 64L << 20;
    /** Below this much free a disk is full: whatever failed there most likely failed for want of room. */
    static final long FULL_BELOW = 4L << 20;

    /** Derby's SQL states for a write that found no room: a page, the log, a new file. */
    private static final Set<String> FULL_STATES = Set.of("XSDG1", "XSLA4", "XSLAJ", "XSDF4", "53100");
    /** The operating system's words for no room (Linux and macOS, Windows). */
    private static final String[] FULL_WORDS = {"no space left on device", "disk quota exceeded",
        "not enough space on the disk", "there is not enough space", "disk is full"};

    private DiskSpace() {
    }

    /** Refuses a run when a disk it writes to has less than {@link #RUN_MINIMUM} free, naming the place. */
    public static void requireRoomForRun(Path... places) {
        for (Path place : places) {
            if (place == null) {
                continue;
            }
            long free = usable(place);
            if (free >= 0 && free < RUN_MINIMUM) {
                throw new DiskFullException("the disk holding " + place + " has " + size(free) + " free; a run needs at "
                        + "least " + size(RUN_MINIMUM) + ". Free some space there and try again.");
            }
        }
    }

    /**
     * When a failure happened for want of room, what to say instead of its own last words: the
     * disk holding which place is full. It is when the failure or one of its causes says so, or
     * when one of the places is all but full now.
     */
    public static Optional<String> explain(Throwable failure, Path... places) {
        Optional<String> full = fullAmong(places);
        if (full.isPresent() || !saysFull(failure)) {
            return full;
        }
        // the failure says so: a disk with little room is the likely one
        return fullBelow(RUN_MINIMUM, places).or(() -> Optional.of("a disk is full (" + lastWords(failure) + ")"));
    }

    /** The disk among these places that is all but full now, named, if one is. */
    public static Optional<String> fullAmong(Path... places) {
        return fullBelow(FULL_BELOW, places);
    }

    private static Optional<String> fullBelow(long limit, Path... places) {
        for (Path place : places) {
            long free = place == null ? -1 : usable(place);
            if (free >= 0 && free < limit) {
                return Optional.of("the disk holding " + place + " is full (" + size(free) + " free)");
            }
        }
        return Optional.empty();
    }

    /** Whether the failure, one of its causes or a chained SQL exception says the disk is full. */
    public static boolean saysFull(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        java.util.ArrayDeque<Throwable> todo = new java.util.ArrayDeque<>();
        todo.add(failure);
        while (!todo.isEmpty()) {
            Throwable t = todo.poll();
            if (seen.put(t, Boolean.TRUE) != null) {
                continue;
            }
            if (t instanceof DiskFullException) {
                return true;
            }
            if (t instanceof SQLException sql && (FULL_STATES.contains(sql.getSQLState()))) {
                return true;
            }
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if ((t instanceof IOException || t instanceof SQLException || t.getClass().getName().contains("Derby"))
                    && containsAny(message)) {
                return true;
            }
            next(todo, t.getCause());
            if (t instanceof SQLException sql) {
                next(todo, sql.getNextException());
            }
            for (Throwable s : t.getSuppressed()) {
                next(todo, s);
            }
        }
        return false;
    }

    private static void next(java.util.Deque<Throwable> todo, Throwable t) {
        if (t != null) {
            todo.add(t);
        }
    }

    private static boolean containsAny(String message) {
        for (String word : FULL_WORDS) {
            if (message.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Usable bytes on the disk of a place (its nearest existing ancestor), or -1 when it cannot be read. */
    static long usable(Path place) {
        Path p = place.toAbsolutePath();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        try {
            return p == null ? -1 : Files.getFileStore(p).getUsableSpace();
        } catch (IOException | SecurityException e) {
            return -1;
        }
    }

    private static String lastWords(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** Bytes as a person reads them: 0 bytes, 512 KB, 3.2 MB, 12 GB. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1L << 20) {
            return (bytes >> 10) + " KB";
        }
        if (bytes < 10L << 20) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
        }
        if (bytes < 1L << 30) {
            return (bytes >> 20) + " MB";
        }
        return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
    }
}
