package org.parley.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log's line format, its rotation, and the settings that choose its level and place. */
class LoggingTest {

    @TempDir
    Path dir;

    private static LogRecord record(String logger, String message) {
        LogRecord r = new LogRecord(Level.INFO, message);
        r.setLoggerName(logger);
        r.setInstant(Instant.parse("2026-10-25T00:30:00.123456Z"));
        return r;
    }

    @Test
    void aLineHasAnIsoTimeWithItsOffsetAndTheExecutionItWorksFor() {
        LogFormat format = new LogFormat(ZoneId.of("Europe/Brussels"));
        assertEquals("2026-10-25T02:30:00.123+02:00 INFO org.parley.x: started" + System.lineSeparator(),
                format.format(record("org.parley.x", "started")));
        ExecutionLogs.enter(42);
        try {
            assertTrue(format.format(record("org.parley.x", "step")).startsWith(
                    "2026-10-25T02:30:00.123+02:00 INFO org.parley.x [execution 42]: step"));
        } finally {
            ExecutionLogs.leave();
        }
        LogRecord failed = record("org.parley.x", "failed");
        failed.setThrown(new IllegalStateException("why"));
        assertTrue(format.format(failed).contains("java.lang.IllegalStateException: why"), "with its stack trace");
    }

    @Test
    void theLogIsRotatedPastItsLimitKeepingItsNameAndTheNewestCopies() throws Exception {
        Path file = dir.resolve("logs/parley.log");
        RotatingLog log = new RotatingLog(file, 1000, 3, new LogFormat(ZoneId.of("UTC")));
        for (int i = 0; i < 100; i++) {
            log.publish(record("org.parley.x", "line " + i + " " + "x".repeat(40)));
        }
        log.close();
        assertTrue(Files.size(file) <= 1000, "the current log stays under its limit");
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("line 99 "), "the newest line is in parley.log");
        for (int n = 1; n <= 3; n++) {
            assertTrue(Files.isRegularFile(log.rotated(n)), "parley.log." + n);
        }
        assertFalse(Files.exists(log.rotated(4)), "no more than three rotated copies");
        assertFalse(Files.readString(log.rotated(3), StandardCharsets.UTF_8).contains("line 0 "), "the oldest dropped");
    }

    @Test
    void theLevelAndPlaceAreReadAndABadValueIsRefusedNamingIt() {
        assertEquals(new Logging.Settings(Level.INFO, true, false), Logging.Settings.parse(null, null));
        assertEquals(new Logging.Settings(Level.FINE, false, true), Logging.Settings.parse("debug", "console"));
        assertEquals(new Logging.Settings(Level.WARNING, true, true), Logging.Settings.parse("WARNING", "both"));
        assertEquals(Level.SEVERE, Logging.Settings.parse("error", "file").level());
        assertEquals("PARLEY_LOG_LEVEL 'loud' is not a log level: use error, warning, info or debug (or SEVERE ... FINEST)",
                assertThrows(IllegalArgumentException.class, () -> Logging.Settings.parse("loud", null)).getMessage());
        assertEquals("PARLEY_LOG_TO 'syslog' is not file, console or both",
                assertThrows(IllegalArgumentException.class, () -> Logging.Settings.parse(null, "syslog")).getMessage());
    }
}
