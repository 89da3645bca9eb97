package org.parley.render;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.parley.briefing.Briefing;
import org.parley.briefing.Briefing.PartySection;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocxWriterTest {

    private static final Briefing BRIEFING = BriefingFixtures.sample();
    private static Map<Format, byte[]> files;
    private static XWPFDocument docx;

    @BeforeAll
    static void render() {
        files = Documents.render(BRIEFING, TemplateEngine.BRIEFING);
        docx = Documents.docx(files.get(Format.DOCX));
    }

    @AfterAll
    static void close() throws IOException {
        docx.close();
    }

    @Test
    void definesTheWordStylesWithOutlineLevels() {
        XWPFStyles styles = docx.getStyles();
        assertEquals(0, outlineLevel(styles.getStyle("Heading1")));
        assertEquals(1, outlineLevel(styles.getStyle("Heading2")));
        for (String id : List.of("Title", "Quote", "ListBullet", "ParleyTable", "TOC1", "Header", "Footer")) {
            assertNotNull(styles.getStyle(id), id + " is not defined");
        }
        assertEquals("heading 1", styles.getStyle("Heading1").getName());
        assertEquals("List Bullet", styles.getStyle("ListBullet").getName());
        assertTrue(styles.getStyle("ParleyTable").getCTStyle().xmlText().contains("w:type=\"firstRow\""),
                "the table style has no header-row formatting");
    }

    @Test
    void listBulletHasRealNumbering() {
        BigInteger numId = docx.getStyles().getStyle("ListBullet").getCTStyle().getPPr().getNumPr().getNumId().getVal();
        BigInteger abstractId = docx.getNumbering().getAbstractNumID(numId);
        assertNotNull(abstractId, "List Bullet refers to numbering that does not exist");
        assertEquals("bullet", docx.getNumbering().getAbstractNum(abstractId).getCTAbstractNum()
                .getLvlArray(0).getNumFmt().getVal().toString());
    }

    @Test
    void headingsGiveTheSectionsInOrder() {
        List<String> headings = paragraphs().stream().filter(p -> "Heading1".equals(p.getStyleID()))
                .map(XWPFParagraph::getText).toList();
        List<String> expected = new ArrayList<>(Documents.sections(BRIEFING));
        expected.remove("Contents");
        assertEquals(expected, headings);
    }

    @Test
    void eachPartysQuotesFollowItsOwnHeading() {
        Map<String, Set<String>> speakers = BRIEFING.parties().stream()
                .collect(Collectors.toMap(PartySection::party, Documents::speakers));
        String party = null;
        int quotes = 0;
        for (XWPFParagraph p : paragraphs()) {
            if ("Heading1".equals(p.getStyleID())) {
                party = speakers.containsKey(p.getText()) ? p.getText() : null;
            } else if ("QuoteAttribution".equals(p.getStyleID())) {
                String attribution = p.getText();
                assertNotNull(party, "a quote outside any party section: " + attribution);
                String owner = party;
                assertTrue(speakers.get(owner).stream().anyMatch(attribution::contains),
                        attribution + " is under " + owner);
                quotes++;
            }
        }
        assertEquals(BRIEFING.parties().stream().mapToInt(s -> s.quotes().size()).sum(), quotes);
    }

    @Test
    void everyCitationLinksToASourceBookmark() {
        Set<String> bookmarks = new HashSet<>();
        List<String> anchors = new ArrayList<>();
        for (XWPFParagraph p : allParagraphs()) {
            Arrays.stream(p.getCTP().getBookmarkStartArray()).map(CTBookmark::getName).forEach(bookmarks::add);
            Arrays.stream(p.getCTP().getHyperlinkArray()).map(CTHyperlink::getAnchor).filter(a -> a != null)
                    .forEach(anchors::add);
        }
        List<String> citations = anchors.stream().filter(a -> a.startsWith("source_")).toList();
        assertTrue(citations.size() >= 20, "too few citations to trust this test: " + citations.size());
        anchors.forEach(a -> assertTrue(bookmarks.contains(a), "link to missing bookmark " + a));
        for (int n = 1; n <= BRIEFING.sources().size(); n++) {
            assertTrue(bookmarks.contains("source_" + n), "source " + n + " has no bookmark");
        }
    }

    @Test
    void theSourcesSayWhichVersionASourceUpdatesAndListTheCopiesMergedIntoIt() {
        String sources = allParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
        assertTrue(sources.contains("A later version of the same story: updates [1]"), sources);
        assertTrue(sources.contains("Also carried by: Harbour Times, 12 March 2025, “Geneva talks go on <reprint>” "
                + "(lake-talks/reprint-3.txt)"), sources);
    }

    @Test
    void sourcesLinkToTheirUrls() {
        Set<String> urls = Arrays.stream(docx.getHyperlinks()).map(XWPFHyperlink::getURL).collect(Collectors.toSet());
        assertEquals(BRIEFING.sources().stream().map(Briefing.Source::url).collect(Collectors.toSet()), urls);
    }

    @Test
    void hasATableOfContentsWithThePdfsPageNumbersThatNeedsNoUpdateOnOpening() throws IOException {
        assertFalse(docx.isEnforcedUpdateFields(), "Word would ask to update fields on every opening");
        String body = docx.getDocument().xmlText();
        assertTrue(body.contains(DocxFields.TOC_FIELD.replace("\"", "&quot;")) || body.contains(DocxFields.TOC_FIELD),
                "no TOC field");
        Map<String, Integer> pdfPages;
        try (var pdf = Documents.pdf(files.get(Format.PDF))) {
            pdfPages = Documents.bookmarks(pdf);
        }
        Set<String> bookmarks = new HashSet<>();
        for (XWPFParagraph p : paragraphs()) {
            p.getCTP().getBookmarkStartList().forEach(b -> bookmarks.add(b.getName()));
        }
        List<String> entries = new ArrayList<>();
        Pattern pageRef = Pattern.compile("PAGEREF (\\S+) \\\\h");
        for (XWPFParagraph p : paragraphs()) {
            if (!"TOC1".equals(p.getStyleID()) && !"TOC2".equals(p.getStyleID())) {
                continue;
            }
            String[] shown = p.getText().split("\t");
            assertEquals(2, shown.length, "an entry and its page: " + p.getText());
            entries.add(shown[0]);
            assertEquals(pdfPages.get(shown[0]), Integer.valueOf(shown[1]), shown[0] + ": the page the PDF gives it");
            Matcher ref = pageRef.matcher(p.getCTP().xmlText());
            assertTrue(ref.find(), shown[0] + " has no PAGEREF field");
            assertTrue(bookmarks.contains(ref.group(1)), shown[0] + ": PAGEREF to a missing bookmark " + ref.group(1));
        }
        List<String> expected = new ArrayList<>(Documents.sections(BRIEFING));
        expected.remove("Contents");
        assertEquals(expected, entries, "the contents list every heading");
    }

    @Test
    void breaksItsPagesWhereThePdfDoesSoItHasThePdfsPageCount() throws IOException {
        long breaks = paragraphs().stream().filter(XWPFParagraph::isPageBreak).count();
        try (var pdf = Documents.pdf(files.get(Format.PDF))) {
            assertEquals(pdf.getNumberOfPages() - 1, breaks, "one break before each page after the cover");
        }
    }

    @Test
    void aTableThePdfGoesOnWithOnTheNextPageGoesOnInANewTableUnderItsHeaderAfterABreak() throws IOException {
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title></head><body>"
                + "<p>Before</p><table class=\"data\"><thead><tr><th>Name</th><th>Role</th></tr></thead><tbody>"
                + "<tr><td>A</td><td>one</td></tr><tr><td>B</td><td>two</td></tr><tr><td>C</td><td>three</td></tr>"
                + "</tbody></table><p>After</p></body></html>";
        Map<org.w3c.dom.Element, Integer> order = Xhtml.documentOrder(Xhtml.parse(xhtml));
        Map<Integer, Integer> pages = new java.util.HashMap<>();
        order.forEach((e, i) -> pages.put(i, e.getTextContent().startsWith("C") || e.getTextContent().equals("After")
                || e.getTextContent().equals("three") ? 2 : 1));
        try (XWPFDocument split = Documents.docx(new DocxWriter().write(new Markup(xhtml, Map.of()), Map.of(), pages))) {
            List<XWPFTable> tables = split.getTables();
            assertEquals(2, tables.size(), "the table is cut where the PDF's page ends");
            assertEquals(List.of("Name", "A", "B"), tables.get(0).getRows().stream().map(r -> r.getCell(0).getText()).toList());
            assertEquals(List.of("Name", "C"), tables.get(1).getRows().stream().map(r -> r.getCell(0).getText()).toList());
            assertTrue(tables.get(1).getRow(0).isRepeatHeader());
            assertEquals(1, split.getParagraphs().stream().filter(XWPFParagraph::isPageBreak).count(),
                    "one break, between the two tables; \"After\" is on the page the second table is on");
        }
    }

    @Test
    void headerAndFooterCarryTheRoundAndPageFields() {
        String footer = docx.getFooterList().stream().map(f -> f._getHdrFtr().xmlText()).collect(Collectors.joining());
        assertTrue(footer.contains(" PAGE ") && footer.contains(" NUMPAGES "), footer);
        assertTrue(docx.getHeaderList().stream().anyMatch(h -> h.getText().contains(BRIEFING.cover().title())));
        assertTrue(docx.getDocument().getBody().getSectPr().isSetTitlePg(), "the cover page would get a header");
    }

    @Test
    void tablesUseTheTableStyleWithARepeatedHeaderRow() {
        List<XWPFTable> tables = docx.getTables();
        assertTrue(tables.size() >= BRIEFING.parties().size() + 2, "tables: " + tables.size());
        for (XWPFTable table : tables) {
            assertEquals("ParleyTable", table.getStyleID());
        }
        XWPFTable sources = tables.stream().filter(t -> t.getRow(0).getCell(0).getText().equals("No.")).findFirst()
                .orElseThrow();
        XWPFTableRow header = sources.getRow(0);
        assertTrue(header.isRepeatHeader());
        assertEquals(BRIEFING.sources().size() + 1, sources.getRows().size());
    }

    @Test
    void theChartIsThePictureTheRendererDrew() {
        List<XWPFPictureData> pictures = docx.getAllPictures();
        assertEquals(1, pictures.size());
        assertArrayEquals(IssueChart.draw(BRIEFING.issues(), BriefingFixtures.fonts()).png(), pictures.get(0).getData());
    }

    @Test
    void corePropertiesComeFromTheModel() {
        var core = docx.getProperties().getCoreProperties();
        assertEquals(BRIEFING.cover().title(), core.getTitle());
        assertEquals("Parley", core.getCreator());
        assertEquals(BriefingFixtures.GENERATED.toEpochMilli(), core.getCreated().getTime());
    }

    private static int outlineLevel(XWPFStyle style) {
        return style.getCTStyle().getPPr().getOutlineLvl().getVal().intValue();
    }

    private static List<XWPFParagraph> paragraphs() {
        List<XWPFParagraph> result = new ArrayList<>();
        for (IBodyElement element : docx.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                result.add(p);
            }
        }
        return result;
    }

    /** Body paragraphs and those in table cells. */
    private static List<XWPFParagraph> allParagraphs() {
        List<XWPFParagraph> result = new ArrayList<>(paragraphs());
        docx.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells()
                .forEach(c -> result.addAll(c.getParagraphs()))));
        return result;
    }
}
