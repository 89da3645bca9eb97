package org.parley.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSetTest {

    @TempDir
    Path dir;

    @Test
    void listsArticleFilesSortedAndJsonlLinesOneByOne() throws IOException {
        Files.writeString(dir.resolve("b.txt"), "B");
        Files.writeString(dir.resolve("a.md"), "A");
        Files.writeString(dir.resolve("notes.yaml"), "parties: []");
        Files.writeString(dir.resolve(".hidden.txt"), "H");
        Files.writeString(dir.resolve("feed.jsonl"), "{\"n\": 1}\n\n  \n{\"n\": 2}\r\n{\"n\": 3}");
        List<ArticleEntry> entries = ArticleSet.list(dir);
        assertEquals(List.of("a.md", "b.txt", "feed.jsonl#1", "feed.jsonl#4", "feed.jsonl#5"),
                entries.stream().map(ArticleEntry::doc).toList());
        assertEquals("{\"n\": 2}\r", new String(entries.get(3).read(), StandardCharsets.UTF_8));
        assertEquals("{\"n\": 3}", new String(entries.get(4).read(), StandardCharsets.UTF_8));
    }

    @Test
    void linksOutOfTheSetPipesAndFoldersNamedLikeArticlesAreListedToBeSkippedWithTheirReason() throws Exception {
        Path outside = Files.writeString(Files.createTempFile("secret", ".txt"), "root:x:0:0");
        try {
            Path set = Files.createDirectory(dir.resolve("set"));
            Files.writeString(set.resolve("a.txt"), "Title\n\n" + "The delegations met in Geneva and said so. ".repeat(10));
            Files.createSymbolicLink(set.resolve("inside.txt"), set.resolve("a.txt"));
            Files.createSymbolicLink(set.resolve("passwd.txt"), outside);
            Files.createSymbolicLink(set.resolve("broken.txt"), set.resolve("gone.txt"));
            Files.createDirectory(set.resolve("folder.txt"));
            Path fifo = set.resolve("pipe.txt");
            boolean pipe = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
            List<ArticleEntry> entries = ArticleSet.list(set);
            java.util.Map<String, String> refused = new java.util.TreeMap<>();
            for (ArticleEntry e : entries) {
                try {
                    new ArticleParser().parse(e);
                } catch (ArticleRejectedException r) {
                    refused.put(e.doc(), r.reason());
                }
            }
            assertEquals("a symbolic link out of the article set, not followed", refused.get("passwd.txt"));
            assertEquals("a folder, not a file", refused.get("folder.txt"));
            assertTrue(refused.get("broken.txt").startsWith("a symbolic link to nothing"), refused.toString());
            if (pipe) {
                assertEquals("not a regular file (a pipe, device or socket), not read", refused.get("pipe.txt"));
            }
            assertFalse(refused.containsKey("a.txt"));
            assertFalse(refused.containsKey("inside.txt"), "a link inside the set is read");
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void readsZipEntriesIncludingJsonlInside() throws IOException {
        Path zip = dir.resolve("set.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            put(z, "x/one.txt", "One");
            put(z, "__MACOSX/x/._one.txt", "junk");
            put(z, "feed.jsonl", "{\"a\": 1}\n{\"a\": 2}\n");
        }
        List<ArticleEntry> entries = ArticleSet.list(zip);
        assertEquals(List.of("set.zip!/feed.jsonl#1", "set.zip!/feed.jsonl#2", "set.zip!/x/one.txt"),
                entries.stream().map(ArticleEntry::doc).toList());
        assertEquals("{\"a\": 2}", new String(entries.get(1).read(), StandardCharsets.UTF_8));
        assertEquals("One", new String(entries.get(2).read(), StandardCharsets.UTF_8));
    }

    @Test
    void aZipWithTwoEntriesOfOneNameReadsNeitherAndSaysSo() throws Exception {
        Path zip = dir.resolve("dup.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            put(z, "a.txt", "First");
            put(z, "b.txt", "Second");
            put(z, "c.txt", "Third");
        }
        // ZipOutputStream refuses a second "a.txt": rename b.txt in place (same length) in both headers
        byte[] bytes = Files.readAllBytes(zip);
        String latin = new String(bytes, StandardCharsets.ISO_8859_1).replace("b.txt", "a.txt");
        Files.write(zip, latin.getBytes(StandardCharsets.ISO_8859_1));
        List<ArticleEntry> entries = ArticleSet.list(zip);
        assertEquals(List.of("dup.zip!/a.txt", "dup.zip!/c.txt"), entries.stream().map(ArticleEntry::doc).toList());
        ArticleRejectedException e = assertThrows(ArticleRejectedException.class,
                () -> new ArticleParser().parse(entries.get(0)));
        assertEquals("the zip holds 2 entries of this name; none is read, as one would hide the others", e.reason());
        assertEquals("Third", new String(entries.get(1).read(), StandardCharsets.UTF_8));
    }

    @Test
    void aMissingSetIsAnError() {
        IOException e = assertThrows(IOException.class, () -> ArticleSet.list(dir.resolve("nope")));
        assertEquals("article set " + dir.resolve("nope") + " does not exist", e.getMessage());
    }

    private static void put(ZipOutputStream z, String name, String content) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(content.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }
}
