package org.parley.render;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.w3c.dom.Element;

import java.math.BigInteger;
import java.util.List;

/**
 * The page furniture of the Word file: A4 pages, header (the markup's running header) and footer
 * (its running footer, then "Page x of y" as PAGE and NUMPAGES fields) from the second page on, and
 * the table-of-contents field that Word fills when the document is opened.
 */
final class DocxFields {

    /** Word's TOC field over Heading 1, with links, without page numbers in web view, using outline levels. */
    static final String TOC_FIELD = "TOC \\o \"1-1\" \\h \\z \\u";

    private DocxFields() {
    }

    /**
     * A4 with the PDF's margins (narrower when compact); header and footer on every page, but not on
     * a cover page, which has neither.
     */
    static void pages(XWPFDocument doc, String header, String footer, boolean cover, boolean compact) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(compact ? 850 : 1304));
        margins.setBottom(BigInteger.valueOf(compact ? 850 : 1191));
        margins.setLeft(BigInteger.valueOf(compact ? 907 : 1134));
        margins.setRight(BigInteger.valueOf(compact ? 907 : 1134));
        margins.setHeader(BigInteger.valueOf(compact ? 425 : 624));
        margins.setFooter(BigInteger.valueOf(compact ? 425 : 567));
        if (cover) {
            doc.createHeader(HeaderFooterType.FIRST).createParagraph();
            doc.createFooter(HeaderFooterType.FIRST).createParagraph();
            if (!sect.isSetTitlePg()) {
                sect.addNewTitlePg();
            }
        }
        if (!header.isEmpty()) {
            XWPFParagraph top = doc.createHeader(HeaderFooterType.DEFAULT).createParagraph();
            top.setStyle(DocxStyles.HEADER);
            top.createRun().setText(header);
        }
        XWPFParagraph bottom = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        bottom.setStyle(DocxStyles.FOOTER);
        bottom.createRun().setText(footer);
        bottom.createRun().addTab();
        bottom.createRun().setText("Page ");
        field(bottom, "PAGE", "1");
        bottom.createRun().setText(" of ");
        field(bottom, "NUMPAGES", "1");
    }

    /**
     * The contents: the title paragraph as is, the list as Word's TOC field. The field's result is
     * filled as Word fills it: each entry linked to its section, a dotted tab and a PAGEREF field to
     * the section's bookmark whose result is the page the section starts on; so Word, LibreOffice and
     * any reader show the contents with page numbers on opening, without updating fields. Updating
     * them in Word (F9) recomputes the same entries from its own layout.
     */
    static void toc(DocxBody body, Element toc) {
        for (Element child : Xhtml.children(toc)) {
            if (Xhtml.name(child).equals("ul") || Xhtml.name(child).equals("ol")) {
                entries(body, Xhtml.children(child));
            } else {
                body.mark(child);
                body.inline(body.paragraph(DocxStyles.paragraphStyle(child))).content(child);
            }
        }
    }

    private static void entries(DocxBody body, List<Element> items) {
        for (int i = 0; i < items.size(); i++) {
            Element li = items.get(i);
            XWPFParagraph p = body.paragraph(Xhtml.hasClass(li, "sub") ? DocxStyles.TOC_2 : DocxStyles.TOC_1);
            if (i == 0) {
                fieldChar(p, STFldCharType.BEGIN);
                instruction(p, TOC_FIELD);
                fieldChar(p, STFldCharType.SEPARATE);
            }
            body.inline(p).content(li);
            pageNumber(body, p, li);
            if (i == items.size() - 1) {
                fieldChar(p, STFldCharType.END);
            }
        }
    }

    /** The tab and the PAGEREF field of an entry linking to a section whose page is known. */
    private static void pageNumber(DocxBody body, XWPFParagraph p, Element li) {
        Element link = Xhtml.first(li, "a");
        Integer page = body.sectionPage(li.getTextContent().replaceAll("\\s+", " ").strip());
        if (link == null || page == null || !link.getAttribute("href").startsWith("#")) {
            return;
        }
        p.createRun().addTab();
        field(p, "PAGEREF " + DocxBody.bookmarkName(link.getAttribute("href").substring(1)) + " \\h", page.toString());
    }

    /** A complex field in runs (begin, instruction, separate, result, end): order-safe in any paragraph. */
    static void field(XWPFParagraph p, String instruction, String result) {
        fieldChar(p, STFldCharType.BEGIN);
        instruction(p, " " + instruction + " ");
        fieldChar(p, STFldCharType.SEPARATE);
        p.createRun().setText(result);
        fieldChar(p, STFldCharType.END);
    }

    private static void instruction(XWPFParagraph p, String text) {
        CTText instr = p.createRun().getCTR().addNewInstrText();
        instr.setStringValue(text);
        instr.setSpace(SpaceAttribute.Space.PRESERVE);
    }

    private static void fieldChar(XWPFParagraph p, STFldCharType.Enum type) {
        XWPFRun run = p.createRun();
        run.getCTR().addNewFldChar().setFldCharType(type);
    }
}
