package org.parley.extraction;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

import org.parley.article.Article;

/**
 * Writes attributions in the fixed exchange format: one JSON object per line, offsets
 * {@code [start, end)} in Unicode code points of the article's text. Written directly rather
 * than through a data-binding mapper: the format is small and fixed, and this runs once per
 * attribution of every article.
 */
public final class AttributionJsonl {

    private static final JsonStringEncoder ENCODER = JsonStringEncoder.getInstance();

    private AttributionJsonl() {
    }

    /** One line, without the line end. */
    public static String line(Article article, Attribution a) {
        String text = article.text();
        StringBuilder line = new StringBuilder(160);
        line.append("{\"doc\":");
        string(line, article.doc());
        line.append(",\"kind\":\"").append(a.kind().json()).append('"');
        line.append(",\"content\":");
        codePoints(line, text, a.content());
        line.append(",\"cue\":");
        codePoints(line, text, a.cue());
        line.append(",\"source\":");
        codePoints(line, text, a.source());
        line.append(",\"speaker\":");
        string(line, a.speaker());
        line.append(",\"party\":");
        string(line, a.party());
        return line.append('}').toString();
    }

    private static void string(StringBuilder line, String value) {
        if (value == null) {
            line.append("null");
        } else {
            line.append('"');
            ENCODER.quoteAsString(value, line);
            line.append('"');
        }
    }

    private static void codePoints(StringBuilder line, String text, Span span) {
        if (span == null) {
            line.append("null");
            return;
        }
        int start = text.codePointCount(0, span.start());
        int end = start + text.codePointCount(span.start(), span.end());
        line.append('[').append(start).append(',').append(end).append(']');
    }
}
