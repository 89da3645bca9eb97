package org.parley.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.batch.runtime.BatchStatus;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parley.briefing.Briefing;
import org.parley.briefing.BriefingJson;
import org.parley.launch.DocumentTexts;
import org.parley.launch.JobParameters;
import org.parley.launch.Jobs;
import org.parley.launch.TestHome;
import org.parley.store.ArticleStore;
import org.parley.store.BriefingStore;

/** The briefing job over the bundled sample set, run by the real jbatch runtime and job repository. */
class BriefingJobIT {

    @TempDir
    static Path out;
    static long execution;
    static Path runFolder;
    static List<Briefing> briefings;

    @BeforeAll
    static void runTheSampleSet() throws Exception {
        Path set = TestHome.sampleSet();
        execution = TestHome.runToEnd(new JobParameters(set, out, List.of("pdf", "docx"), "briefing", null,
                set.resolve("parties.yaml")), Duration.ofMinutes(5));
        runFolder = out.resolve(Long.toString(execution));
        briefings = new ArrayList<>();
        for (BriefingStore.Stored s : new BriefingStore(TestHome.get().database()).list(new Jobs().instanceOf(execution))) {
            briefings.add(BriefingJson.read(s.json(), Briefing.class));
        }
    }

    @Test
    void completesWithTheStepCountsTheSetImplies() throws Exception {
        assertEquals(BatchStatus.COMPLETED, new Jobs().execution(execution).getBatchStatus());
        // 11 files and a .jsonl of 3 lines; one story is a reprint of another, so 13 originals are extracted.
        // Extraction is a partitioned step: jbatch counts its items in the partitions, Parley's progress sums them
        assertEquals(new StepProgress("ingestArticles", 14, 14, 14, 0, true), TestHome.counts(execution, "ingestArticles"));
        assertEquals(new StepProgress("extractStatements", 13, 13, 13, 0, true),
                TestHome.counts(execution, "extractStatements"));
    }

