package org.parley.article;

import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A news page in HTML: the title, date, outlet and link from the page's metadata, the body from
 * the paragraphs of its main content (navigation, headers, asides, footers, figures, forms and
 * the chrome {@link HtmlBody} knows left out). The article text is the title, a blank line and
 * the paragraphs separated by blank lines.
 */
final class HtmlFormat {

    private static final String NOT_BODY = "nav, header, footer, aside, figure, form, script, style, noscript,"
            + " template, iframe, svg, button, [role=navigation], [role=complementary], [role=contentinfo]";

    private HtmlFormat() {
    }

    static Article parse(String doc, String html) throws ArticleRejectedException {
        Document page = Jsoup.parse(html);
        page.select(NOT_BODY).remove();
        String title = firstOf(meta(page, "property", "og:title"), text(page.selectFirst("article h1, h1")),
                page.title());
        if (title == null) {
            throw new ArticleRejectedException(doc, "no title (no og:title, h1 or title element)");
        }
        title = title.strip().replaceAll("\\s+", " ");
        String date = firstOf(meta(page, "property", "article:published_time"), meta(page, "name", "date"),
                meta(page, "name", "pubdate"), meta(page, "itemprop", "datePublished"),
                attr(page.selectFirst("time[datetime]"), "datetime"));
        String outlet = firstOf(meta(page, "property", "og:site_name"), meta(page, "name", "publisher"));
        String url = firstOf(attr(page.selectFirst("link[rel=canonical]"), "href"), meta(page, "property", "og:url"));
        String text = title + "\n\n" + paragraphs(HtmlBody.of(page));
        return new Article(doc, title, text, title.length() + 2, ArticleDates.parse(date), outlet, url);
    }

    private static String paragraphs(Element content) {
        return content.select("p").stream()
                .map(Element::text)
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .collect(Collectors.joining("\n\n"));
    }

    private static String meta(Document page, String attribute, String value) {
        return attr(page.selectFirst("meta[" + attribute + "=" + value + "]"), "content");
    }

    private static String attr(Element element, String name) {
        return element == null ? null : element.attr(name);
    }

    private static String text(Element element) {
        return element == null ? null : element.text();
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
