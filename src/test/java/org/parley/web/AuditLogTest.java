package org.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {

    private static final Clock EPOCH = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    @TempDir
    Path dir;

    @Test
    void aStrangersLongUserNameIsLoggedClippedNotWhole() throws Exception {
        AuditLog log = new AuditLog(dir.resolve("audit.jsonl"), EPOCH);
        log.record("x".repeat(5_000), "login-failed", "GET /api/runs", "basic");
        log.record("ana", "start", "execution 3", "upload set.zip");
        List<AuditLog.Entry> recent = log.recent(5);
        assertEquals("ana", recent.get(0).user());
        String clipped = recent.get(1).user();
        assertTrue(clipped.startsWith("x".repeat(200) + "…") && clipped.endsWith("(5000 characters)"), clipped);
        assertTrue(Files.size(dir.resolve("audit.jsonl")) < 1_000, "two short lines, not 5 KB");
    }

    @Test
    void writersOnManyThreadsRotateTheLogWithoutLosingOrSplittingAnEntry() throws Exception {
        // given a log of at most 4 KB a file, with room in the kept files for everything written
        Path file = dir.resolve("audit.log");
        AuditLog log = new AuditLog(file, EPOCH, 4096, 30);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<?>> writers = new ArrayList<>();
        // when 8 threads write 50 entries each
        for (int t = 0; t < 8; t++) {
            int thread = t;
            writers.add(threads.submit(() -> {
                for (int i = 0; i < 50; i++) {
                    log.record("user" + thread, "download", "entry " + thread + "/" + i, "x".repeat(i));
                }
            }));
        }
        for (Future<?> writer : writers) {
            writer.get();
        }
        threads.shutdown();
        // then every file is within the limit, every line is a whole entry, and each entry is there once
        Set<String> targets = new HashSet<>();
        int files = 0;
        for (Path f = file; Files.exists(f); f = dir.resolve("audit.log." + (++files))) {
            assertTrue(Files.size(f) <= 4096, f + ": " + Files.size(f) + " bytes");
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                assertTrue(targets.add(JSON.readValue(line, AuditLog.Entry.class).target()), "twice: " + line);
            }
        }
        assertEquals(400, targets.size());
        assertTrue(files > 5, "rotated " + (files - 1) + " times");
        assertEquals(400, log.recent(1000).size(), "recent reads the rotated files too");
    }

    @Test
    void theOldestRotatedLogIsDroppedAndTheNewestEntriesStayInOrder() throws Exception {
        Path file = dir.resolve("audit.log");
        AuditLog log = new AuditLog(file, EPOCH, 1000, 2);
        for (int i = 0; i < 200; i++) {
            log.record("ana", "download", "entry " + i, null);
        }
        assertTrue(Files.exists(dir.resolve("audit.log.1")) && Files.exists(dir.resolve("audit.log.2")));
        assertFalse(Files.exists(dir.resolve("audit.log.3")), "two rotated logs are kept");
        List<AuditLog.Entry> kept = log.recent(1000);
        long lines = 0;
        for (String name : List.of("audit.log", "audit.log.1", "audit.log.2")) {
            lines += Files.readAllLines(dir.resolve(name)).size();
        }
        assertEquals(lines, kept.size());
        for (int i = 0; i < kept.size(); i++) {
            assertEquals("entry " + (199 - i), kept.get(i).target(), "newest first, none missing in between");
        }
        assertEquals(3, log.recent(3).size());
    }
}
