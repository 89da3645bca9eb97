package org.parley.render;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.briefing.Briefing;
import org.parley.briefing.Briefing.PartySummary;
import org.parley.briefing.Briefing.SummaryLine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BriefingRendererTest {

    @Test
    void writesTheFourFilesUnderTheirNames(@TempDir Path out) throws IOException {
        Briefing briefing = BriefingFixtures.small();
        List<Path> files = new BriefingRenderer(TemplateEngine.bundled(), BriefingFixtures.FONTS)
                .render(briefing, TemplateEngine.BRIEFING, Format.ALL, out.resolve("run-1"));
        String id = briefing.roundId();
        assertEquals(List.of(id + ".pdf", id + ".docx", id + ".csv", id + ".json"),
                files.stream().map(p -> p.getFileName().toString()).toList());
        assertEquals(Set.copyOf(files), Set.copyOf(list(out.resolve("run-1"))), "temporary files were left");
    }

    @Test
    void anEditToACopyOfTheTemplatesShowsInBothFormats(@TempDir Path dir) throws IOException {
        Path templates = copyBundledTemplates(dir.resolve("templates"));
        Path template = templates.resolve("briefing.ftlh");
        String original = Files.readString(template);
        assertTrue(original.contains("<h1 id=\"method\" class=\"new-page\">Method</h1>"));
        Files.writeString(template, original.replace("<h1 id=\"method\" class=\"new-page\">Method</h1>",
                "<h1 id=\"method\" class=\"new-page\">How this briefing was made</h1>"));
        Map<Format, byte[]> files = new BriefingRenderer(new TemplateEngine(templates), BriefingFixtures.FONTS)
                .renderBytes(BriefingFixtures.small(), TemplateEngine.BRIEFING, Set.of(Format.PDF, Format.DOCX));
        try (PDDocument pdf = Documents.pdf(files.get(Format.PDF));
             XWPFDocument docx = Documents.docx(files.get(Format.DOCX));
             XWPFWordExtractor word = new XWPFWordExtractor(docx)) {
            assertTrue(Documents.text(pdf).contains("How this briefing was made"), "the PDF misses the edit");
            assertTrue(word.getText().contains("How this briefing was made"), "the Word file misses the edit");
        }
    }

    @Test
    void aBrokenTemplateFailsWithItsPositionAndLeavesNoFile(@TempDir Path dir) throws IOException {
        Path templates = copyBundledTemplates(dir.resolve("templates"));
        Path template = templates.resolve("briefing.ftlh");
        List<String> lines = new ArrayList<>(Files.readAllLines(template));
        int line = lines.indexOf("<body>") + 2;
        lines.add(line - 1, "<p>${briefing.cover.nosuch}</p>");
        Files.write(template, lines);
        Path out = dir.resolve("out");
        RenderException e = assertThrows(RenderException.class, () -> new BriefingRenderer(new TemplateEngine(templates),
                BriefingFixtures.FONTS)
                .render(BriefingFixtures.small(), TemplateEngine.BRIEFING, Format.ALL, out));
        assertTrue(e.getMessage().startsWith("Template \"briefing.ftlh\" failed at line " + line + ", column 6:"),
                e.getMessage());
        assertFalse(Files.exists(out) && !list(out).isEmpty(), "files were left in " + out);
    }

    @Test
    void theSummaryFitsOnOnePageForTheLargestBriefing(@TempDir Path out) throws IOException {
        Briefing largest = withLongSummaryLines(BriefingFixtures.large());
        List<Path> files = new BriefingRenderer(TemplateEngine.bundled(), BriefingFixtures.FONTS)
                .render(largest, TemplateEngine.SUMMARY, Set.of(Format.PDF), out);
        assertEquals(largest.roundId() + ".summary.pdf", files.get(0).getFileName().toString());
        try (PDDocument pdf = Documents.pdf(Files.readAllBytes(files.get(0)))) {
            assertEquals(1, pdf.getNumberOfPages());
            String text = Documents.text(pdf);
            largest.summary().stream().limit(6).forEach(p -> assertTrue(text.contains(p.party()), p.party()));
        }
    }

    @Test
    void theFullBriefingOfTheLargestModelRunsToAboutTwentyPages() {
        try (PDDocument pdf = Documents.pdf(Documents.render(BriefingFixtures.large(), TemplateEngine.BRIEFING)
                .get(Format.PDF))) {
            int pages = pdf.getNumberOfPages();
            assertTrue(pages >= 17 && pages <= 24, "pages: " + pages);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void equalInputGivesEqualFiles() {
        Map<Format, byte[]> first = Documents.render(BriefingFixtures.sample(), TemplateEngine.BRIEFING);
        Map<Format, byte[]> second = Documents.render(BriefingFixtures.sample(), TemplateEngine.BRIEFING);
        for (Format format : Format.values()) {
            assertArrayEquals(first.get(format), second.get(format), format + " differs between two renderings");
        }
    }

    @Test
    void markupThatIsNotWellFormedFailsWithItsPosition(@TempDir Path dir) throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("loose.ftlh"), "<html>\n<body>\n<p>open<br></p>\n</body>\n</html>\n");
        RenderException e = assertThrows(RenderException.class, () -> new BriefingRenderer(new TemplateEngine(templates),
                BriefingFixtures.FONTS)
                .renderBytes(BriefingFixtures.small(), "loose", Set.of(Format.PDF)));
        assertTrue(e.getMessage().startsWith("The template's output is not well-formed XHTML at line 3"), e.getMessage());
    }

    @Test
    void controlCharactersFromScrapedTextAreDropped() {
        Briefing b = BriefingFixtures.small();
        Briefing.Source first = b.sources().get(0);
        List<Briefing.Source> sources = new ArrayList<>(b.sources());
        sources.set(0, new Briefing.Source(1, first.outlet(), first.date(), "Bell\u0007 and form\u000Cfeed", first.url(),
                first.doc()));
        Briefing dirty = new Briefing(b.roundId(), b.cover(), b.summary(), b.parties(), b.issues(), b.changes(), sources,
                b.method(), b.statements());
        Map<Format, byte[]> files = new BriefingRenderer(TemplateEngine.bundled(), BriefingFixtures.FONTS)
                .renderBytes(dirty, TemplateEngine.BRIEFING, Set.of(Format.PDF, Format.DOCX));
        try (PDDocument pdf = Documents.pdf(files.get(Format.PDF))) {
            assertTrue(Documents.text(pdf).contains("Bell and formfeed"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void rendersInParallelAsItDoesAlone() throws Exception {
        Briefing a = BriefingFixtures.sample();
        Briefing b = BriefingFixtures.small();
        Map<Format, byte[]> aloneA = Documents.render(a, TemplateEngine.BRIEFING);
        Map<Format, byte[]> aloneB = Documents.render(b, TemplateEngine.BRIEFING);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var futureA = pool.submit(() -> Documents.render(a, TemplateEngine.BRIEFING));
            var futureB = pool.submit(() -> Documents.render(b, TemplateEngine.BRIEFING));
            assertArrayEquals(aloneA.get(Format.PDF), futureA.get().get(Format.PDF));
            assertArrayEquals(aloneB.get(Format.PDF), futureB.get().get(Format.PDF));
            assertArrayEquals(aloneA.get(Format.DOCX), futureA.get().get(Format.DOCX));
        } finally {
            pool.shutdownNow();
        }
    }

    /** The worst case for one page: every summary line as long as the model makes one, with an issue. */
    private static Briefing withLongSummaryLines(Briefing b) {
        String filler = " and that the talks would go on at expert level in the weeks ahead, with a report due before the summer";
        List<PartySummary> summary = b.summary().stream().map(p -> new PartySummary(p.party(), p.lines().stream()
                .map(l -> new SummaryLine("Ceasefire monitoring and verification", l.who(), l.role(), null, "said",
                        words(l.text() + filler, 25), true, l.quote(), l.sources(), l.outlets(), l.ref(), l.at())).toList()))
                .toList();
        return new Briefing(b.roundId(), b.cover(), summary, b.parties(), b.issues(), b.changes(), b.sources(),
                b.method(), b.statements());
    }

    /** The first {@code n} words, as many as a summary line holds. */
    private static String words(String text, int n) {
        String[] w = text.split(" ");
        return String.join(" ", java.util.Arrays.copyOf(w, Math.min(n, w.length)));
    }

    static Path copyBundledTemplates(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (String name : List.of("briefing.ftlh", "summary.ftlh", "digest.ftl", "briefing.css")) {
            try (InputStream in = BriefingRendererTest.class.getClassLoader().getResourceAsStream("templates/" + name)) {
                Files.write(folder.resolve(name), in.readAllBytes());
            }
        }
        return folder;
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    @Test
    void everyFieldTheModelAllowsToBeNullRendersInBothTemplates() {
        Briefing.Source source = new Briefing.Source(1, null, null, "Untitled wire", null, "feed.jsonl#3");
        Briefing.Quote quote = new Briefing.Quote("party_karvessia_q1", "We are ready", null, null, null, null, List.of(1));
        Briefing.Position position = new Briefing.Position("party_karvessia_p1", "talks would go on", null, null, List.of(1), 1);
        Briefing.PartySection party = new Briefing.PartySection("Karvessia", List.of(position), List.of(quote),
                List.of(new Briefing.Speaker("Aurel Kostovic", null, 1)));
        Briefing.IssueMatrix issues = new Briefing.IssueMatrix(List.of("Karvessia"), List.of(new Briefing.IssueRow(
                "Sanctions", List.of(new Briefing.IssueCell("Karvessia", null, List.of(), 0)))));
        Briefing bare = new Briefing("r", new Briefing.Cover("Talks", null, null, "date not given", List.of("Karvessia"),
                BriefingFixtures.GENERATED, 1, 0), List.of(new Briefing.PartySummary("Karvessia", List.of(new Briefing.SummaryLine(null, "Karvessia", null, null, null,
                "talks would go on", false, false, List.of(1), 1, "party_karvessia_p1",
                new Briefing.Occurrence("feed.jsonl#3", 0, 17, List.of()))))),
                List.of(party), issues, Briefing.Changes.none(), List.of(source),
                new Briefing.Method(1, 0, 2, 2, List.of(), List.of(new Briefing.UnattributedStatement("x", null, List.of(1))),
                        List.of()), List.of(new Briefing.StatementRow(null, null, "r", "direct", "full", "said", "We are ready",
                        "feed.jsonl#3", 0, 12, List.of())));
        for (String template : List.of(TemplateEngine.BRIEFING, TemplateEngine.SUMMARY)) {
            Map<Format, byte[]> files = Documents.render(bare, template);
            assertTrue(files.get(Format.PDF).length > 0 && files.get(Format.DOCX).length > 0, template);
            if (template.equals(TemplateEngine.BRIEFING)) {
                try (PDDocument pdf = Documents.pdf(files.get(Format.PDF));
                     XWPFDocument docx = Documents.docx(files.get(Format.DOCX));
                     XWPFWordExtractor words = new XWPFWordExtractor(docx)) {
                    // a quote whose speaker is not named says whose side it is, not "— ·"
                    assertTrue(Documents.text(pdf).contains("— Karvessia, speaker not named"), Documents.text(pdf));
                    assertTrue(words.getText().contains("— Karvessia, speaker not named"), words.getText());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
    }
}
