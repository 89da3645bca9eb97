package org.parley.render;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes an element's inline content as the runs of one Word paragraph: text with HTML's whitespace
 * collapsing, {@code strong}/{@code em}, {@code span class="meta"}, links (to a URL, or to an id in
 * the document, which becomes a bookmark), line breaks and images.
 */
final class DocxInline {

    private static final Pattern WHITESPACE = Pattern.compile("[ \\t\\n\\r\\f]+");
    /** Text width of an A4 page with 2 cm margins, in EMU; wider images are scaled down to it. */
    private static final long MAX_WIDTH_EMU = 6_120_000L;
    private static final int EMU_PER_PX = 9525;

    /** The character formatting in force. */
    record Format(boolean bold, boolean italic, String style) {
        static final Format PLAIN = new Format(false, false, null);
    }

    private final XWPFParagraph paragraph;
    private final Map<String, byte[]> images;
    private boolean started;
    private boolean pendingSpace;

    DocxInline(XWPFParagraph paragraph, Map<String, byte[]> images) {
        this.paragraph = paragraph;
        this.images = images;
    }

    /** Appends the element's children, unformatted to begin with. */
    void content(Element element) {
        content(element, Format.PLAIN);
    }

    /** Appends the element's children in a format. */
    void content(Element element, Format format) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Text text) {
                text(text.getData(), format);
            } else if (n instanceof Element child) {
                element(child, format);
            }
        }
    }

    private void element(Element e, Format format) {
        switch (Xhtml.name(e)) {
            case "strong", "b" -> content(e, new Format(true, format.italic(), format.style()));
            case "em", "i" -> content(e, new Format(format.bold(), true, format.style()));
            case "span" -> content(e, Xhtml.hasClass(e, "meta")
                    ? new Format(format.bold(), format.italic(), DocxStyles.META_CHAR) : format);
            case "a" -> link(e, format);
            case "br" -> {
                paragraph.createRun().addBreak();
                started = false;
                pendingSpace = false;
            }
            case "img" -> picture(e);
            default -> content(e, format);
        }
    }

    /** Appends text, collapsing whitespace as HTML does. */
    void text(String raw, Format format) {
        String words = collapse(raw);
        if (words != null) {
            style(paragraph.createRun(), format).setText(words);
        }
    }

    /** The text to write for a stretch of source text, with at most one space carried over; null for nothing. */
    private String collapse(String raw) {
        String collapsed = WHITESPACE.matcher(raw).replaceAll(" ");
        String core = collapsed.strip();
        if (core.isEmpty()) {
            pendingSpace |= started && !collapsed.isEmpty();
            return null;
        }
        String result = started && (pendingSpace || collapsed.startsWith(" ")) ? " " + core : core;
        started = true;
        pendingSpace = collapsed.endsWith(" ");
        return result;
    }

    private void link(Element a, Format format) {
        String href = a.getAttribute("href").strip();
        if (href.isEmpty()) {
            content(a, format);
            return;
        }
        if (started && pendingSpace) {
            paragraph.createRun().setText(" ");
            pendingSpace = false;
        }
        String label = WHITESPACE.matcher(a.getTextContent()).replaceAll(" ").strip();
        XWPFRun run = href.startsWith("#") ? anchorRun(DocxBody.bookmarkName(href.substring(1)))
                : paragraph.createHyperlinkRun(href);
        style(run, format);
        run.setStyle(Xhtml.hasClass(a, "cite") ? DocxStyles.CITATION : DocxStyles.HYPERLINK);
        run.setText(label);
        started = true;
    }

    private XWPFRun anchorRun(String bookmark) {
        CTHyperlink link = paragraph.getCTP().addNewHyperlink();
        link.setAnchor(bookmark);
        XWPFHyperlinkRun run = new XWPFHyperlinkRun(link, link.addNewR(), paragraph);
        paragraph.addRun(run);
        return run;
    }

    /** Appends an image the renderer drew, sized by its width and height attributes (CSS pixels). */
    void picture(Element img) {
        String src = img.getAttribute("src");
        byte[] png = images.get(src);
        if (png == null) {
            text("[" + img.getAttribute("alt") + "]", Format.PLAIN);
            return;
        }
        long[] size = sizeEmu(img, png);
        String alt = img.getAttribute("alt");
        XWPFRun run = paragraph.createRun();
        try {
            run.addPicture(new ByteArrayInputStream(png), PictureType.PNG, src, Math.toIntExact(size[0]),
                    Math.toIntExact(size[1])).getCTPicture().getNvPicPr().getCNvPr().setDescr(alt);
        } catch (InvalidFormatException | IOException e) {
            throw new RenderException("Cannot embed image " + src + " in the Word file: " + e.getMessage(), e);
        }
        // Word reads alt text from docPr, and wants its id unique and above 0
        CTNonVisualDrawingProps docPr = run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
        docPr.setId(paragraph.getDocument().getAllPictures().size());
        docPr.setDescr(alt);
        started = true;
    }

    /** Width and height in EMU; the PNG is drawn at twice its display size when no attribute says. */
    private static long[] sizeEmu(Element img, byte[] png) {
        long width = pixels(img, "width", Png.width(png) / 2) * (long) EMU_PER_PX;
        long height = pixels(img, "height", Png.height(png) / 2) * (long) EMU_PER_PX;
        return width <= MAX_WIDTH_EMU ? new long[] {width, height}
                : new long[] {MAX_WIDTH_EMU, height * MAX_WIDTH_EMU / width};
    }

    private static int pixels(Element img, String attribute, int fallback) {
        String value = img.getAttribute(attribute).replace("px", "").strip();
        return value.matches("\\d{1,5}") ? Integer.parseInt(value) : fallback;
    }

    private static XWPFRun style(XWPFRun run, Format format) {
        if (format.bold()) {
            run.setBold(true);
        }
        if (format.italic()) {
            run.setItalic(true);
        }
        if (format.style() != null) {
            run.setStyle(format.style());
        }
        return run;
    }
}
