package org.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The access log is the server's: a stopped server leaves no file open behind it. */
class AccessLogIT {

    private static final Path FDS = Path.of("/proc/self/fd");

    @Test
    void aStoppedServerHasClosedItsAccessLog() throws Exception {
        assumeTrue(Files.isDirectory(FDS), "needs Linux's /proc to see the open files");
        Path log = TestService.home().paths().logs().resolve("access.log").toAbsolutePath();
        long before = open(log);
        TestService service = TestService.start(TestService.settings(TestService.tempInbox("access-log"), 1, null, null),
                Clock.systemUTC());
        try {
            assertEquals(200, service.get("/api/executions?limit=1", "viewer").statusCode());
            assertEquals(before + 1, open(log), "the running server writes the access log");
        } finally {
            service.close();
        }
        assertEquals(before, open(log), "and closes it when it stops");
    }

    /** How many of this process's open files are the file. */
    private static long open(Path file) throws IOException {
        try (Stream<Path> fds = Files.list(FDS)) {
            return fds.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).equals(file);
                } catch (IOException gone) {
                    return false; // closed while listing
                }
            }).count();
        }
    }
}
