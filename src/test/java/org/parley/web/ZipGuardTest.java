package org.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipGuardTest {

    private static final ZipGuard.Limits SMALL = new ZipGuard.Limits(5, 200_000, 100);

    @TempDir
    Path dir;

    @Test
    void aPlainArchiveUnpacksIntoItsFolder() throws Exception {
        Path zip = zip("a.zip", "set/one.txt", "first", "two.md", "second");
        ZipGuard.unpack(zip, dir.resolve("out"), SMALL);
        assertEquals("first", Files.readString(dir.resolve("out/set/one.txt")));
        assertEquals("second", Files.readString(dir.resolve("out/two.md")));
    }

    @Test
    void namesThatLeaveTheFolderAreRefused() {
        for (String name : new String[] {"../x.txt", "a/../../x.txt", "/etc/x.txt", "C:/x.txt", "a\\..\\x.txt", ".."}) {
            BadZipException e = assertThrows(BadZipException.class, () -> ZipGuard.checkName(name), name);
            assertTrue(e.getMessage().contains("unsafe path"), e.getMessage());
        }
    }

    @Test
    void twoEntriesOfOneNameAreRefusedNotOneLostToTheOther() throws Exception {
        Path zip = zip("dup.zip", "a.txt", "first", "b.txt", "second");
        // ZipOutputStream refuses a second "a.txt": rename b.txt in place (same length) in both headers
        String latin = new String(Files.readAllBytes(zip), java.nio.charset.StandardCharsets.ISO_8859_1)
                .replace("b.txt", "a.txt");
        Files.write(zip, latin.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertEquals("the archive has two entries named a.txt", message(zip));
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void aRefusedArchiveUnpacksNothing() throws Exception {
        Path zip = zip("evil.zip", "fine.txt", "ok", "../escape.txt", "no");
        assertThrows(BadZipException.class, () -> ZipGuard.unpack(zip, dir.resolve("out"), SMALL));
        assertFalse(Files.exists(dir.resolve("out")));
        assertFalse(Files.exists(dir.resolve("escape.txt")));
    }

    @Test
    void tooManyEntriesTooManyBytesOrTooHighARatioAreRefused() throws Exception {
        Path many = zip("many.zip", "1", "a", "2", "a", "3", "a", "4", "a", "5", "a", "6", "a");
        assertTrue(message(many).contains("6 entries; at most 5"));
        Path big = dir.resolve("big.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(big))) {
            out.setMethod(ZipOutputStream.STORED);
            ZipEntry e = new ZipEntry("random.bin");
            byte[] data = new byte[250_000];
            new java.util.Random(1).nextBytes(data);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(data);
            e.setSize(data.length);
            e.setCrc(crc.getValue());
            out.putNextEntry(e);
            out.write(data);
            out.closeEntry();
        }
        assertTrue(message(big).contains("unpacks to 250000 bytes; at most 200000"), message(big));
        Path bomb = zip("bomb.zip", "zeros.txt", "\0".repeat(150_000));
        assertTrue(message(bomb).contains("inflates more than 100 times"), message(bomb));
    }

    @Test
    void aSmallEntryMayCompressWell() throws Exception {
        Path zip = zip("small.zip", "spaces.txt", " ".repeat(60_000));
        ZipGuard.unpack(zip, dir.resolve("out"), SMALL);
        assertEquals(60_000, Files.size(dir.resolve("out/spaces.txt")));
    }

    @Test
    void somethingThatIsNoZipIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("text.zip"), "hello");
        assertTrue(message(file).startsWith("not a readable .zip archive"));
    }

    private String message(Path zip) {
        return assertThrows(BadZipException.class, () -> ZipGuard.unpack(zip, dir.resolve("x" + System.nanoTime()), SMALL))
                .getMessage();
    }

    private Path zip(String name, String... entries) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
            for (int i = 0; i < entries.length; i += 2) {
                zip.putNextEntry(new ZipEntry(entries[i]));
                zip.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
