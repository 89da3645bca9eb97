package org.parley.article;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Plain text and Markdown articles: optional {@code ---} front matter ({@code date:},
 * {@code source:}, {@code url:}), a title line, then the body. Offsets stay those of the file.
 */
final class TextFormats {

    private TextFormats() {
    }

    static Article txt(String doc, String text) throws ArticleRejectedException {
        FrontMatter front = FrontMatter.read(text);
        int titleStart = skipBlankLines(text, front.end());
        if (titleStart >= text.length()) {
            throw new ArticleRejectedException(doc, "no title and no body");
        }
        int titleEnd = lineEnd(text, titleStart);
        String title = stripBom(text.substring(titleStart, titleEnd)).strip();
        int bodyStart = skipBlankLines(text, nextLine(text, titleEnd));
        return front.article(doc, title, text, bodyStart);
    }

    static Article markdown(String doc, String text) throws ArticleRejectedException {
        FrontMatter front = FrontMatter.read(text);
        int first = skipBlankLines(text, front.end());
        if (first >= text.length()) {
            throw new ArticleRejectedException(doc, "no title and no body");
        }
        int heading = findHeading(text, first);
        if (heading < 0 || heading == first) {
            int titleEnd = lineEnd(text, first);
            String title = stripBom(text.substring(first, titleEnd)).replaceFirst("^#+\\s*", "").strip();
            return front.article(doc, title, text, skipBlankLines(text, nextLine(text, titleEnd)));
        }
        String title = text.substring(heading, lineEnd(text, heading)).replaceFirst("^#\\s*", "").strip();
        return front.article(doc, title, text, first);
    }

    /** The start of the first line that is a level-one heading ({@code # Title}), or -1. */
    private static int findHeading(String text, int from) {
        for (int at = from; at < text.length(); at = nextLine(text, lineEnd(text, at))) {
            if (text.startsWith("# ", at)) {
                return at;
            }
        }
        return -1;
    }

    static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        int end = nl < 0 ? text.length() : nl;
        return end > from && text.charAt(end - 1) == '\r' ? end - 1 : end;
    }

    static int nextLine(String text, int lineEnd) {
        int nl = text.indexOf('\n', lineEnd);
        return nl < 0 ? text.length() : nl + 1;
    }

    static int skipBlankLines(String text, int from) {
        int at = from;
        while (at < text.length()) {
            int end = lineEnd(text, at);
            if (!text.substring(at, end).isBlank()) {
                return at;
            }
            at = nextLine(text, end);
        }
        return text.length();
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** Front matter between two {@code ---} lines at the very start of the file. */
    record FrontMatter(Map<String, String> fields, int end) {

        static FrontMatter read(String text) {
            int start = text.startsWith("\uFEFF") ? 1 : 0;
            if (!text.startsWith("---", start) || !text.substring(start, lineEnd(text, start)).strip().equals("---")) {
                return new FrontMatter(Map.of(), 0);
            }
            Map<String, String> fields = new LinkedHashMap<>();
            int at = nextLine(text, lineEnd(text, start));
            while (at < text.length()) {
                int end = lineEnd(text, at);
                String line = text.substring(at, end);
                if (line.strip().equals("---")) {
                    return new FrontMatter(fields, nextLine(text, end));
                }
                int colon = line.indexOf(':');
                if (colon > 0) {
                    fields.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                            unquote(line.substring(colon + 1).strip()));
                }
                at = nextLine(text, end);
            }
            return new FrontMatter(Map.of(), 0); // never closed: not front matter
        }

        Article article(String doc, String title, String text, int bodyStart) throws ArticleRejectedException {
            if (title.isEmpty()) {
                throw new ArticleRejectedException(doc, "no title");
            }
            String outlet = first("source", "outlet", "publisher");
            return new Article(doc, title, text, bodyStart,
                    ArticleDates.parse(first("date", "published")), outlet, first("url", "link"));
        }

        private String first(String... keys) {
            for (String key : keys) {
                String value = fields.get(key);
                if (value != null && !value.isBlank()) {
                    return value;
                }
            }
            return null;
        }

        private static String unquote(String value) {
            if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                    || value.startsWith("'") && value.endsWith("'"))) {
                return value.substring(1, value.length() - 1);
            }
            return value;
        }
    }
}
