package org.parley.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.parley.briefing.Briefing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Renders fixture briefings and reads the documents back, the way the tests look at them. */
final class Documents {

    private Documents() {
    }

    static Map<Format, byte[]> render(Briefing briefing, String template) {
        return new BriefingRenderer(TemplateEngine.bundled(), BriefingFixtures.FONTS).renderBytes(briefing, template, Format.ALL);
    }

    static PDDocument pdf(byte[] bytes) {
        try {
            return Loader.loadPDF(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static XWPFDocument docx(byte[] bytes) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of pages {@code from} to {@code to}, 1-based and inclusive, with whitespace collapsed. */
    static String text(PDDocument pdf, int from, int to) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(from);
            stripper.setEndPage(to);
            return stripper.getText(pdf).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(PDDocument pdf) {
        return text(pdf, 1, pdf.getNumberOfPages());
    }

    /** Top-level outline titles with the 1-based page each points to, in outline order. */
    static Map<String, Integer> bookmarks(PDDocument pdf) {
        Map<String, Integer> result = new LinkedHashMap<>();
        for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
            try {
                result.put(item.getTitle(), pdf.getPages().indexOf(item.findDestinationPage(pdf)) + 1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return result;
    }

    /** The section titles every full briefing has, in order, with the parties in between. */
    static List<String> sections(Briefing briefing) {
        List<String> titles = new ArrayList<>(List.of("Contents", "Summary"));
        briefing.parties().forEach(p -> titles.add(p.party()));
        if (!briefing.voices().isEmpty()) {
            titles.add("Other voices");
        }
        titles.addAll(List.of("Issues", "Since the previous round", "Statements by issue", "Sources", "Method"));
        return titles;
    }

    /** Every speaker named in a party's section. */
    static Set<String> speakers(Briefing.PartySection party) {
        return Set.copyOf(party.speakers().stream().map(Briefing.Speaker::name).toList());
    }
}
