package org.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {

    @TempDir
    Path dir;

    @Test
    void aStrangersLongUserNameIsLoggedClippedNotWhole() throws Exception {
        AuditLog log = new AuditLog(dir.resolve("audit.jsonl"), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        log.record("x".repeat(5_000), "login-failed", "GET /api/runs", "basic");
        log.record("ana", "start", "execution 3", "upload set.zip");
        List<AuditLog.Entry> recent = log.recent(5);
        assertEquals("ana", recent.get(0).user());
        String clipped = recent.get(1).user();
        assertTrue(clipped.startsWith("x".repeat(200) + "…") && clipped.endsWith("(5000 characters)"), clipped);
        assertTrue(Files.size(dir.resolve("audit.jsonl")) < 1_000, "two short lines, not 5 KB");
    }
}
