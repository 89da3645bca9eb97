package org.parley.extraction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.parley.article.Article;

/**
 * Writes attributions in the fixed exchange format: one JSON object per line, offsets
 * {@code [start, end)} in Unicode code points of the article's text.
 */
public final class AttributionJsonl {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AttributionJsonl() {
    }

    /** One line, without the line end. */
    public static String line(Article article, Attribution a) {
        String text = article.text();
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("doc", article.doc());
        line.put("kind", a.kind().json());
        line.put("content", codePoints(text, a.content()));
        line.put("cue", codePoints(text, a.cue()));
        line.put("source", codePoints(text, a.source()));
        line.put("speaker", a.speaker());
        line.put("party", a.party());
        try {
            return JSON.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an attribution as JSON", e);
        }
    }

    private static List<Integer> codePoints(String text, Span span) {
        if (span == null) {
            return null;
        }
        int start = text.codePointCount(0, span.start());
        return List.of(start, start + text.codePointCount(span.start(), span.end()));
    }
}