    /** jbatch's kernel could hand one of two threads asking at once no security helper: a 500 under load. */
    @Test
    void theJobOperatorAnswersManyThreadsAtOnce() throws Exception {
        Jobs jobs = new Jobs();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> {
                    int seen = 0;
                    for (int n = 0; n < 300; n++) {
                        seen += jobs.recent(1).size();
                    }
                    return seen;
                }));
            }
            for (java.util.concurrent.Future<Integer> a : answers) {
                assertEquals(300, a.get(2, java.util.concurrent.TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void writesOnePdfAndOneWordFilePerRoundAndLatestCopies() {
        // three rounds in one week, and the November session that statements recall as background
        assertEquals(4, briefings.size(), "the sample set has four rounds of talks");
        for (Briefing b : briefings) {
            for (String ext : List.of("pdf", "docx", "csv", "json")) {
                assertTrue(Files.isRegularFile(runFolder.resolve(b.roundId() + "." + ext)), b.roundId() + "." + ext);
                assertTrue(Files.isRegularFile(out.resolve("latest").resolve(b.roundId() + "." + ext)));
            }
        }
        assertTrue(Files.isRegularFile(runFolder.resolve("manifest.json")));
    }

    @Test
    void eachQuoteStandsUnderItsOwnPartyInBothFormats() throws IOException {
        int checked = 0;
        for (Briefing b : briefings) {
            String pdf = squash(DocumentTexts.pdf(runFolder.resolve(b.roundId() + ".pdf")));
            String docx = squash(DocumentTexts.docx(runFolder.resolve(b.roundId() + ".docx")));
            List<Briefing.PartySection> sections = b.parties();
            for (int i = 0; i < sections.size(); i++) {
                for (Briefing.Quote q : sections.get(i).quotes()) {
                    String head = squash(q.text()).substring(0, Math.min(40, squash(q.text()).length()));
                    assertUnderParty(pdf, sections, i, head, b.roundId() + ".pdf");
                    assertUnderParty(docx, sections, i, head, b.roundId() + ".docx");
                    checked++;
                }
            }
        }
        assertTrue(checked >= 10, "the sample set's rounds hold at least ten key quotes, found " + checked);
    }

    private static void assertUnderParty(String text, List<Briefing.PartySection> sections, int i, String quote,
                                         String file) {
        // a party's section starts with its name over "Positions"; the summary and contents do not
        int start = text.indexOf(sections.get(i).party() + " Positions");
        assertTrue(start >= 0, file + ": no section for " + sections.get(i).party());
        int end = i + 1 < sections.size() ? text.indexOf(sections.get(i + 1).party() + " Positions", start) : text.length();
        int at = text.indexOf(quote, start);
        assertTrue(at > start && at < end, file + ": quote '" + quote + "' is not in the section of "
                + sections.get(i).party());
    }

    @Test
    void theSyndicatedCopyIsListedUnderTheWireStoryItWasMergedIntoInBothFormats() throws IOException {
        String wire = "2026-03-11-meridianwire-vienna.txt";
        String copy = "2026-03-11-continental-observer-vienna.md";
        String carried = "Also carried by: Continental Observer, 11 March 2026, \"Compact ready for missile talks";
        int citing = 0;
        for (Briefing b : briefings) {
            Briefing.Source source = b.sources().stream().filter(s -> s.doc().endsWith(wire)).findFirst().orElse(null);
            assertTrue(b.sources().stream().noneMatch(s -> s.doc().endsWith(copy)), "a copy is no source of its own");
            if (source == null) {
                continue;
            }
            int number = source.number();
            if (b.parties().stream().anyMatch(p -> p.positions().stream().anyMatch(x -> x.sources().contains(number))
                    || p.quotes().stream().anyMatch(q -> q.sources().contains(number)))) {
                citing++;
            }
            assertEquals(1, source.copies().size());
            assertTrue(source.copies().get(0).doc().endsWith(copy), source.copies().toString());
            assertEquals("Continental Observer", source.copies().get(0).outlet());
            assertTrue(squash(DocumentTexts.pdf(runFolder.resolve(b.roundId() + ".pdf"))).contains(carried), b.roundId());
            assertTrue(squash(DocumentTexts.docx(runFolder.resolve(b.roundId() + ".docx"))).contains(carried), b.roundId());
        }
        // the Vienna story's line on the Valletta agenda is what unnamed diplomats are reported to have said: no
        // party's position, so it is under no party (only among the Valletta round's other voices), and the
        // story is a source of the parties' statements of the Vienna round alone
        assertEquals(1, citing, "the parties' statements of the Vienna story go to one round");
    }

    @Test
    void theWordFilesDefineRealStyles() throws IOException {
        for (Briefing b : briefings) {
            try (InputStream in = Files.newInputStream(runFolder.resolve(b.roundId() + ".docx"));
                 XWPFDocument doc = new XWPFDocument(in)) {
                for (String style : List.of("Title", "Heading1", "Heading2", "Quote", "ListBullet")) {
                    assertTrue(doc.getStyles().styleExist(style), b.roundId() + " lacks style " + style);
                }
            }
        }
    }

    @Test
    void everyPdfFontIsEmbedded() throws IOException {
        for (Briefing b : briefings) {
            try (PDDocument pdf = Loader.loadPDF(runFolder.resolve(b.roundId() + ".pdf").toFile())) {
                for (PDPage page : pdf.getPages()) {
                    PDResources resources = page.getResources();
                    for (var name : resources.getFontNames()) {
                        PDFont font = resources.getFont(name);
                        assertTrue(font.isEmbedded(), b.roundId() + ": font " + font.getName() + " is not embedded");
                    }
                }
            }
        }
    }

    @Test
    void everySummaryLineIsASentenceOfASourceItCites() {
        Map<String, String> texts = new java.util.HashMap<>();
        for (ArticleStore.Stored a : new ArticleStore(TestHome.get().database()).all(new Jobs().instanceOf(execution))) {
            texts.put(a.article().doc(), a.article().text().replaceAll("\\s+", " "));
        }
        int lines = 0;
        for (Briefing b : briefings) {
            for (Briefing.PartySummary summary : b.summary()) {
                for (Briefing.SummaryLine line : summary.lines()) {
                    boolean found = line.sources().stream()
                            .map(n -> texts.get(b.sources().get(n - 1).doc()))
                            .anyMatch(text -> text.contains(line.text()));
                    assertTrue(found, b.roundId() + ": '" + line.text() + "' is in none of its sources " + line.sources());
                    lines++;
                }
            }
        }
        assertTrue(lines >= 12, "four rounds with several parties each give at least twelve summary lines, got " + lines);
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", " ").replace('“', '"').replace('”', '"').replace('’', '\'').replace('‘', '\'');
    }
}
