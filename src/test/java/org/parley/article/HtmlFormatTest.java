package org.parley.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Invented news pages: the body is what a reader reads as the story, whatever the page puts around it. */
class HtmlFormatTest {

    private static final String P1 = "Envoys of Ostrland and Valmora met in Geneva on Tuesday for a third round of talks.";
    private static final String P2 = "Piet Varga said his government was ready to set up a joint border commission.";
    private static final String P3 = "The Valmoran delegation left without speaking to reporters.";

    private static String body(String html) throws ArticleRejectedException {
        return HtmlFormat.parse("page.html", html).body();
    }

    private static String head() {
        return "<html><head><title>Talks | Site</title><meta property=\"og:title\" content=\"Talks in Geneva\">"
                + "<script>var consent = true;</script><style>p { color: red }</style></head>";
    }

    @Test
    void chromeAroundAndInsideTheArticleIsLeftOut() throws Exception {
        String html = head() + "<body class=\"cookie-banner-visible\">"
                + "<div id=\"cookie-banner\"><p>We use cookies to improve your experience.</p>"
                + "<button>Accept all</button></div>"
                + "<header><p>Home | News | World</p></header><nav><p>Sport</p></nav>"
                + "<article><h1>Talks in Geneva</h1><p>" + P1 + "</p>"
                + "<figure><img src=\"a.jpg\"><figcaption>Piet Varga in Geneva <span>Image: Getty Images</span>"
                + "</figcaption></figure>"
                + "<div class=\"ad-slot\"><p>Advertisement</p></div>"
                + "<p>" + P2 + "</p>"
                + "<div class=\"newsletter-signup\"><p>Sign up for our daily newsletter</p></div>"
                + "<div class=\"share-tools\"><p>Share this article</p></div>"
                + "<div class=\"related-links\"><p>Valmora recalls its ambassador</p></div>"
                + "<div class=\"promo-box\"><p>Try our new app</p></div>"
                + "<form><p>Leave a comment</p></form>"
                + "<p>" + P3 + "</p></article>"
                + "<aside><p>Most read</p></aside><footer><p>Copyright 2020 Site. All rights reserved.</p></footer>"
                + "<script>track();</script></body></html>";
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, body(html));
    }

    @Test
    void theArticleBodyWinsOverTheArticleAroundIt() throws Exception {
        String html = head() + "<body><article><p>Posted by the news desk on the live page of the day.</p>"
                + "<div itemprop=\"articleBody\"><p>" + P1 + "</p><p>" + P2 + "</p></div></article></body></html>";
        assertEquals(P1 + "\n\n" + P2, body(html));
    }

    @Test
    void theLargestArticleWinsOverTeasers() throws Exception {
        String html = head() + "<body><article><p>Storm closes airports.</p></article>"
                + "<article><p>" + P1 + "</p><p>" + P2 + "</p></article>"
                + "<article><p>Singer announces tour.</p></article></body></html>";
        assertEquals(P1 + "\n\n" + P2, body(html));
    }

    @Test
    void withoutArticleOrMainTheDensestBlockOfParagraphsIsTheStory() throws Exception {
        String html = head() + "<body><div><p>Weather: rain later.</p></div>"
                + "<div><div><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></div>"
                + "<div><p>Contact the newsroom.</p></div></body></html>";
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, body(html));
    }

    @Test
    void aWrapperWhoseClassMerelyMentionsChromeKeepsTheStory() throws Exception {
        String html = head() + "<body><div class=\"shared-layout\"><main><p>" + P1 + "</p>"
                + "<div class=\"social-embed\"><blockquote><p>" + P2 + "</p></blockquote></div>"
                + "<p>" + P3 + "</p></main></div></body></html>";
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, body(html));
    }

    @Test
    void headerWordsInsideOtherWordsAreNoAdverts() throws Exception {
        String html = head() + "<body><main><div class=\"lead-paragraph\"><p>" + P1 + "</p></div>"
                + "<div class=\"thread-head\"><p>" + P2 + "</p></div></main></body></html>";
        assertEquals(P1 + "\n\n" + P2, body(html));
    }
}
