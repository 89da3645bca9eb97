package org.parley.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample set's briefings as an analyst gets them from the jar: structure, citations, chart, templates. */
class SampleBriefingsIT {

    private static final Duration LONG = Duration.ofMinutes(5);
    private static final List<String> SECTIONS = List.of("Contents", "Summary", "Issues", "Since the previous round",
            "Statements by issue", "Sources", "Method");

    @TempDir
    Path dir;

    @Test
    void anEditedCopyOfTheTemplatesShowsInBothFormatsWithSectionsCitationsAndChart() throws Exception {
        Path templates = dir.resolve("templates");
        copyBundledTemplates(templates);
        Path briefing = templates.resolve("briefing.ftlh");
        Files.writeString(briefing, Files.readString(briefing).replaceFirst("(<body[^>]*>)",
                "$1<p>Prepared for the Tuesday desk</p>"));
        ParleyProcess.Result run = ParleyProcess.run(dir, LONG, Map.of("PARLEY_TEMPLATES", templates.toString()),
                "run", "--home", dir.resolve("home").toString());
        assertEquals(0, run.exitCode(), run.output());
        List<Path> pdfs = files(dir.resolve("home/briefings/1"), ".pdf");
        assertTrue(pdfs.size() >= 3, pdfs.toString());
        for (Path pdf : pdfs) {
            Path docx = Path.of(pdf.toString().replace(".pdf", ".docx"));
            assertTrue(DocumentTexts.pdf(pdf).contains("Prepared for the Tuesday desk"), pdf.toString());
            assertTrue(DocumentTexts.docx(docx).contains("Prepared for the Tuesday desk"), docx.toString());
            checkPdf(pdf);
            checkDocx(docx);
            String round = pdf.getFileName().toString().replaceFirst("\\.pdf$", "");
            BriefingChecks.check(pdf.getParent(), round);
        }
    }

    @Test
    void theOnePageSummaryFitsOnOnePageForEveryRound() throws Exception {
        ParleyProcess.Result run = ParleyProcess.run(dir, LONG, "run", "--template", "summary", "--home",
                dir.resolve("home").toString());
        assertEquals(0, run.exitCode(), run.output());
        List<Path> pdfs = files(dir.resolve("home/briefings/1"), ".summary.pdf");
        assertTrue(pdfs.size() >= 3, pdfs.toString());
        for (Path pdf : pdfs) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertEquals(1, doc.getNumberOfPages(), pdf.toString());
            }
        }
    }

    private static void checkPdf(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertEquals(SECTIONS, bookmarks.stream().filter(SECTIONS::contains).toList(), file.toString());
            String text = DocumentTexts.pdf(file);
            Matcher section = Pattern.compile("Sources\\s+No\\.\\s+Outlet").matcher(text);
            assertTrue(section.find(), file + " has no sources table");
            int sources = countSources(text.substring(section.start(), text.lastIndexOf("Method")));
            Matcher citation = Pattern.compile("\\[(\\d+)]").matcher(text.substring(0, section.start()));
            while (citation.find()) {
                int n = Integer.parseInt(citation.group(1));
                assertTrue(n >= 1 && n <= sources, file + ": citation [" + n + "] but " + sources + " sources");
            }
            boolean chart = false;
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    chart |= page.getResources().getXObject(name) instanceof PDImageXObject;
                }
            }
            assertTrue(chart, file + " has no chart image");
        }
    }

    private static void checkDocx(Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(file))) {
            assertEquals(1, doc.getAllPictures().size(), file + " should hold the chart");
        }
    }

    /** The highest number of the sources table, whose entries read "[n] outlet date title". */
    private static int countSources(String sourcesSection) {
        Matcher entry = Pattern.compile("\\[(\\d+)]").matcher(sourcesSection);
        int max = 0;
        while (entry.find()) {
            max = Math.max(max, Integer.parseInt(entry.group(1)));
        }
        return max;
    }

    private static List<Path> files(Path folder, String suffix) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static void copyBundledTemplates(Path target) throws IOException {
        Files.createDirectories(target);
        for (String name : List.of("briefing.ftlh", "summary.ftlh", "briefing.css")) {
            Files.copy(Path.of("templates", name), target.resolve(name));
        }
    }
}
