package org.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an upload or a path may not do: over 100 MB is 413; an archive with {@code ../} or absolute
 * entries, over 10,000 entries, over 1 GB unpacked, or inflating over 100 times is 400, and nothing
 * of it is left anywhere; an inbox path that leaves the inbox is 400.
 */
class UploadLimitsIT {

    private static TestService service;
    private static Path uploads;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        service = TestService.start(TestService.settings(TestService.tempInbox("limits"), 1, null, null), Clock.systemUTC());
        uploads = TestService.home().paths().state().resolve("uploads");
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void aBodyOver100MegabytesIs413WithOrWithoutItsLength() {
        long size = 100L * 1000 * 1000 + 1;
        HttpResponse<String> declared = service.send(service.request("/api/executions", "analyst")
                .header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> zeros(size)),
                        size)).build());
        assertEquals(413, declared.statusCode(), declared.body());
        HttpResponse<String> chunked = service.send(service.request("/api/executions", "analyst")
                .header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> zeros(size))).build());
        assertEquals(413, chunked.statusCode(), chunked.body());
    }

    @Test
    void unsafeArchivesAre400AndLeaveNothingBehind() throws Exception {
        assertRefused(ArticleZips.of(List.<String[]>of(new String[] {"set/ok.txt", "fine"},
                new String[] {"../../escaped.txt", "out"})), "unsafe path: ../../escaped.txt");
        assertRefused(ArticleZips.of(List.<String[]>of(new String[] {"/etc/parley-absolute.txt", "out"})),
                "unsafe path: /etc/parley-absolute.txt");
        assertRefused(ArticleZips.of(List.<String[]>of(new String[] {"C:/windows.txt", "out"})), "unsafe path");
        assertRefused(ArticleZips.of(List.<String[]>of(new String[] {"..\\back.txt", "out"})), "unsafe path");
        assertRefused(manyEntries(10_001), "10001 entries; at most 10000");
        assertRefused(bomb(), "inflates more than 100 times");
        assertRefused("not a zip at all".getBytes(), "not a readable .zip archive");
        assertFalse(Files.exists(TestService.home().paths().root().getParent().resolve("escaped.txt")));
        assertFalse(Files.exists(Path.of("/etc/parley-absolute.txt")));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void anArchiveOverAGigabyteUnpackedIs400() throws Exception {
        Path big = dir.resolve("big.zip");
        writeLargeButModestZip(big, 1100);
        assertTrue(Files.size(big) < 100_000_000L, "the archive itself must pass the upload limit");
        assertRefused(Files.readAllBytes(big), "at most 1073741824 are accepted");
        assertEquals(List.of(), leftovers());
    }

    @Test
    void anUploadWithABrokenRoundsOrPartiesFileIsRefusedAtOnceAndLeavesNothing() throws IOException {
        long before = uploadFolders();
        String article = "Talks resume\n\n" + "The talks went on in Geneva on Monday, officials said. ".repeat(8);
        assertRefused(ArticleZips.of(List.of(new String[] {"a.txt", article},
                new String[] {"rounds.yaml", "rounds:\n  - place: [Geneva\n"})), "the set's rounds.yaml cannot be used");
        assertRefused(ArticleZips.of(List.of(new String[] {"a.txt", article},
                new String[] {"parties.yaml", "parties: {name: [\n"})), "the set's parties.yaml cannot be used");
        assertEquals(before, uploadFolders(), "a refused upload's staging folder is removed");
    }

    @Test
    void anUnknownTemplateIsRefusedAtOnceNamingIt() throws IOException {
        long before = uploadFolders();
        String article = "Talks resume\n\n" + "The talks went on in Geneva on Monday, officials said. ".repeat(8);
        HttpResponse<String> r = service.postZip("/api/executions?name=set.zip&template=nope", "analyst",
                ArticleZips.of(List.<String[]>of(new String[] {"a.txt", article})));
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(TestService.json(r).get("detail").asText().contains("No template \"nope.ftlh\""), r.body());
        assertEquals(before, uploadFolders(), "nothing of the refused upload is kept");
    }

    @Test
    void aMistypedScheduleIsRefusedAs400NamingTheFault() {
        for (String[] bad : new String[][] {{"{\"cron\": \"0 25 * * *\", \"zone\": \"UTC\"}", "Value 25 not in range"},
                {"{\"cron\": \"0 2 * * *\", \"zone\": \"Europe/Brusels\"}", "unknown time zone 'Europe/Brusels'"}}) {
            HttpResponse<String> r = service.send(service.request("/api/schedule", "admin")
                    .header("Content-Type", "application/json")
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(bad[0])).build());
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(TestService.json(r).get("detail").asText().contains(bad[1]), r.body());
        }
    }

    private static long uploadFolders() throws IOException {
        if (!Files.isDirectory(uploads)) {
            return 0;
        }
        try (Stream<Path> children = Files.list(uploads)) {
            return children.filter(p -> p.getFileName().toString().startsWith("upload-")).count();
        }
    }

    @Test
    void aDeeplyNestedOrMalformedJsonBodyIsRefusedAs400() {
        String deep = "{\"inbox\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
        for (String body : List.of(deep, "{\"inbox\": ")) {
            HttpResponse<String> r = service.postJson("/api/executions", "analyst", body);
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(TestService.json(r).get("detail").asText().startsWith("the request body is not JSON"), r.body());
        }
    }

    @Test
    void anInboxPathThatLeavesTheInboxIsRefused() {
        for (String path : List.of("../state", "/etc", "a/../../b", "..%2Fstate", "a\\..\\b")) {
            HttpResponse<String> r = service.postJson("/api/executions", "analyst",
                    "{\"inbox\": \"" + path.replace("\\", "\\\\") + "\"}");
            assertEquals(400, r.statusCode(), path + ": " + r.body());
        }
        HttpResponse<String> missing = service.postJson("/api/executions", "analyst", "{\"inbox\": \"not-there\"}");
        assertEquals(404, missing.statusCode(), missing.body());
    }

    private static void assertRefused(byte[] zip, String reason) {
        HttpResponse<String> r = service.postZip("/api/executions", "analyst", zip);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(TestService.json(r).get("detail").asText().contains(reason), r.body());
    }

    /** Files in the uploads folder that are not a complete, accepted upload. */
    private static List<String> leftovers() throws IOException {
        if (!Files.isDirectory(uploads)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(uploads)) {
            return children.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("upload-")).toList();
        }
    }

    private static byte[] manyEntries(int count) {
        List<String[]> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entries.add(new String[] {"e" + i + ".txt", "x"});
        }
        return ArticleZips.of(entries);
    }

    /** Ten megabytes of zeros, which deflate about a thousand times. */
    private static byte[] bomb() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("zeros.txt"));
            zip.write(new byte[10 * 1024 * 1024]);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** Megabytes of text that deflates about 30 times: 16 random letters, then a run of 1,008 spaces, over and over. */
    private static void writeLargeButModestZip(Path file, int megabytes) throws IOException {
        Random random = new Random(5);
        byte[] block = new byte[1024 * 1024];
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_SPEED);
            for (int part = 0; part < 11; part++) {
                zip.putNextEntry(new ZipEntry("part" + part + ".txt"));
                for (int mb = 0; mb < megabytes / 11; mb++) {
                    for (int k = 0; k < block.length; k += 1024) {
                        for (int j = 0; j < 1024; j++) {
                            block[k + j] = j < 16 ? (byte) ('a' + random.nextInt(26)) : (byte) ' ';
                        }
                    }
                    zip.write(block);
                }
                zip.closeEntry();
            }
        }
    }

    private static InputStream zeros(long size) {
        return new InputStream() {
            private long left = size;

            @Override
            public int read() {
                if (left <= 0) {
                    return -1;
                }
                left--;
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 0);
                left -= n;
                return n;
            }
        };
    }
}
