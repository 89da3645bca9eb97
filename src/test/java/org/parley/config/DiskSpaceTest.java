package org.parley.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which failures are a full disk's, and what is said about them (the disks themselves: DiskFullIT). */
class DiskSpaceTest {

    @TempDir
    Path dir;

    @Test
    void theSignsOfAFullDiskAreFoundAnywhereInTheChain() {
        assertTrue(DiskSpace.saysFull(new RuntimeException("write failed",
                new UncheckedIOException(new IOException("No space left on device")))));
        // Derby's page write, and the statement that found the database gone afterwards
        SQLException gone = new SQLException("No current connection.", "08003");
        gone.setNextException(new SQLException("Page could not be written", "XSDG1"));
        assertTrue(DiskSpace.saysFull(gone));
        assertTrue(DiskSpace.saysFull(new IllegalStateException(new SQLException("could not extend file", "53100"))));
        assertTrue(DiskSpace.saysFull(new DiskFullException("the disk holding /x has 0 bytes free")));
    }

    @Test
    void otherFailuresAreNotAFullDisk() {
        assertFalse(DiskSpace.saysFull(new SQLException("No current connection.", "08003")));
        assertFalse(DiskSpace.saysFull(new IOException("Permission denied")));
        // the words in an article or a user's input are not a disk's
        assertFalse(DiskSpace.saysFull(new IllegalArgumentException("title: 'no space left on device, said X'")));
        RuntimeException loop = new RuntimeException("a");
        RuntimeException other = new RuntimeException("b", loop);
        loop.initCause(other);
        assertFalse(DiskSpace.saysFull(loop), "a cycle of causes ends");
    }

    @Test
    void aFailureOnADiskWithRoomIsItsOwnAndAFullOneIsNamedWhereItCanBe() {
        assertEquals(Optional.empty(), DiskSpace.explain(new IOException("Permission denied"), dir));
        // the failure says so, but the disks named have room: said as the failure says it, without a place
        assertEquals(Optional.of("a disk is full (No space left on device)"),
                DiskSpace.explain(new IOException("No space left on device"), dir, null));
    }

    @Test
    void aRunNeedsItsMinimumAndTheRefusalNamesThePlace() {
        DiskSpace.requireRoomForRun(dir, null, dir.resolve("not/yet/made")); // the test disk has room
        assertTrue(DiskSpace.usable(dir.resolve("not/yet/made")) > DiskSpace.RUN_MINIMUM, "measured on the nearest folder");
        assertEquals("0 bytes", DiskSpace.size(0));
        assertEquals("512 KB", DiskSpace.size(512 << 10));
        assertEquals("3.5 MB", DiskSpace.size((7L << 20) / 2));
        assertEquals("64 MB", DiskSpace.size(DiskSpace.RUN_MINIMUM));
        assertEquals("2.0 GB", DiskSpace.size(2L << 30));
    }
}
