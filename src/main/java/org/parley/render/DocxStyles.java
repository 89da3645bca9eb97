package org.parley.render;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.w3c.dom.Element;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The Word styles and list numbering of a briefing ({@code docx-styles.xml}, {@code docx-numbering.xml}
 * beside this class), and which style each XHTML element and class maps to.
 */
final class DocxStyles {

    static final String NORMAL = "Normal";
    static final String QUOTE = "Quote";
    static final String QUOTE_ATTRIBUTION = "QuoteAttribution";
    static final String LIST_BULLET = "ListBullet";
    static final String LIST_NUMBER = "ListNumber";
    static final String TABLE = "ParleyTable";
    static final String TABLE_TEXT = "TableText";
    /** Cells of a table that is not {@code class="data"}, such as the cover's facts: body-size text. */
    static final String FACT_TEXT = "FactText";
    static final String TOC_HEADING = "TOCHeading";
    static final String TOC_1 = "TOC1";
    static final String TOC_2 = "TOC2";
    static final String HEADER = "Header";
    static final String FOOTER = "Footer";
    /** Links to URLs: based on Word's Hyperlink, which LibreOffice would recolour as its own. */
    static final String HYPERLINK = "SourceLink";
    static final String CITATION = "Citation";
    static final String META_CHAR = "MetaChar";

    /** Paragraph classes of the template and the Word style each becomes. */
    private static final Map<String, String> PARAGRAPH_CLASSES = Map.of(
            "title", "Title", "subtitle", "Subtitle", "kicker", "Kicker", "toc-title", TOC_HEADING,
            "meta", "Meta", "caption", "Caption", "empty", "Empty", "attribution", QUOTE_ATTRIBUTION);
    private static final Map<String, String> HEADINGS = Map.of("h1", "Heading1", "h2", "Heading2", "h3", "Heading3");

    private static final Pattern SIZE = Pattern.compile("w:(sz|szCs) w:val=\"(\\d+)\"");
    private static final Pattern SPACING = Pattern.compile("w:(before|after)=\"(\\d+)\"");
    private static final byte[] STYLES = resource("docx-styles.xml");
    /** The same styles for {@code <body class="compact">}: type at 82 %, a third of the spacing. */
    private static final byte[] COMPACT_STYLES = compact(STYLES);
    private static final byte[] NUMBERING = resource("docx-numbering.xml");

    private DocxStyles() {
    }

    /** Defines every style and the list numbering in a new document; compact for one-page templates. */
    static void install(XWPFDocument doc, boolean compact) {
        try {
            byte[] styles = compact ? COMPACT_STYLES : STYLES;
            doc.createStyles().setStyles(StylesDocument.Factory.parse(new ByteArrayInputStream(styles)).getStyles());
            doc.createNumbering().setNumbering(
                    NumberingDocument.Factory.parse(new ByteArrayInputStream(NUMBERING)).getNumbering());
        } catch (XmlException | IOException e) {
            throw new IllegalStateException("The bundled Word styles do not parse", e);
        }
    }

    /** The paragraph style for a heading or paragraph element: by element, then by its first known class. */
    static String paragraphStyle(Element element) {
        String heading = HEADINGS.get(Xhtml.name(element));
        if (heading != null) {
            return heading;
        }
        for (String cls : element.getAttribute("class").split("\\s+")) {
            String style = PARAGRAPH_CLASSES.get(cls);
            if (style != null) {
                return style;
            }
        }
        return NORMAL;
    }

    private static byte[] compact(byte[] styles) {
        String xml = new String(styles, StandardCharsets.UTF_8);
        xml = SIZE.matcher(xml).replaceAll(m ->
                "w:" + m.group(1) + " w:val=\"" + Math.round(Integer.parseInt(m.group(2)) * 0.82) + "\"");
        xml = SPACING.matcher(xml).replaceAll(m -> "w:" + m.group(1) + "=\"" + Integer.parseInt(m.group(2)) / 3 + "\"");
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) {
        try (InputStream in = DocxStyles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing beside " + DocxStyles.class.getName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
