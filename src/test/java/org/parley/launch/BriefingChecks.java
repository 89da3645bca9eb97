package org.parley.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * What an analyst would not forward (issue 11), checked on one round's files as a run wrote them,
 * read back: front matter printed in the PDF or DOCX; two entries of the round's JSON export with the
 * same speaker and kind and near-identical text (word-bigram Jaccard of at least
 * {@value #SAME_TEXT}); a party with more than {@value #MAX_SUMMARY_LINES} summary lines, in the
 * export, the DOCX and the PDF, which must hold the export's summary lines, no more and no fewer; a
 * PDF page with nothing but its running header and footer.
 */
final class BriefingChecks {

    static final double SAME_TEXT = 0.8;
    static final int MAX_SUMMARY_LINES = 5;
    /** A front matter block or its keys run together as a PDF's text shows them. */
    private static final Pattern FRONT_MATTER = Pattern.compile(
            "---\\s*(?:date|source|url|title):|(?s)\\bdate:\\s*\\d{4}-\\d\\d-\\d\\d\\b.{0,300}?\\b(?:source|url):");
    /**
     * How a summary line ends: "(2 outlets)", or "(in full)" in a briefing on one outlet's coverage;
     * only the words are counted, since PDFBox may read the count, a link, apart from it and the
     * brackets ("( )1 outlet", "(1 \\n)outlet").
     */
    private static final Pattern OUTLETS = Pattern.compile("\\b(?:outlets?|in[\\s\\u00A0]+full)\\b");
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private BriefingChecks() {
    }

    /** Checks the round whose files are {@code <round>.json}, {@code .pdf} and {@code .docx} in {@code folder}. */
    static void check(Path folder, String round) throws IOException {
        JsonNode export = new ObjectMapper().readTree(folder.resolve(round + ".json").toFile());
        List<String> duplicates = nearDuplicates(export.get("statements"));
        assertTrue(duplicates.isEmpty(), round + ": near-identical entries of one speaker: " + duplicates);
        Map<String, Integer> summary = new LinkedHashMap<>();
        export.get("summary").forEach(p -> summary.put(p.get("party").asText(), p.get("lines").size()));
        assertTrue(summary.values().stream().allMatch(n -> n <= MAX_SUMMARY_LINES), round + ": summary lines " + summary);
        int lines = summary.values().stream().mapToInt(Integer::intValue).sum();
        Path pdf = folder.resolve(round + ".pdf");
        if (Files.exists(pdf)) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                String all = new PDFTextStripper().getText(doc);
                assertNoFrontMatter(all, pdf);
                assertEquals(lines, count(OUTLETS, summaryPages(doc)), pdf + ": the summary's lines, as the export has them");
                assertNoBlankPage(doc, pdf);
            }
        }
        Path docx = folder.resolve(round + ".docx");
        if (Files.exists(docx)) {
            assertNoFrontMatter(DocumentTexts.docx(docx), docx);
            Map<String, Integer> inWord = docxSummary(docx);
            assertEquals(summary, inWord, docx + ": the summary's lines per party, as the export has them");
        }
    }

    private static void assertNoFrontMatter(String text, Path file) {
        Matcher m = FRONT_MATTER.matcher(text);
        assertTrue(!m.find(), () -> file + " prints front matter: "
                + text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 40)));
    }

    /** Every page holds more than its running header and footer. */
    private static void assertNoBlankPage(PDDocument doc, Path file) throws IOException {
        String header = null;
        for (int page = 2; page <= doc.getNumberOfPages(); page++) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            List<String> lines = new ArrayList<>(stripper.getText(doc).lines().map(String::strip)
                    .filter(l -> !l.isEmpty()).toList());
            if (header == null && !lines.isEmpty()) {
                header = lines.get(0);
            }
            String running = header;
            lines.removeIf(l -> l.equals(running) || l.startsWith("Parley briefing ·") || l.matches(".*Page \\d+ of \\d+"));
            assertTrue(!lines.isEmpty(), file + ": page " + page + " holds only its running header and footer");
        }
    }

    /** Pairs of entries with the same speaker and kind whose texts share most word bigrams. */
    static List<String> nearDuplicates(JsonNode statements) {
        List<JsonNode> rows = new ArrayList<>();
        statements.forEach(rows::add);
        List<Set<String>> grams = rows.stream().map(r -> bigrams(r.get("text").asText())).toList();
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            for (int k = i + 1; k < rows.size(); k++) {
                if (rows.get(i).get("speaker").equals(rows.get(k).get("speaker"))
                        && rows.get(i).get("kind").equals(rows.get(k).get("kind"))
                        && jaccard(grams.get(i), grams.get(k)) >= SAME_TEXT) {
                    pairs.add(rows.get(i).get("text").asText() + " / " + rows.get(k).get("text").asText());
                }
            }
        }
        return pairs;
    }

    static Set<String> bigrams(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            grams.add(words.get(i) + " " + words.get(i + 1));
        }
        return grams;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        if (union.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return (double) both.size() / union.size();
    }

    /** The text of the pages from the Summary bookmark to the page before the next one. */
    private static String summaryPages(PDDocument doc) throws IOException {
        List<PDOutlineItem> items = new ArrayList<>();
        doc.getDocumentCatalog().getDocumentOutline().children().forEach(items::add);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).getTitle().equals("Summary")) {
                int from = doc.getPages().indexOf(items.get(i).findDestinationPage(doc)) + 1;
                int to = i + 1 < items.size() ? doc.getPages().indexOf(items.get(i + 1).findDestinationPage(doc)) : from;
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(from);
                stripper.setEndPage(Math.max(from, to));
                return stripper.getText(doc);
            }
        }
        throw new AssertionError("no Summary bookmark");
    }

    /** Per party heading under the Summary heading, how many list items follow it. */
    private static Map<String, Integer> docxSummary(Path file) throws IOException {
        Map<String, Integer> parties = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            boolean inSummary = false;
            String party = null;
            for (XWPFParagraph p : doc.getParagraphs()) {
                String style = p.getStyle() == null ? "" : p.getStyle();
                if (style.equals("Heading1")) {
                    if (inSummary) {
                        break;
                    }
                    inSummary = p.getText().strip().equals("Summary");
                } else if (inSummary && style.equals("Heading2")) {
                    party = p.getText().strip().equals("Outcome") ? null : p.getText().strip();
                    if (party != null) {
                        parties.put(party, 0);
                    }
                } else if (inSummary && party != null && style.startsWith("List")) {
                    parties.merge(party, 1, Integer::sum);
                }
            }
        }
        return parties;
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
