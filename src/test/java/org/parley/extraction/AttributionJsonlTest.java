package org.parley.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.article.Article;

/** The exchange format's offsets are code points, whatever lies before the span. */
class AttributionJsonlTest {

    private static Article article(String text) {
        return new Article("a.txt", "T", text, 3, null, null, null);
    }

    private static Attribution at(String text, String content) {
        int start = text.indexOf(content);
        Span span = new Span(start, start + content.length());
        return new Attribution(Kind.INDIRECT, span, null, null, null, null, null);
    }

    @Test
    void offsetsOfAPlainTextAreItsIndices() {
        String text = "T\n\nLopez said the border was closed.";
        String line = AttributionJsonl.line(article(text), at(text, "the border"));
        assertEquals("{\"doc\":\"a.txt\",\"kind\":\"indirect\",\"content\":[14,24],\"cue\":null,\"source\":null,"
                + "\"speaker\":null,\"party\":null}", line);
    }

    @Test
    void aSurrogatePairBeforeTheSpanCountsOnce() {
        String text = "T\n\n\uD83D\uDE00 Lopez said the border was closed.";
        StringBuilder out = new StringBuilder();
        AttributionJsonl.appendAll(out, article(text), List.of(at(text, "the border")));
        // the emoji is two UTF-16 units but one code point: the span starts at 16, not 17
        assertEquals("{\"doc\":\"a.txt\",\"kind\":\"indirect\",\"content\":[16,26],\"cue\":null,\"source\":null,"
                + "\"speaker\":null,\"party\":null}\n", out.toString());
    }
}
