package org.parley.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

class PassedOverTest {

    @Test
    void namesEveryFileTheSetDoesNotReadWithWhyAndNothingItReads(@TempDir Path set) throws IOException {
        Files.writeString(set.resolve("a.txt"), "Talks.");
        Files.writeString(set.resolve(".DS_Store"), "x");
        Files.writeString(set.resolve("photo.jpg"), "x");
        Files.writeString(set.resolve("rounds.yaml"), "rounds: []");
        Files.writeString(Files.createDirectories(set.resolve(".git/objects")).resolve("ab"), "x");
        Files.writeString(Files.createDirectories(set.resolve("sub")).resolve("b.md"), "Talks.");
        Files.writeString(set.resolve("sub/notes.docx"), "x");
        try (OutputStream file = Files.newOutputStream(set.resolve("more.zip"));
             ZipOutputStream zip = new ZipOutputStream(file)) {
            for (String name : List.of("c.txt", "__MACOSX/._c.txt", "d/.hidden.txt", "e.csv")) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("x".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }

        List<PassedOver.Entry> passed = PassedOver.of(set);

        assertEquals(List.of(".DS_Store", ".git/", "more.zip!/__MACOSX/._c.txt", "more.zip!/d/.hidden.txt",
                "more.zip!/e.csv", "photo.jpg", "rounds.yaml", "sub/notes.docx"),
                passed.stream().map(PassedOver.Entry::doc).toList());
        assertEquals("a hidden folder, not read", passed.get(1).reason());
        assertEquals("a rounds or parties file, not an article", passed.get(6).reason());
        // together with what the set lists, every file is accounted for
        assertEquals(List.of("a.txt", "more.zip!/c.txt", "sub/b.md"),
                ArticleSet.list(set).stream().map(ArticleEntry::doc).toList());
    }
}
