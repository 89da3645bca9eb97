package org.parley.render;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The document properties a template declares in its XHTML head, so that both formats carry the same:
 * {@code <title>} and {@code <meta name="author|subject|keywords|creator|created">}.
 *
 * @param title    the title, or ""
 * @param author   the author, or ""
 * @param subject  the subject, or ""
 * @param keywords the keywords, or ""
 * @param creator  the application that made it, or ""
 * @param created  when it was made (ISO-8601 in {@code created}), or null; documents take their
 *                 dates from here, never from the clock, so that equal input gives equal files
 * @param language the document's language, the {@code lang} of {@code <html>} ("en"), or ""
 */
record DocumentMeta(String title, String author, String subject, String keywords, String creator, Instant created,
                    String language) {

    static DocumentMeta of(Document dom) {
        Element head = Xhtml.first(dom.getDocumentElement(), "head");
        String language = dom.getDocumentElement().getAttribute("lang").strip();
        if (head == null) {
            return new DocumentMeta("", "", "", "", "", null, language);
        }
        Element title = Xhtml.first(head, "title");
        return new DocumentMeta(title == null ? "" : title.getTextContent().strip(), meta(head, "author"),
                meta(head, "subject"), meta(head, "keywords"), meta(head, "creator"), instant(meta(head, "created")),
                language);
    }

    private static String meta(Element head, String name) {
        for (Element e : Xhtml.children(head)) {
            if (Xhtml.name(e).equals("meta") && e.getAttribute("name").equals(name)) {
                return e.getAttribute("content").strip();
            }
        }
        return "";
    }

    private static Instant instant(String iso) {
        try {
            return iso.isEmpty() ? null : Instant.parse(iso);
        } catch (DateTimeParseException e) {
            throw new RenderException("meta \"created\" is not an ISO-8601 instant: " + iso, e);
        }
    }
}
