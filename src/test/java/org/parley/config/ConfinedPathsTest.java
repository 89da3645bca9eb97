package org.parley.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfinedPathsTest {

    @TempDir
    Path dir;

    @Test
    void aPlainRelativePathUnderTheRootResolves() throws Exception {
        Path root = Files.createDirectories(dir.resolve("root/briefings/7"));
        Files.writeString(root.resolve("r.pdf"), "x");
        assertEquals(Optional.of(root.resolve("r.pdf")), ConfinedPaths.resolve(dir.resolve("root"), "briefings/7/r.pdf"));
    }

    @Test
    void everyWayOutIsRefused() throws Exception {
        Path root = Files.createDirectories(dir.resolve("root"));
        Files.writeString(dir.resolve("secret.txt"), "x");
        for (String p : new String[] {"../secret.txt", "a/../../secret.txt", "/etc/passwd", "..\\secret.txt",
                "%2e%2e/secret.txt", "a//b", "./x", "", "C:/x", "a/\u0000"}) {
            assertEquals(Optional.empty(), ConfinedPaths.resolve(root, p), p);
        }
    }

    @Test
    void aSymbolicLinkThatLeadsOutIsRefused() throws Exception {
        Path root = Files.createDirectories(dir.resolve("root"));
        Path outside = Files.writeString(dir.resolve("outside.pdf"), "x");
        Files.createSymbolicLink(root.resolve("link.pdf"), outside);
        assertEquals(Optional.empty(), ConfinedPaths.resolve(root, "link.pdf"));
    }

    @Test
    void aMissingFileIsNothing() {
        assertEquals(Optional.empty(), ConfinedPaths.resolve(dir, "nothing-here.pdf"));
        assertTrue(ConfinedPaths.wellFormed("set-1/part.zip"));
    }
}
