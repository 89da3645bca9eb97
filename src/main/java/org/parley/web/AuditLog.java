package org.parley.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The audit log of a home, {@code logs/audit.log}: one JSON object per line saying who started,
 * stopped, restarted or downloaded what, and when. Lines are only ever appended.
 */
public final class AuditLog {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Path file;
    private final Clock clock;

    public AuditLog(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
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
            synchronized (this) {
                Files.createDirectories(file.getParent());
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

    /** The last entries, newest first. */
    public List<Entry> recent(int limit) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<String> lines;
        synchronized (this) {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        }
        List<Entry> out = new ArrayList<>();
        for (int i = lines.size() - 1; i >= 0 && out.size() < limit; i--) {
            out.add(JSON.readValue(lines.get(i), Entry.class));
        }
        return out;
    }
}
