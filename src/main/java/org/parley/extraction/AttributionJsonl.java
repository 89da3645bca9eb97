package org.parley.extraction;

import java.util.List;

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
        StringBuilder line = new StringBuilder(160);
        append(line, article, CodePoints.of(article.text()), a);
        return line.toString();
    }

    /** The lines of all the attributions of one article, each ended by a line feed. */
    public static void appendAll(StringBuilder out, Article article, List<Attribution> attributions) {
        CodePoints points = CodePoints.of(article.text());
        for (Attribution a : attributions) {
            append(out, article, points, a);
            out.append('\n');
        }
    }

    private static void append(StringBuilder line, Article article, CodePoints points, Attribution a) {
        line.append("{\"doc\":");
        string(line, article.doc());
        line.append(",\"kind\":\"").append(a.kind().json()).append('"');
        line.append(",\"content\":");
        span(line, points, a.content());
        line.append(",\"cue\":");
        span(line, points, a.cue());
        line.append(",\"source\":");
        span(line, points, a.source());
        line.append(",\"speaker\":");
        string(line, a.speaker());
        line.append(",\"party\":");
        string(line, a.party());
        line.append('}');
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

    private static void span(StringBuilder line, CodePoints points, Span span) {
        if (span == null) {
            line.append("null");
            return;
        }
        line.append('[').append(points.at(span.start())).append(',').append(points.at(span.end())).append(']');
    }

    /**
     * UTF-16 index to code point index for one text, counted once rather than from the start for
     * every offset: identity when the text has no surrogate pairs, as almost every article.
     */
    private record CodePoints(int[] before) {

        static CodePoints of(String text) {
            int n = text.length();
            if (text.codePointCount(0, n) == n) {
                return new CodePoints(null);
            }
            int[] before = new int[n + 1];
            int count = 0;
            for (int k = 0; k < n; k++) {
                before[k] = count;
                if (!(Character.isLowSurrogate(text.charAt(k)) && k > 0 && Character.isHighSurrogate(text.charAt(k - 1)))) {
                    count++;
                }
            }
            before[n] = count;
            return new CodePoints(before);
        }

        int at(int index) {
            return before == null ? index : before[index];
        }
    }
}
