package org.parley.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SetContentsTest {

    @Test
    void theSameSetHasNoChangesAndAnEditedAddedOrRemovedFileIsNamed(@TempDir Path set) throws IOException {
        Files.writeString(set.resolve("a.txt"), "Talks in Geneva.");
        Files.writeString(set.resolve("b.txt"), "Talks in Vienna.");
        Files.writeString(set.resolve("c.jsonl"), "{\"text\": \"one\"}\n{\"text\": \"two\"}\n");
        List<SetContents.Entry> first = SetContents.of(ArticleSet.list(set));
        assertEquals(Optional.empty(), SetContents.changes(first, SetContents.of(ArticleSet.list(set))));

        Files.writeString(set.resolve("a.txt"), "Talks in Geneva!"); // same size, other bytes
        Files.delete(set.resolve("b.txt"));
        Files.writeString(set.resolve("d.txt"), "Talks in Oman.");
        Files.writeString(set.resolve("c.jsonl"), "{\"text\": \"one\"}\n{\"text\": \"two\"}\n{\"text\": \"three\"}\n");

        assertEquals(Optional.of("2 added: c.jsonl#3, d.txt; 1 removed: b.txt; 1 changed: a.txt"),
                SetContents.changes(first, SetContents.of(ArticleSet.list(set))));
    }

    @Test
    void aLinkOutOfTheSetIsRecordedWithoutDigestAndManyChangesAreCounted(@TempDir Path dir) throws IOException {
        Path set = Files.createDirectories(dir.resolve("set"));
        Files.writeString(dir.resolve("secret.txt"), "not the set's");
        Files.createSymbolicLink(set.resolve("link.txt"), dir.resolve("secret.txt"));
        Files.writeString(set.resolve("a.txt"), "Talks.");
        List<SetContents.Entry> entries = SetContents.of(ArticleSet.list(set));
        assertNotNull(entries.stream().filter(e -> e.doc().equals("a.txt")).findFirst().orElseThrow().sha256());
        assertNull(entries.stream().filter(e -> e.doc().equals("link.txt")).findFirst().orElseThrow().sha256());

        for (int i = 0; i < 8; i++) {
            Files.writeString(set.resolve("n" + i + ".txt"), "New " + i);
        }
        assertEquals(Optional.of("8 added: n0.txt, n1.txt, n2.txt, n3.txt, n4.txt and 3 more"),
                SetContents.changes(entries, SetContents.of(ArticleSet.list(set))));
    }
}
