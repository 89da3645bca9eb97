package org.parley.render;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps the block elements of the briefing XHTML to Word paragraphs and tables, in document order.
 *
 * <p>An element's {@code id} becomes a bookmark (so internal links and citations keep working) and
 * {@code class="new-page"} a page break before its first paragraph; both apply to whatever
 * paragraph the element produces first.
 */
final class DocxBody {

    /** Word ignores bookmark names longer than this. */
    private static final int BOOKMARK_MAX = 40;
    private static final Set<String> SKIPPED = Set.of("head", "script", "style", "bookmarks");

    private final XWPFDocument doc;
    private final Map<String, byte[]> images;
    private final DocxTables tables;
    private final List<String> pendingBookmarks = new ArrayList<>();
    private boolean pendingBreak;
    private int bookmarkIds;
    private final Map<String, Integer> sectionPages;
    private final Map<Element, Integer> order;
    private final Map<Integer, Integer> blockPages;
    /** The PDF page the last block written ends on. */
    private int page = 1;

    /**
     * @param sectionPages the page each contents entry's section starts on, by its title (may be empty)
     * @param order        the markup's elements in document order ({@link Xhtml#documentOrder})
     * @param blockPages   the PDF page each element starts on, by document order (may be empty): a block
     *                     the PDF starts on a later page than the one before it gets a page break, so the
     *                     Word file, whose styles set a little tighter than the PDF, has the PDF's pages
     */
    DocxBody(XWPFDocument doc, Map<String, byte[]> images, Map<String, Integer> sectionPages,
             Map<Element, Integer> order, Map<Integer, Integer> blockPages) {
        this.doc = doc;
        this.images = images;
        this.tables = new DocxTables(this);
        this.sectionPages = Map.copyOf(sectionPages);
        this.order = order;
        this.blockPages = Map.copyOf(blockPages);
    }

    /** The page a section starts on, by its title, or null when not known. */
    Integer sectionPage(String title) {
        return sectionPages.get(title);
    }

    /** The bookmark for an element id, as both bookmarks and links spell it. */
    static String bookmarkName(String id) {
        return id.length() <= BOOKMARK_MAX ? id : id.substring(0, BOOKMARK_MAX);
    }

    /** Writes the children of a container element. */
    void blocks(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                block(e);
            } else if (n instanceof Text t && !t.getData().isBlank()) {
                inline(paragraph(DocxStyles.NORMAL)).text(t.getData(), DocxInline.Format.PLAIN);
            }
        }
    }

    private void block(Element e) {
        String name = Xhtml.name(e);
        if (SKIPPED.contains(name) || Xhtml.hasClass(e, "running-header") || Xhtml.hasClass(e, "running-footer")) {
            return;
        }
        mark(e);
        switch (name) {
            case "h1", "h2", "h3", "p" -> inline(paragraph(DocxStyles.paragraphStyle(e))).content(e);
            case "blockquote" -> quote(e);
            case "ul" -> items(e, DocxStyles.LIST_BULLET);
            case "ol" -> items(e, DocxStyles.LIST_NUMBER);
            case "table" -> tables.table(doc, e);
            case "img" -> {
                XWPFParagraph p = paragraph(DocxStyles.NORMAL);
                p.setAlignment(ParagraphAlignment.CENTER);
                inline(p).picture(e);
            }
            case "div" -> {
                if (Xhtml.hasClass(e, "toc")) {
                    DocxFields.toc(this, e);
                } else {
                    blocks(e);
                }
            }
            default -> inline(paragraph(DocxStyles.NORMAL)).content(e);
        }
        page = Math.max(page, lastPage(e));
    }

    /** The last PDF page any part of an element is on (a table over two pages: the second). */
    private int lastPage(Element e) {
        int last = blockPages.getOrDefault(order.getOrDefault(e, -1), 0);
        for (Element child : Xhtml.children(e)) {
            last = Math.max(last, lastPage(child));
        }
        return last;
    }

    private void quote(Element blockquote) {
        for (Element child : Xhtml.children(blockquote)) {
            mark(child);
            String style = Xhtml.hasClass(child, "attribution") ? DocxStyles.QUOTE_ATTRIBUTION : DocxStyles.QUOTE;
            inline(paragraph(style)).content(child);
        }
    }

    private void items(Element list, String style) {
        for (Element li : Xhtml.children(list)) {
            mark(li);
            inline(paragraph(style)).content(li);
        }
    }

    /** A new body paragraph in a style, carrying any pending page break and bookmarks. */
    XWPFParagraph paragraph(String style) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        attachPending(p);
        return p;
    }

    /** Puts pending bookmarks and page break on a paragraph made elsewhere (a table cell, a field). */
    void attachPending(XWPFParagraph p) {
        if (pendingBreak) {
            p.setPageBreak(true);
            pendingBreak = false;
        }
        CTP ctp = p.getCTP();
        for (String name : pendingBookmarks) {
            BigInteger id = BigInteger.valueOf(bookmarkIds++);
            CTBookmark start = ctp.addNewBookmarkStart();
            start.setName(name);
            start.setId(id);
            ctp.addNewBookmarkEnd().setId(id);
        }
        pendingBookmarks.clear();
    }

    /** Remembers an element's id and page break for the next paragraph made. */
    void mark(Element e) {
        if (e.hasAttribute("id")) {
            pendingBookmarks.add(bookmarkName(e.getAttribute("id")));
        }
        pendingBreak |= Xhtml.hasClass(e, "new-page");
        // a table starts where its first row does (the PDF may leave its heading alone at the foot of a page)
        Element first = Xhtml.name(e).equals("table") ? Xhtml.first(e, "tr") : null;
        Integer starts = blockPages.get(order.getOrDefault(first != null ? first : e, -1));
        if (starts != null && starts > page) {
            pendingBreak = true;
            page = starts;
        }
    }

    /** True when a page break waits for a paragraph (a table needs one made for it). */
    boolean breakPending() {
        return pendingBreak;
    }

    /** A writer for the inline content of a paragraph. */
    DocxInline inline(XWPFParagraph p) {
        return new DocxInline(p, images);
    }
}
