package org.parley.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The audit log of a home, {@code logs/audit.log}: one JSON object per line saying who started,
 * stopped, restarted or downloaded what, and when. Lines are only ever appended; a log that would
 * grow past {@link #MAX_BYTES} is first renamed {@code audit.log.1} (the older ones moving up to
 * {@code .}{@value #KEEP}, and the oldest deleted).
 */
public final class AuditLog {

    /** How large the log grows before it is rotated. */
    static final long MAX_BYTES = 10L * 1024 * 1024;
    /** How many rotated logs are kept. */
    static final int KEEP = 5;

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    /** One lock per file, so two logs of one file (a test's, a second service's) still rotate one at a time. */
    private static final Map<Path, Object> LOCKS = new ConcurrentHashMap<>();

    private final Path file;
    private final Clock clock;
    private final long maxBytes;
    private final int keep;
    private final Object lock;

    public AuditLog(Path file, Clock clock) {
        this(file, clock, MAX_BYTES, KEEP);
    }

    AuditLog(Path file, Clock clock, long maxBytes, int keep) {
        this.file = file;
        this.clock = clock;
        this.maxBytes = maxBytes;
        this.keep = keep;
        this.lock = LOCKS.computeIfAbsent(file.toAbsolutePath().normalize(), f -> new Object());
    }

    /**
     * One line of the log.
     *
     * @param user   who did it ("scheduler" for the nightly run)
     * @param action start, stop, restart, cancel, download, login, login-failed, schedule-change, ...
     * @param target what it was done to ("execution 12", "briefings/12/r1.pdf")
     * @param detail anything else worth keeping (the article set, the HTTP status)
     */
    public record Entry(Instant time, String user, String action, String target, String detail) {
    }

    /** Appends one entry. */
    public void record(String user, String action, String target, String detail) {
        // what a stranger sends (a user name of 5 KB) is logged only as long as anyone needs to read it
        Entry entry = new Entry(clock.instant(), clip(user, MAX_FIELD), clip(action, MAX_FIELD), clip(target, MAX_FIELD),
                clip(detail, MAX_DETAIL));
        try {
            byte[] line = (JSON.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
            synchronized (lock) {
                Files.createDirectories(file.getParent());
                long size = Files.exists(file) ? Files.size(file) : 0;
                if (size > 0 && size + line.length > maxBytes) {
                    rotate();
                }
                // one write of the whole line, under the lock that rotation takes: no line is split or lost
                Files.write(file, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the audit log " + file, e);
        }
    }

    /** The longest user, action or target, and detail, an entry keeps. */
    static final int MAX_FIELD = 200;
    static final int MAX_DETAIL = 1000;

    static String clip(String value, int max) {
        return value == null || value.length() <= max ? value
                : value.substring(0, max) + "… (" + value.length() + " characters)";
    }

    /** The last entries, newest first, from the log and then the rotated ones. */
    public List<Entry> recent(int limit) throws IOException {
        List<Entry> out = new ArrayList<>();
        synchronized (lock) {
            for (int i = 0; i <= keep && out.size() < limit; i++) {
                Path next = generation(i);
                if (!Files.exists(next)) {
                    break;
                }
                List<String> lines = Files.readAllLines(next, StandardCharsets.UTF_8);
                for (int j = lines.size() - 1; j >= 0 && out.size() < limit; j--) {
                    out.add(JSON.readValue(lines.get(j), Entry.class));
                }
            }
        }
        return out;
    }

    /** Moves {@code audit.log.N} to {@code .N+1} from the oldest down, dropping the last, then the log to {@code .1}. */
    private void rotate() throws IOException {
        Files.deleteIfExists(generation(keep));
        for (int i = keep - 1; i >= 0; i--) {
            if (Files.exists(generation(i))) {
                Files.move(generation(i), generation(i + 1), StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }

    /** The log itself (0) or its Nth rotated copy. */
    private Path generation(int n) {
        return n == 0 ? file : file.resolveSibling(file.getFileName() + "." + n);
    }
}
