package org.parley.article;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as Parley reads it: the text that every offset points into, and what is known
 * of where and when it was published.
 *
 * @param doc       the name attributions carry: the file name, {@code set.jsonl#12} for a line,
 *                  {@code set.zip!/a.txt} for a zip entry
 * @param title     the headline, never blank
 * @param text      the text offsets refer to: the file exactly as read for {@code .txt} and
 *                  {@code .md}, or the title, a blank line and the body for the other formats
 * @param bodyStart where the body starts in {@code text}
 * @param date      the publication date, or null when the article does not say
 * @param outlet    the publisher ("Reuters"), or null when unknown
 * @param url       where it was published, or null
 */
public record Article(String doc, String title, String text, int bodyStart, LocalDate date,
                      String outlet, String url) {

    public Article {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        if (bodyStart < 0 || bodyStart > text.length()) {
            throw new IllegalArgumentException("bodyStart " + bodyStart + " outside the text of " + doc);
        }
    }

    /** The body, without title or front matter. */
    public String body() {
        return text.substring(bodyStart);
    }

    /** The outlet, or the document name when the outlet is unknown. */
    public String outletOrDoc() {
        return outlet != null ? outlet : doc;
    }
}
