package org.parley.render;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.briefing.Briefing;
import org.parley.briefing.Briefing.PartySection;
import org.parley.briefing.Briefing.Quote;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfWriterTest {

    private static final Briefing BRIEFING = BriefingFixtures.sample();
    private static PDDocument pdf;

    @BeforeAll
    static void render() {
        pdf = Documents.pdf(Documents.render(BRIEFING, TemplateEngine.BRIEFING).get(Format.PDF));
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    @Test
    void givesItsLanguageAndAsksViewersToShowItsTitle() {
        assertEquals("en", pdf.getDocumentCatalog().getLanguage());
        assertEquals(true, pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle());
    }

    @Test
    void hasABookmarkForEverySectionInOrder() {
        assertEquals(Documents.sections(BRIEFING), List.copyOf(Documents.bookmarks(pdf).keySet()));
    }

    @Test
    void sectionsFollowEachOtherInReadingOrder() {
        List<Integer> pages = List.copyOf(Documents.bookmarks(pdf).values());
        for (int i = 1; i < pages.size(); i++) {
            assertTrue(pages.get(i) >= pages.get(i - 1), "section " + i + " starts before the one above it: " + pages);
        }
        String text = Documents.text(pdf, 2, pdf.getNumberOfPages());
        int previous = -1;
        for (String section : List.of("Summary", "Issues", "Since the previous round", "Statements by issue",
                "Sources", "Method")) {
            int at = text.indexOf(section, previous + 1);
            assertTrue(at > previous, section + " is out of order");
            previous = at;
        }
    }

    @Test
    void tableOfContentsGivesThePageEachBookmarkPointsTo() {
        String contents = Documents.text(pdf, 1, 1);
        for (Map.Entry<String, Integer> bookmark : Documents.bookmarks(pdf).entrySet()) {
            if (bookmark.getKey().equals("Contents")) {
                continue;
            }
            Matcher entry = Pattern.compile(Pattern.quote(bookmark.getKey()) + " ?\\.+ ?(\\d+)").matcher(contents);
            assertTrue(entry.find(), "no contents entry for " + bookmark.getKey() + " in: " + contents);
            assertEquals(bookmark.getValue(), Integer.valueOf(entry.group(1)), bookmark.getKey());
        }
    }

    @Test
    void eachPartysQuotesAndSpeakersAreInItsOwnSection() {
        Map<String, Integer> starts = Documents.bookmarks(pdf);
        List<PartySection> parties = BRIEFING.parties();
        for (int i = 0; i < parties.size(); i++) {
            PartySection party = parties.get(i);
            String next = i + 1 < parties.size() ? parties.get(i + 1).party() : "Issues";
            String section = Documents.text(pdf, starts.get(party.party()), starts.get(next) - 1);
            for (Quote quote : party.quotes()) {
                assertTrue(section.contains("“" + quote.text() + "”"), party.party() + " lacks " + quote.text());
                assertTrue(section.contains("— " + quote.speaker()), party.party() + " lacks " + quote.speaker());
            }
            for (PartySection other : parties) {
                if (other != party) {
                    Documents.speakers(other).forEach(name -> assertFalse(section.contains(name),
                            name + " of " + other.party() + " appears under " + party.party()));
                }
            }
        }
    }

    @Test
    void everyCitationNumberResolvesToAListedSource() {
        String text = Documents.text(pdf, 2, Documents.bookmarks(pdf).get("Sources") - 1);
        Set<Integer> cited = new TreeSet<>();
        Matcher citation = Pattern.compile("\\[(\\d+)]").matcher(text);
        while (citation.find()) {
            cited.add(Integer.valueOf(citation.group(1)));
        }
        assertTrue(cited.size() >= 10, "too few citations found to trust this test: " + cited);
        String sources = Documents.text(pdf, Documents.bookmarks(pdf).get("Sources"), pdf.getNumberOfPages());
        for (int n : cited) {
            Briefing.Source source = BRIEFING.sources().get(n - 1);
            assertTrue(sources.contains("[" + n + "] " + source.outlet()), "source " + n + " is not listed");
        }
    }

    @Test
    void theSourcesSayWhichVersionASourceUpdatesAndListTheCopiesMergedIntoIt() {
        String sources = Documents.text(pdf, Documents.bookmarks(pdf).get("Sources"), pdf.getNumberOfPages())
                .replaceAll("\\s+", " ");
        assertTrue(sources.contains("A later version of the same story: updates [1]"), sources);
        assertTrue(sources.contains("Also carried by: Harbour Times, 12 March 2025, “Geneva talks go on <reprint>” "
                + "(lake-talks/reprint-3.txt)"), sources);
    }

    @Test
    void everySourceLinksToItsUrl() throws IOException {
        Set<String> uris = new HashSet<>();
        for (PDPage page : pdf.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    uris.add(uri.getURI());
                }
            }
        }
        Set<String> expected = new HashSet<>();
        BRIEFING.sources().forEach(s -> expected.add(s.url()));
        assertEquals(expected, uris);
    }

    @Test
    void citationsJumpToTheSourcesSection() throws IOException {
        int sources = Documents.bookmarks(pdf).get("Sources");
        int toSources = 0;
        for (int number = 2; number < sources; number++) {
            for (PDAnnotation annotation : pdf.getPage(number - 1).getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getDestination() instanceof PDPageDestination dest) {
                    int target = pdf.getPages().indexOf(dest.getPage()) + 1;
                    toSources += target >= sources ? 1 : 0;
                } else if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo goTo
                        && goTo.getDestination() instanceof PDPageDestination dest) {
                    toSources += pdf.getPages().indexOf(dest.getPage()) + 1 >= sources ? 1 : 0;
                }
            }
        }
        long citations = Pattern.compile("\\[\\d+]").matcher(Documents.text(pdf, 2, sources - 1)).results().count();
        assertEquals(citations, toSources, "every [n] before the sources should be a link into them");
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        List<String> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                assertTrue(font instanceof PDType0Font, font.getName() + " is not a Unicode font");
                fonts.add(font.getName());
            }
        }
        assertTrue(fonts.stream().allMatch(f -> f.matches("[A-Z]{6}\\+Liberation.*")), fonts.toString());
    }

    @Test
    void namesInEveryScriptPrint() {
        String text = Documents.text(pdf);
        for (String name : List.of("Maroš Šefčík", "Dmytro Zelenyy", "Сергей Лавринов", "Jana Dvořáková")) {
            assertTrue(text.contains(name), name + " is missing from the text");
        }
    }

    @Test
    void everyPageButTheCoverHasTheRunningHeaderAndPageXOfY() {
        int pages = pdf.getNumberOfPages();
        assertFalse(Documents.text(pdf, 1, 1).contains("Page 1 of"));
        for (int page = 2; page <= pages; page++) {
            String text = Documents.text(pdf, page, page);
            assertTrue(text.contains("Page " + page + " of " + pages), "page " + page + ": " + text);
            assertTrue(text.startsWith(BRIEFING.cover().title()) || text.contains(" " + BRIEFING.cover().title() + " · "),
                    "no running header on page " + page);
        }
    }

    @Test
    void documentInformationComesFromTheModel() {
        PDDocumentInformation info = pdf.getDocumentInformation();
        assertEquals(BRIEFING.cover().title(), info.getTitle());
        assertEquals("Parley", info.getAuthor());
        assertEquals("Parley", info.getCreator());
        assertTrue(info.getSubject().startsWith("Briefing on " + BRIEFING.cover().title()), info.getSubject());
        assertEquals(BriefingFixtures.GENERATED.toEpochMilli(), info.getCreationDate().getTimeInMillis());
    }

    @Test
    void theChartIsEmbeddedAtTwiceItsDisplaySizeInTheChartSection() throws IOException {
        PDPage page = pdf.getPage(Documents.bookmarks(pdf).get("Statements by issue") - 1);
        List<PDImageXObject> images = new ArrayList<>();
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                images.add(image);
            }
        }
        assertEquals(1, images.size());
        ChartImage chart = IssueChart.draw(BRIEFING.issues(), BriefingFixtures.fonts());
        assertEquals(chart.width() * 2, images.get(0).getWidth());
        assertEquals(chart.height() * 2, images.get(0).getHeight());
        assertEquals(chart.width() * 2, images.get(0).getImage().getWidth(), "the image stream does not decode");
    }
}
