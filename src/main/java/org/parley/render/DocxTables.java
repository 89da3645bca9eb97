package org.parley.render;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLook;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.w3c.dom.Element;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Maps an XHTML table to a Word table in the briefing's table style. A {@code thead} row becomes the
 * style's header row, repeated on every page; no row splits across pages; {@code td class="num"}
 * is right-aligned; a row's {@code id} becomes a bookmark in its first cell. Cells of a
 * {@code class="data"} table get small table text, others (the cover's facts) body-size text.
 */
final class DocxTables {

    private static final Set<String> CELL_BLOCKS = Set.of("p", "div", "li");
    /** tblLook bits: first row formatting on, banded columns off. */
    private static final byte[] LOOK_HEADER = {0x04, 0x20};
    private static final byte[] LOOK_PLAIN = {0x04, 0x00};

    private static final int TEXT_WIDTH_TWIPS = 9638;

    private final DocxBody body;

    DocxTables(DocxBody body) {
        this.body = body;
    }

    void table(XWPFDocument doc, Element table) {
        if (body.breakPending()) {
            body.paragraph(DocxStyles.NORMAL);
        }
        List<Element> rows = new ArrayList<>();
        boolean header = collectRows(table, rows, false);
        String style = Xhtml.hasClass(table, "data") ? DocxStyles.TABLE_TEXT : DocxStyles.FACT_TEXT;
        XWPFTable t = start(doc, rows, header);
        boolean fresh = true;
        for (int i = 0; i < rows.size(); i++) {
            body.mark(rows.get(i));
            if (i > 0 && body.breakPending()) {
                // the PDF goes on on the next page here: so does the Word file, in a table of its own
                // under a repeated header row (Word and LibreOffice ignore a page break inside a table)
                body.paragraph(DocxStyles.NORMAL);
                t = start(doc, rows, header);
                fresh = true;
                if (header) {
                    row(t.getRow(0), rows.get(0), true, style);
                    fresh = false;
                }
            }
            row(fresh ? t.getRow(0) : t.createRow(), rows.get(i), i == 0 && header, style);
            fresh = false;
        }
    }

    private XWPFTable start(XWPFDocument doc, List<Element> rows, boolean header) {
        XWPFTable t = doc.createTable();
        t.setStyleID(DocxStyles.TABLE);
        t.setWidth("100%");
        look(t, header);
        grid(t, rows);
        return t;
    }

    private void row(XWPFTableRow row, Element tr, boolean header, String style) {
        row.setCantSplitRow(true);
        if (header) {
            row.setRepeatHeader(true);
        }
        cells(row, tr, style);
    }

    /** Collects the rows in order; true when the first comes from a {@code thead}. */
    private static boolean collectRows(Element parent, List<Element> rows, boolean header) {
        boolean first = header;
        for (Element child : Xhtml.children(parent)) {
            switch (Xhtml.name(child)) {
                case "tr" -> rows.add(child);
                case "thead" -> first |= rows.isEmpty() && collectRows(child, rows, true);
                case "tbody", "tfoot" -> collectRows(child, rows, false);
                default -> { }
            }
        }
        return first;
    }

    private void cells(XWPFTableRow row, Element tr, String style) {
        List<Element> cells = Xhtml.children(tr);
        for (int c = 0; c < cells.size(); c++) {
            XWPFTableCell cell = c < row.getTableCells().size() ? row.getCell(c) : row.addNewTableCell();
            Element td = cells.get(c);
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setStyle(style);
            if (Xhtml.hasClass(td, "num")) {
                p.setAlignment(ParagraphAlignment.RIGHT);
            }
            if (c == 0) {
                body.attachPending(p);
            }
            content(cell, p, td, style);
        }
    }

    /** Inline content into the cell's paragraph; block children each get a paragraph of their own. */
    private void content(XWPFTableCell cell, XWPFParagraph first, Element td, String style) {
        boolean blocks = Xhtml.children(td).stream().anyMatch(e -> CELL_BLOCKS.contains(Xhtml.name(e)));
        boolean label = Xhtml.name(td).equals("th") && !td.getParentNode().getParentNode().getNodeName().endsWith("thead");
        DocxInline.Format format = label ? new DocxInline.Format(false, false, DocxStyles.META_CHAR)
                : DocxInline.Format.PLAIN;
        if (!blocks) {
            body.inline(first).content(td, format);
            return;
        }
        XWPFParagraph p = first;
        for (Element e : Xhtml.children(td)) {
            if (p == null) {
                p = cell.addParagraph();
                p.setStyle(style);
            }
            body.inline(p).content(e, format);
            p = null;
        }
    }

    /**
     * Declares the column grid, which Word wants: widths from the first row's {@code width="N%"}
     * attributes, the rest of the page shared equally by the columns without one.
     */
    private static void grid(XWPFTable table, List<Element> rows) {
        List<Element> first = rows.isEmpty() ? List.of() : Xhtml.children(rows.get(0));
        int columns = Math.max(1, rows.stream().mapToInt(r -> Xhtml.children(r).size()).max().orElse(1));
        double[] percent = new double[columns];
        double given = 0;
        int open = 0;
        for (int c = 0; c < columns; c++) {
            String width = c < first.size() ? first.get(c).getAttribute("width").strip() : "";
            percent[c] = width.matches("\\d+(\\.\\d+)?%") ? Double.parseDouble(width.replace("%", "")) : -1;
            given += Math.max(0, percent[c]);
            open += percent[c] < 0 ? 1 : 0;
        }
        CTTblGrid grid = table.getCTTbl().addNewTblGrid();
        for (int c = 0; c < columns; c++) {
            double share = percent[c] >= 0 ? percent[c] : Math.max(0, 100 - given) / open;
            grid.addNewGridCol().setW(BigInteger.valueOf(Math.round(TEXT_WIDTH_TWIPS * share / 100)));
        }
        if (open < columns) {
            table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        }
    }

    private static void look(XWPFTable table, boolean header) {
        CTTblPr pr = table.getCTTbl().getTblPr();
        if (pr.isSetTblBorders()) {
            pr.unsetTblBorders(); // POI draws every border; the table style decides
        }
        CTTblLook look = pr.isSetTblLook() ? pr.getTblLook() : pr.addNewTblLook();
        look.setVal(header ? LOOK_HEADER : LOOK_PLAIN);
        look.setFirstRow(header);
        look.setNoVBand(true);
    }
}
