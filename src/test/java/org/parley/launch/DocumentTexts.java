package org.parley.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** The text of generated documents, read back with PDFBox and POI, for tests that compare runs. */
public final class DocumentTexts {

    // ISO timestamps, and the cover's "28 November 2026, 02:11 UTC"
    private static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(:\\d{2})?(\\.\\d+)?( ?UTC|Z)?"
            + "|\\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2} UTC";

    private DocumentTexts() {
    }

    public static String pdf(Path file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    public static String docx(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    /** Both folders hold the same PDF and DOCX files with the same text, generation times aside; returns how many. */
    public static int assertSameTexts(Path expected, Path actual) throws IOException {
        List<String> names = documents(expected);
        assertEquals(names, documents(actual));
        for (String name : names) {
            assertEquals(withoutTimes(text(expected.resolve(name))), withoutTimes(text(actual.resolve(name))), name);
        }
        return names.size();
    }

    private static String text(Path file) throws IOException {
        return file.toString().endsWith(".pdf") ? pdf(file) : docx(file);
    }

    private static String withoutTimes(String text) {
        return text.replaceAll(TIMESTAMP, "<time>");
    }

    private static List<String> documents(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pdf") || n.endsWith(".docx"))
                    .sorted().toList();
        }
    }
}
