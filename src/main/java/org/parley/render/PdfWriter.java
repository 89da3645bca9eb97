package org.parley.render;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.LineBox;
import org.xhtmlrenderer.render.PageBox;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.SimpleBookmark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns briefing XHTML into PDF bytes with Flying Saucer on OpenPDF.
 *
 * <p>The markup's CSS does the layout (paged media: running header, "page x of y" footer,
 * table-of-contents page numbers through {@code target-counter}); its {@code <bookmarks>} become
 * the outline; its {@code <title>} and {@code <meta>} become the document information; its links
 * stay clickable. Every font is an embedded Liberation face (see {@link PdfFontResolver}). The
 * dates and the file id come from the markup, never from the clock, so equal markup gives equal
 * bytes. Thread-safe: each call has its own renderer.
 */
public final class PdfWriter {

    /**
     * @throws RenderException when the markup is not well-formed or the PDF cannot be laid out
     */
    public byte[] write(Markup markup) {
        return layOut(markup).pdf();
    }

    /**
     * A PDF and where its layout put the blocks.
     *
     * @param pdf        the file
     * @param blockPages the 1-based page each block element starts on, by the element's place in
     *                   document order ({@link Xhtml#documentOrder}); so another writer of the same
     *                   markup can break its pages where the PDF does
     */
    public record Layout(byte[] pdf, Map<Integer, Integer> blockPages) {
        public Layout {
            blockPages = Map.copyOf(blockPages);
        }
    }

    /**
     * @throws RenderException when the markup is not well-formed or the PDF cannot be laid out
     */
    public Layout layOut(Markup markup) {
        Document dom = Xhtml.parse(markup.xhtml());
        ITextOutputDevice device = new ITextOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT);
        PdfResources resources = new PdfResources(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL, markup.images());
        ITextRenderer renderer = new ITextRenderer(ITextRenderer.DEFAULT_DOTS_PER_POINT,
                ITextRenderer.DEFAULT_DOTS_PER_PIXEL, device, resources, new PdfFontResolver());
        renderer.setListener(new PdfStamp(DocumentMeta.of(dom), fileId(markup.xhtml())));
        renderer.setDocument(dom, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        Map<Integer, Integer> blockPages = new HashMap<>();
        try {
            renderer.layout();
            BlockBox root = renderer.getRootBox();
            List<PageBox> pages = root.getLayer().getPages();
            pagesOf(root, Xhtml.documentOrder(dom), pages, blockPages);
            renderer.createPDF(out);
        } catch (RuntimeException e) {
            throw new RenderException("Cannot lay out the PDF: " + e.getMessage(), e);
        }
        return new Layout(out.toByteArray(), blockPages);
    }

    /**
     * Records the page of every box with an element, the first box of an element counting: the page
     * of its first line of text where it has one (a heading's top margin may end the page before the
     * one its words are on), else of its top.
     */
    private static void pagesOf(Box box, Map<Element, Integer> order, List<PageBox> pages, Map<Integer, Integer> out) {
        Element element = box.getElement();
        if (element != null) {
            Integer at = order.get(element);
            if (at != null && !out.containsKey(at)) {
                LineBox line = firstLine(box);
                out.put(at, page(line != null ? line.getAbsY() : box.getAbsY(), pages));
            }
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            pagesOf(box.getChild(i), order, pages, out);
        }
    }

    private static LineBox firstLine(Box box) {
        if (box instanceof LineBox line) {
            return line;
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            LineBox line = firstLine(box.getChild(i));
            if (line != null) {
                return line;
            }
        }
        return null;
    }

    /** The 1-based page a layout position is on. */
    private static int page(int y, List<PageBox> pages) {
        for (int i = 0; i < pages.size(); i++) {
            if (y < pages.get(i).getBottom()) {
                return i + 1;
            }
        }
        return pages.size();
    }

    /**
     * The page each top-level outline entry of a PDF points to, by title ("Summary" → 2), in outline
     * order: where the sections begin, for the Word file's contents.
     */
    static Map<String, Integer> outlinePages(byte[] pdf) {
        Map<String, Integer> pages = new LinkedHashMap<>();
        try (PdfReader reader = new PdfReader(pdf)) {
            List<Map<String, Object>> outline = SimpleBookmark.getBookmarkList(reader);
            if (outline != null) {
                for (Map<String, Object> entry : outline) {
                    Object title = entry.get("Title");
                    Object page = entry.get("Page"); // "3 XYZ 0 800 0"
                    if (title != null && page instanceof String p && !p.isBlank()) {
                        pages.putIfAbsent(title.toString().strip(), Integer.parseInt(p.strip().split(" ")[0]));
                    }
                }
            }
        } catch (IOException | NumberFormatException e) {
            throw new RenderException("Cannot read the outline of the PDF just written: " + e.getMessage(), e);
        }
        return pages;
    }

    /** The PDF's permanent id: the first 16 bytes of the markup's SHA-256. */
    private static byte[] fileId(String xhtml) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(xhtml.getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(digest, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
