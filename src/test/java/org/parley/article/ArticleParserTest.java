package org.parley.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.parley.article.ArticleEntry.Format;

class ArticleParserTest {

    private static final String BODY = "Negotiators met for four hours on Monday. ".repeat(8);
    private final ArticleParser parser = new ArticleParser();

    private Article parse(String doc, Format format, String text) throws ArticleRejectedException {
        return parser.parse(doc, format, text.getBytes(StandardCharsets.UTF_8));
    }

    private String reject(String doc, Format format, byte[] bytes) {
        return assertThrows(ArticleRejectedException.class, () -> parser.parse(doc, format, bytes)).reason();
    }

    @Test
    void txtKeepsFrontMatterInTheTextAndOffsetsTrue() throws Exception {
        String text = "---\ndate: 2026-03-09\nsource: Meridian Wire\nurl: https://m.example/a\n---\nTalks end\n\n" + BODY;
        Article a = parse("a.txt", Format.TXT, text);
        assertEquals(text, a.text());
        assertEquals("Talks end", a.title());
        assertEquals(LocalDate.of(2026, 3, 9), a.date());
        assertEquals("Meridian Wire", a.outlet());
        assertEquals("https://m.example/a", a.url());
        assertEquals(BODY, a.body());
    }

    @Test
    void txtWithoutFrontMatterIsTitleBlankLineBody() throws Exception {
        Article a = parse("b.txt", Format.TXT, "Headline here\n\n" + BODY);
        assertEquals("Headline here", a.title());
        assertEquals(15, a.bodyStart());
        assertNull(a.date());
        assertNull(a.outlet());
    }

    @Test
    void markdownTakesTheFirstHeadingAsTitle() throws Exception {
        Article a = parse("c.md", Format.MD, "---\ndate: March 10, 2026\n---\n# The *title*\n\n" + BODY);
        assertEquals("The *title*", a.title());
        assertEquals(LocalDate.of(2026, 3, 10), a.date());
        assertTrue(a.body().startsWith("Negotiators"));
    }

    @Test
    void jsonBuildsTitleBlankLineBody() throws Exception {
        Article a = parse("d.json", Format.JSON,
                "{\"title\": \"T\", \"text\": \"" + BODY + "\", \"date\": \"2026-03-11T08:00:00Z\", \"source\": \"HBC\"}");
        assertEquals("T\n\n" + BODY, a.text());
        assertEquals(3, a.bodyStart());
        assertEquals(LocalDate.of(2026, 3, 11), a.date());
        assertEquals("HBC", a.outlet());
    }

    @Test
    void htmlTakesMetadataAndArticleParagraphsOnly() throws Exception {
        String html = "<html><head><title>Site | T</title><meta property=\"og:title\" content=\"Real title\">"
                + "<meta property=\"og:site_name\" content=\"HBC News\">"
                + "<meta property=\"article:published_time\" content=\"2026-03-09T18:00:00+01:00\">"
                + "<link rel=\"canonical\" href=\"https://hbc.example/x\"></head><body><nav><p>Home | World</p></nav>"
                + "<article><h1>Real title</h1><p>" + BODY + "</p><aside><p>Read more</p></aside><p>Second.</p></article>"
                + "<footer><p>Copyright</p></footer></body></html>";
        Article a = parse("e.html", Format.HTML, html);
        assertEquals("Real title", a.title());
        assertEquals("HBC News", a.outlet());
        assertEquals("https://hbc.example/x", a.url());
        assertEquals(LocalDate.of(2026, 3, 9), a.date());
        assertEquals(BODY.strip() + "\n\nSecond.", a.body());
    }

    @Test
    void rejectsWithReasons() {
        assertEquals("empty", reject("x.txt", Format.TXT, "  \n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("binary content, not text", reject("x.txt", Format.TXT, new byte[] {'a', 0, 'b', 1, 2}));
        assertTrue(reject("x.txt", Format.TXT, new byte[] {'a', 'b', (byte) 0xC3, '(', 'c'})
                .startsWith("not valid UTF-8"));
        assertTrue(reject("x.json", Format.JSON, "{\"title\": ".getBytes(StandardCharsets.UTF_8))
                .startsWith("malformed JSON"));
        assertTrue(reject("x.txt", Format.TXT, "Title\n\nToo short.".getBytes(StandardCharsets.UTF_8))
                .startsWith("no article text (10 characters of body"));
        assertEquals("over 5 MB (5242881 bytes)", reject("x.txt", Format.TXT, new byte[ArticleParser.MAX_BYTES + 1]));
    }

    @Test
    void aNulByteAnywhereTrailingJsonAndJsonNestedTooDeepAreRejectedWithTheirReason() {
        byte[] text = ("Title\n\n" + BODY.repeat(30) + "\u0000tail").getBytes(StandardCharsets.UTF_8);
        assertTrue(reject("x.txt", Format.TXT, text).startsWith("a NUL byte at byte "), "past the first 8 KB too");
        String json = "{\"title\": \"T\", \"body\": \"" + BODY + "\"}";
        assertTrue(reject("x.json", Format.JSON, (json + " garbage").getBytes(StandardCharsets.UTF_8))
                .startsWith("malformed JSON"));
        String deep = "{\"title\": \"T\", \"body\": \"" + BODY + "\", \"x\": " + "[".repeat(1500) + "]".repeat(1500) + "}";
        assertTrue(reject("x.json", Format.JSON, deep.getBytes(StandardCharsets.UTF_8)).startsWith("malformed JSON"));
    }

    @Test
    void aTitleSourceUrlOrNameLongerThanTheStoreKeepsIsRejectedWithItsLength() {
        String longTitle = "T".repeat(4001);
        assertEquals("a title of 4001 characters (at most 4000)",
                reject("x.json", Format.JSON, ("{\"title\": \"" + longTitle + "\", \"body\": \"" + BODY + "\"}")
                        .getBytes(StandardCharsets.UTF_8)));
        assertEquals("a source of 501 characters (at most 500)", reject("x.txt", Format.TXT,
                ("---\nsource: " + "S".repeat(501) + "\n---\nTitle\n\n" + BODY).getBytes(StandardCharsets.UTF_8)));
        assertEquals("a url of 2001 characters (at most 2000)", reject("x.json", Format.JSON,
                ("{\"title\": \"T\", \"url\": \"" + "u".repeat(2001) + "\", \"body\": \"" + BODY + "\"}")
                        .getBytes(StandardCharsets.UTF_8)));
        String name = "d/".repeat(500) + "x.txt";
        ArticleEntry entry = new ArticleEntry(name, Format.TXT, 10, new ArticleEntry.Refused("never read"));
        assertEquals("a name of 1005 characters (at most 1000)",
                assertThrows(ArticleRejectedException.class, () -> parser.parse(entry)).reason());
    }

    @Test
    void htmlWithoutArticleTextIsRejected() {
        byte[] page = "<html><head><title>Login</title></head><body><form><p>Sign in</p></form></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        assertTrue(reject("login.html", Format.HTML, page).startsWith("no article text (0 characters"));
    }
}
