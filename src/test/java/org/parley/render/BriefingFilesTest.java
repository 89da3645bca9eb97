package org.parley.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BriefingFilesTest {

    @Test
    void namesArePredictable() {
        assertEquals("2025-03-10-geneva.pdf", BriefingFiles.fileName("2025-03-10-geneva", "briefing", Format.PDF));
        assertEquals("2025-03-10-geneva.summary.docx", BriefingFiles.fileName("2025-03-10-geneva", "summary", Format.DOCX));
        assertEquals("2025-03-10-geneva.csv", BriefingFiles.fileName("2025-03-10-geneva", "summary", Format.CSV));
        assertEquals("NATO-Russia-Council-Brussels.json",
                BriefingFiles.fileName("NATO/Russia Council, Brussels", "briefing", Format.JSON));
        assertThrows(IllegalArgumentException.class, () -> BriefingFiles.fileName("../", "briefing", Format.PDF));
    }

    @Test
    void placesEveryFileUnderItsNameAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("briefings/7");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("r.pdf", bytes("pdf"));
        files.put("r.csv", bytes("csv"));
        List<Path> placed = BriefingFiles.place(folder, files);
        assertEquals(List.of(folder.resolve("r.pdf"), folder.resolve("r.csv")), placed);
        assertEquals("pdf", Files.readString(folder.resolve("r.pdf")));
        assertEquals(List.of("r.csv", "r.pdf"), names(folder));
    }

    @Test
    void placedFilesGetTheFoldersUsualPermissions(@TempDir Path folder) throws IOException {
        Path placed = BriefingFiles.place(folder, Map.of("r.pdf", bytes("pdf"))).get(0);
        Path usual = Files.createFile(folder.resolve("usual"));
        assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(placed));
    }

    @Test
    void replacesAnEarlierFile(@TempDir Path folder) throws IOException {
        BriefingFiles.place(folder, Map.of("r.pdf", bytes("old")));
        BriefingFiles.place(folder, Map.of("r.pdf", bytes("new")));
        assertEquals("new", Files.readString(folder.resolve("r.pdf")));
        assertEquals(List.of("r.pdf"), names(folder));
    }

    @Test
    void placesNothingWhenAFileCannotBeWritten(@TempDir Path folder) throws IOException {
        Files.createDirectories(folder.resolve("r.docx")); // a folder where the file should go
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("r.pdf", bytes("pdf"));
        files.put("r.docx", bytes("docx"));
        assertThrows(RuntimeException.class, () -> BriefingFiles.place(folder, files));
        assertFalse(Files.exists(folder.resolve("r.pdf")), "the PDF was placed although the set failed");
        assertEquals(List.of("r.docx"), names(folder));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
