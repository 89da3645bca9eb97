package org.parley.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One article as a JSON object ({@code .json}, or one line of a {@code .jsonl}): {@code title},
 * {@code body} or {@code text}, {@code date}, {@code source}, {@code url}. The article text is the
 * title, a blank line and the body.
 */
final class JsonFormat {

    /** Trailing text after the object ("{...} garbage") is malformed JSON, not ignored. */
    private static final ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private JsonFormat() {
    }

    static Article parse(String doc, String json) throws ArticleRejectedException {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            // a limit exceeded (nesting deeper than 1,000 levels) has no location
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new ArticleRejectedException(doc, "malformed JSON: " + e.getOriginalMessage() + where);
        }
        if (node == null || !node.isObject()) {
            throw new ArticleRejectedException(doc, "malformed JSON: expected one object with title and body");
        }
        String body = text(node, "body", "text", "content");
        if (body == null) {
            throw new ArticleRejectedException(doc, "no article text (no \"body\" or \"text\" field)");
        }
        String title = text(node, "title", "headline");
        if (title == null) {
            title = firstLine(body);
        }
        title = title.strip().replaceAll("\\s+", " ");
        String text = title + "\n\n" + body;
        return new Article(doc, title, text, title.length() + 2,
                ArticleDates.parse(text(node, "date", "published", "publication_date")),
                text(node, "source", "outlet", "publisher"), text(node, "url", "link"));
    }

    private static String text(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null && value.isTextual() && !value.asText().isBlank()) {
                return value.asText();
            }
        }
        return null;
    }

    private static String firstLine(String body) {
        String line = body.strip().lines().findFirst().orElse("");
        return line.length() <= 120 ? line : line.substring(0, 120);
    }
}
