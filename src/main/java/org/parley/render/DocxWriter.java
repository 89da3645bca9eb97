package org.parley.render;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the same briefing XHTML the PDF is made from into a Word document with Apache POI, so that
 * an edit to a template shows in both formats.
 *
 * <p>Elements map to Word styles defined in the document (see {@link DocxStyles}): headings with
 * outline levels, Quote, List Bullet with real numbering, a table style with a repeated header row.
 * {@code div class="toc"} becomes Word's table-of-contents field, its result already holding the
 * entries with the page each section starts on (as the PDF of the same markup lays them out: the
 * page size, margins, fonts and forced page breaks are the PDF's), so Word shows it without asking
 * to update fields;
 * {@code div class="running-header"} and {@code "running-footer"} become the page header and footer
 * (with PAGE and NUMPAGES fields), left off a {@code div class="cover"} page; {@code <body class="compact">}
 * (a one-page template) gets smaller type and margins; links stay links and ids become bookmarks. Document properties
 * come from the XHTML head (see {@link DocumentMeta}). No random ids and no clock: equal markup
 * gives equal bytes. Thread-safe: each call builds its own document.
 */
public final class DocxWriter {

    /**
     * @throws RenderException when the markup is not well-formed or refers to an image that cannot be embedded
     */
    public byte[] write(Markup markup) {
        return write(markup, Map.of(), Map.of());
    }

    /**
     * @param sectionPages the page each contents entry's section starts on, by title, as
     *                     {@link PdfWriter#outlinePages} reads them from the PDF; entries without one
     *                     show no page number
     * @param blockPages   the PDF page each element starts on ({@link PdfWriter.Layout#blockPages()}):
     *                     the Word file breaks its pages where the PDF does, so the contents' page
     *                     numbers are right in Word too; empty to let Word break pages on its own
     * @throws RenderException when the markup is not well-formed or refers to an image that cannot be embedded
     */
    public byte[] write(Markup markup, Map<String, Integer> sectionPages, Map<Integer, Integer> blockPages) {
        Document dom = Xhtml.parse(markup.xhtml());
        DocumentMeta meta = DocumentMeta.of(dom);
        Element body = Xhtml.first(dom.getDocumentElement(), "body");
        if (body == null) {
            throw new RenderException("The template's output has no <body>");
        }
        try (XWPFDocument doc = new XWPFDocument()) {
            boolean compact = Xhtml.hasClass(body, "compact");
            boolean cover = Xhtml.children(body).stream().anyMatch(e -> Xhtml.hasClass(e, "cover"));
            DocxStyles.install(doc, compact);
            DocxFields.pages(doc, running(body, "running-header"), running(body, "running-footer"), cover, compact);
            new DocxBody(doc, markup.images(), sectionPages, Xhtml.documentOrder(dom), blockPages).blocks(body);
            properties(doc, meta);
            ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
            doc.write(out);
            LocalDateTime stamp = meta.created() == null ? LocalDateTime.of(1980, 1, 1, 0, 0)
                    : LocalDateTime.ofInstant(meta.created(), ZoneOffset.UTC);
            return StableZip.restamp(out.toByteArray(), stamp);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the Word file", e);
        }
    }

    private static String running(Element body, String cls) {
        for (Element e : Xhtml.children(body)) {
            if (Xhtml.hasClass(e, cls)) {
                return e.getTextContent().replaceAll("\\s+", " ").strip();
            }
        }
        return "";
    }

    private static void properties(XWPFDocument doc, DocumentMeta meta) {
        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        core.setTitle(meta.title());
        core.setCreator(meta.author());
        core.setSubjectProperty(meta.subject());
        core.setKeywords(meta.keywords());
        core.setLastModifiedByUser(meta.author());
        Optional<Date> created = Optional.ofNullable(meta.created()).map(Date::from);
        core.setCreated(created);
        core.setModified(created);
        if (!meta.creator().isEmpty()) {
            doc.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication(meta.creator());
        }
    }
}
