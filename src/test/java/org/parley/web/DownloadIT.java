package org.parley.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.parley.config.Folders;

/**
 * Downloads as a browser or a download manager uses them: type, disposition, length, validators,
 * conditional requests, ranges; 404 for every way out of the briefings folder; fifty at once. And
 * the list of published runs, a page at a time.
 */
class DownloadIT {

    private static final int SIZE = 3 * 1024 * 1024 + 17;
    private static TestService service;
    private static byte[] pdf;
    private static String pdfName;
    private static String csvName;
    /** Three published runs as the render step leaves them, newer than any a test runs (ids up to 18 digits). */
    private static final long RUN = 900_000_000_000_000_000L + ProcessHandle.current().pid() * 10;

    @BeforeAll
    static void start() throws Exception {
        service = TestService.start(TestService.settings(TestService.tempInbox("downloads"), 1, null, null),
                Clock.systemUTC());
        // A published file as the render step leaves it in latest/: the service serves what is there.
        Path latest = Files.createDirectories(TestService.home().paths().briefings().resolve("latest"));
        pdf = new byte[SIZE];
        new Random(1).nextBytes(pdf);
        pdfName = "download-test-" + ProcessHandle.current().pid() + ".pdf";
        csvName = "download-test-" + ProcessHandle.current().pid() + ".csv";
        Files.write(latest.resolve(pdfName), pdf);
        Files.writeString(latest.resolve(csvName), "round,party,speaker\nr1,A,\"Ann, B\"\n");
        for (long run = RUN + 1; run <= RUN + 3; run++) {
            Path folder = Files.createDirectories(TestService.home().paths().briefings().resolve(Long.toString(run)));
            Files.writeString(folder.resolve("manifest.json"), "{\"execution\": " + run + ", \"instance\": " + run
                    + ", \"parameters\": {}, \"finished\": \"2026-03-09T12:00:00Z\", \"summary\": {\"rounds\": []},"
                    + " \"skipped\": [], \"rounds\": []}");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        service.close();
        Path latest = TestService.home().paths().briefings().resolve("latest");
        Files.deleteIfExists(latest.resolve(pdfName));
        Files.deleteIfExists(latest.resolve(csvName));
        for (long run = RUN + 1; run <= RUN + 3; run++) {
            Folders.deleteRecursively(TestService.home().paths().briefings().resolve(Long.toString(run)));
        }
    }

    @Test
    void aPdfOpensInTheBrowserWhenAskedAndARunsFilesComeInOneZip() throws Exception {
        // when
        HttpResponse<byte[]> inline = get(pdfName + "?inline=true");
        HttpResponse<byte[]> csv = get(csvName + "?inline=true");
        HttpResponse<byte[]> zip = service.sendForBytes(service.request("/api/briefings/latest/all.zip", "viewer").GET().build());
        HttpResponse<byte[]> run = service.sendForBytes(service.request("/api/briefings/" + (RUN + 1) + "/all.zip", "viewer")
                .GET().build());
        // then
        assertEquals("inline; filename=\"" + pdfName + "\"", inline.headers().firstValue("Content-Disposition").orElseThrow());
        assertArrayEquals(pdf, inline.body());
        assertEquals("attachment; filename=\"" + csvName + "\"", csv.headers().firstValue("Content-Disposition").orElseThrow(),
                "only a PDF is shown inline");
        assertEquals("attachment; filename=\"" + pdfName + "\"", get(pdfName).headers().firstValue("Content-Disposition")
                .orElseThrow(), "a download by default");
        assertEquals(200, zip.statusCode());
        assertEquals("application/zip", zip.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("attachment; filename=\"parley-latest.zip\"", zip.headers().firstValue("Content-Disposition").orElseThrow());
        java.util.Map<String, byte[]> entries = unzip(zip.body());
        assertArrayEquals(pdf, entries.get(pdfName));
        assertEquals("round,party,speaker\nr1,A,\"Ann, B\"\n", new String(entries.get(csvName), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(List.of("manifest.json"), List.copyOf(unzip(run.body()).keySet()));
        assertEquals(404, service.get("/api/briefings/" + (RUN + 9) + "/all.zip", "viewer").statusCode(),
                "a run that published nothing");
    }

    private static java.util.Map<String, byte[]> unzip(byte[] zip) throws java.io.IOException {
        java.util.Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static HttpResponse<byte[]> get(String name, String... headers) {
        HttpRequest.Builder b = service.request("/api/briefings/latest/" + name, "viewer").GET();
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return service.sendForBytes(b.build());
    }

    @Test
    void aWholeFileComesWithItsTypeNameLengthAndValidators() throws Exception {
        HttpResponse<byte[]> r = get(pdfName);
        assertEquals(200, r.statusCode());
        assertArrayEquals(pdf, r.body());
        assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("attachment; filename=\"" + pdfName + "\"", r.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals(Integer.toString(SIZE), r.headers().firstValue("Content-Length").orElseThrow());
        assertEquals("bytes", r.headers().firstValue("Accept-Ranges").orElseThrow());
        assertEquals("\"" + sha256(pdf).substring(0, 32) + "\"", r.headers().firstValue("ETag").orElseThrow());
        assertTrue(r.headers().firstValue("Last-Modified").isPresent());
        HttpResponse<byte[]> csv = get(csvName);
        assertEquals("text/csv;charset=UTF-8", csv.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""));
    }

    @Test
    void conditionalRequestsAnswerNotModified() {
        HttpResponse<byte[]> first = get(pdfName);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String modified = first.headers().firstValue("Last-Modified").orElseThrow();
        HttpResponse<byte[]> byTag = get(pdfName, "If-None-Match", etag);
        assertEquals(304, byTag.statusCode());
        assertEquals(0, byTag.body().length);
        assertEquals(304, get(pdfName, "If-Modified-Since", modified).statusCode());
        assertEquals(200, get(pdfName, "If-None-Match", "\"something-else\"").statusCode());
    }

    @Test
    void rangesAreServedAndARangePastTheEndIs416() {
        HttpResponse<byte[]> head = get(pdfName, "Range", "bytes=0-99");
        assertEquals(206, head.statusCode());
        assertArrayEquals(Arrays.copyOfRange(pdf, 0, 100), head.body());
        assertEquals("bytes 0-99/" + SIZE, head.headers().firstValue("Content-Range").orElseThrow());
        assertEquals("100", head.headers().firstValue("Content-Length").orElseThrow());

        HttpResponse<byte[]> tail = get(pdfName, "Range", "bytes=-10");
        assertArrayEquals(Arrays.copyOfRange(pdf, SIZE - 10, SIZE), tail.body());
        HttpResponse<byte[]> rest = get(pdfName, "Range", "bytes=" + (SIZE - 5) + "-");
        assertEquals("bytes " + (SIZE - 5) + "-" + (SIZE - 1) + "/" + SIZE,
                rest.headers().firstValue("Content-Range").orElseThrow());

        HttpResponse<byte[]> past = get(pdfName, "Range", "bytes=" + SIZE + "-");
        assertEquals(416, past.statusCode());
        assertEquals("bytes */" + SIZE, past.headers().firstValue("Content-Range").orElseThrow());

        String etag = head.headers().firstValue("ETag").orElseThrow();
        assertEquals(206, get(pdfName, "Range", "bytes=5-9", "If-Range", etag).statusCode());
        HttpResponse<byte[]> stale = get(pdfName, "Range", "bytes=5-9", "If-Range", "\"an-older-version\"");
        assertEquals(200, stale.statusCode());
        assertEquals(SIZE, stale.body().length);
    }

    @Test
    void everyWayOutOfTheBriefingsFolderIs404() throws Exception {
        String auth = TestService.basic("viewer", TestService.PASSWORDS.get("viewer"));
        List<String> paths = List.of(
                "/api/briefings/latest/../../state/parley.lock",
                "/api/briefings/latest/..%2F..%2Fstate%2Fparley.lock",
                "/api/briefings/latest/%2e%2e%2f%2e%2e%2fstate%2fparley.lock",
                "/api/briefings/latest/%252e%252e%252f%252e%252e%252fstate%252fparley.lock",
                "/api/briefings/latest/..%5C..%5Cstate%5Cparley.lock",
                "/api/briefings/latest/..\\..\\state\\users.json",
                "/api/briefings/..%2Fstate/parley.lock",
                "/api/briefings/%2e%2e/logs/audit.json",
                "/api/briefings/latest/%2Fetc%2Fpasswd.json",
                "/api/briefings/latest/.." + "%00.pdf",
                "/api/briefings/1/..%2F..%2F..%2F..%2Fetc%2Fpasswd",
                "/api/briefings/latest/" + pdfName.replace(".pdf", ".txt"));
        List<String> wrong = new ArrayList<>();
        for (String p : paths) {
            int status = RawHttp.status(service.service().port(), p, auth);
            if (status != 404) {
                wrong.add(p + " -> " + status);
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(200, RawHttp.status(service.service().port(), "/api/briefings/latest/" + pdfName, auth));
    }

    @Test
    void theRunsListPagesBackToTheOldestWithNoRunTwiceOrLeftOut() {
        List<Long> all = executions(service.get("/api/briefings?limit=500", "viewer"));
        assertEquals(List.of(RUN + 3, RUN + 2, RUN + 1), all.subList(0, 3));

        HttpResponse<String> first = service.get("/api/briefings?limit=2", "viewer");
        assertEquals(200, first.statusCode());
        assertEquals(List.of(RUN + 3, RUN + 2), executions(first));
        assertEquals("</api/briefings?limit=2&before=" + (RUN + 2) + ">; rel=\"next\"",
                first.headers().firstValue("Link").orElseThrow());
        List<Long> paged = new ArrayList<>(executions(first));
        HttpResponse<String> page = first;
        while (page.headers().firstValue("Link").isPresent()) {
            String link = page.headers().firstValue("Link").orElseThrow();
            page = service.get(link.substring(1, link.indexOf('>')), "viewer");
            assertEquals(200, page.statusCode());
            paged.addAll(executions(page));
        }
        assertEquals(all, paged, "the pages, one after the other, are the whole list");
        assertEquals(List.of(RUN + 1), executions(service.get("/api/briefings?limit=1&before=" + (RUN + 2), "viewer")));
    }

    @Test
    void aBadLimitOrBeforeIs400WithAProblemNamingIt() {
        for (String path : List.of("/api/briefings?limit=abc", "/api/briefings?limit=0", "/api/executions?limit=abc",
                "/api/executions?limit=-3")) {
            HttpResponse<String> r = service.get(path, "viewer");
            assertEquals(400, r.statusCode(), path);
            JsonNode problem = TestService.json(r);
            assertEquals(400, problem.get("status").asInt(), path);
            assertTrue(problem.get("detail").asText().startsWith("limit must be a whole number of 1 or more"), path);
        }
        HttpResponse<String> before = service.get("/api/briefings?before=yesterday", "viewer");
        assertEquals(400, before.statusCode());
        assertEquals("before must be an execution id, not 'yesterday'", TestService.json(before).get("detail").asText());
    }

    private static List<Long> executions(HttpResponse<String> response) {
        List<Long> ids = new ArrayList<>();
        TestService.json(response).forEach(run -> ids.add(run.get("execution").asLong()));
        return ids;
    }

    @Test
    void fiftyConcurrentDownloadsAllGetTheRightBytes() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Callable<byte[]>> tasks = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                tasks.add(() -> {
                    HttpResponse<byte[]> r = get(pdfName);
                    assertEquals(200, r.statusCode());
                    return r.body();
                });
            }
            long started = System.nanoTime();
            List<Future<byte[]>> results = pool.invokeAll(tasks);
            double seconds = (System.nanoTime() - started) / 1e9;
            String expected = sha256(pdf);
            for (Future<byte[]> f : results) {
                assertEquals(expected, sha256(f.get()));
            }
            System.out.printf("50 concurrent downloads of %d bytes: %.2f s%n", SIZE, seconds);
        } finally {
            pool.shutdownNow();
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
