package org.parley.render;

import org.w3c.dom.Document;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

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
        Document dom = Xhtml.parse(markup.xhtml());
        ITextOutputDevice device = new ITextOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT);
        PdfResources resources = new PdfResources(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL, markup.images());
        ITextRenderer renderer = new ITextRenderer(ITextRenderer.DEFAULT_DOTS_PER_POINT,
                ITextRenderer.DEFAULT_DOTS_PER_PIXEL, device, resources, new PdfFontResolver());
        renderer.setListener(new PdfStamp(DocumentMeta.of(dom), fileId(markup.xhtml())));
        renderer.setDocument(dom, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            renderer.layout();
            renderer.createPDF(out);
        } catch (RuntimeException e) {
            throw new RenderException("Cannot lay out the PDF: " + e.getMessage(), e);
        }
        return out.toByteArray();
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
