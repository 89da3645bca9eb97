package org.parley.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.parley.article.Furniture.Kind;

/** Invented pages in the style of real outlets, each paragraph flagged or left as the story. */
class PageFurnitureTest {

    private static final String TITLE = "Envoys of Ostrland and Valmora meet in Geneva";
    private static final String PROSE_1 = "Foreign ministers of Ostrland and Valmora met in Geneva on Tuesday for"
            + " a third round of talks on the disputed border region.";
    private static final String PROSE_2 = "Ostrland's foreign minister Piet Varga said his government would not"
            + " give up its claim, but that a joint commission could be set up before the winter.";
    private static final String PROSE_3 = "The Valmoran delegation, led by deputy minister Ilse Korr, left the"
            + " building without speaking to reporters.";

    private static Article article(String body) {
        return new Article("test.txt", TITLE, TITLE + "\n\n" + body, TITLE.length() + 2, null, null, null);
    }

    /** Each flagged paragraph as "KIND text", its text cut from the article by its span. */
    private static List<String> flagged(String body) {
        Article a = article(body);
        return PageFurniture.of(a).stream().map(f -> f.kind() + " " + a.text().substring(f.start(), f.end())).toList();
    }

    private static String page(String... paragraphs) {
        return String.join("\n\n", paragraphs);
    }

    @Test
    void dailyMailBylineTimesCaptionAndShareLine() {
        String body = page("By JANE MARLOW FOR MAILONLINE",
                "Published: 10:34 BST, 9 September 2020 | Updated: 11:02 BST, 9 September 2020",
                PROSE_1,
                "Ostrland's foreign minister Piet Varga (left) shakes hands with his Valmoran counterpart in Geneva",
                PROSE_2, PROSE_3,
                "Share or comment on this article");
        assertEquals(List.of("BYLINE By JANE MARLOW FOR MAILONLINE",
                "TIMESTAMP Published: 10:34 BST, 9 September 2020 | Updated: 11:02 BST, 9 September 2020",
                "CAPTION Ostrland's foreign minister Piet Varga (left) shakes hands with his Valmoran counterpart in Geneva",
                "PROMPT Share or comment on this article"), flagged(body));
    }

    @Test
    void dailyMailPageChrome() {
        String body = page("Scroll down for video", "Commentary by Jane Marlow for The Daily Mail", PROSE_1,
                "MailOnline may earn commission on sales from the links on this page.", "Buy now", PROSE_2,
                "More to follow.", "For confidential support call the Helpline on 116 123 or visit www.example.org",
                "View  comments", "Now share your opinion");
        assertEquals(List.of("NAVIGATION Scroll down for video",
                "BYLINE Commentary by Jane Marlow for The Daily Mail",
                "ADVERT MailOnline may earn commission on sales from the links on this page.", "ADVERT Buy now",
                "NAVIGATION More to follow.",
                "PROMPT For confidential support call the Helpline on 116 123 or visit www.example.org",
                "NAVIGATION View  comments", "PROMPT Now share your opinion"), flagged(body));
    }

    @Test
    void timeStampsAreDatesAndTimesOnly() {
        String body = page("Updated 14:02 GMT", "Last updated on 9 September 2020", "9:05 p.m.",
                "Mon 9 Sep 2020 10.34 BST", PROSE_1, "Published by Valmora University Press in 1998.",
                "Updated figures from the ministry showed 4,000 crossings in March.", "Friday 9 September: Varga flies",
                PROSE_2);
        assertEquals(List.of("TIMESTAMP Updated 14:02 GMT", "TIMESTAMP Last updated on 9 September 2020",
                "TIMESTAMP 9:05 p.m.", "TIMESTAMP Mon 9 Sep 2020 10.34 BST"), flagged(body));
    }

    @Test
    void spansAreTheParagraphWithoutItsSurroundingBlanks() {
        String body = PROSE_1 + "\n \tBy Daily Mail Reporter  \r\n" + PROSE_2;
        Article a = article(body);
        int start = a.text().indexOf("By Daily");
        assertEquals(List.of(new Furniture(start, start + "By Daily Mail Reporter".length(), Kind.BYLINE)),
                PageFurniture.of(a));
    }

    @Test
    void bbcBylineCreditCaptionAndRelatedLists() {
        String body = page("Lena Hart, Diplomatic correspondent", "Published 3 hours ago",
                "Image source, Getty Images", "Image caption, Varga said the talks had been \"difficult but useful\"",
                PROSE_1, PROSE_2, PROSE_3,
                "Related Topics", "Ostrland", "Valmora",
                "More on this story", "Envoys to meet again in Doha", "Published 2 days ago");
        assertEquals(List.of("BYLINE Lena Hart, Diplomatic correspondent", "TIMESTAMP Published 3 hours ago",
                "CREDIT Image source, Getty Images",
                "CAPTION Image caption, Varga said the talks had been \"difficult but useful\"",
                "RELATED Related Topics", "RELATED Ostrland", "RELATED Valmora",
                "RELATED More on this story", "RELATED Envoys to meet again in Doha",
                "TIMESTAMP Published 2 days ago"), flagged(body));
    }

    @Test
    void wireCreditsAndCopyright() {
        String body = page("(AFP via Getty Images)", PROSE_1, "Photo: Reuters/John Doe", PROSE_2,
                "Reporting by Ana Ruiz in Valmora; Additional reporting by Tom Bell; Editing by Kate Moss",
                "Copyright 2020 The Associated Press. All rights reserved. This material may not be published,"
                        + " broadcast, rewritten or redistributed.");
        assertEquals(List.of("CREDIT (AFP via Getty Images)", "CREDIT Photo: Reuters/John Doe",
                "BYLINE Reporting by Ana Ruiz in Valmora; Additional reporting by Tom Bell; Editing by Kate Moss",
                "CREDIT Copyright 2020 The Associated Press. All rights reserved. This material may not be published,"
                        + " broadcast, rewritten or redistributed."), flagged(body));
    }

    @Test
    void cookieBannerAndItsButtons() {
        String body = page("We use cookies to improve your experience on our site.",
                "By continuing you agree to our privacy policy.", "Accept all", "Manage preferences", PROSE_1);
        assertEquals(List.of("COOKIES_PRIVACY We use cookies to improve your experience on our site.",
                "COOKIES_PRIVACY By continuing you agree to our privacy policy.", "COOKIES_PRIVACY Accept all",
                "COOKIES_PRIVACY Manage preferences"), flagged(body));
    }

    @Test
    void navigationAndLivePageControls() {
        String body = page("Skip to content", "Home | News | World | Sport", "Show key events only",
                "Posted at 14:02", PROSE_1, "Home > World > Europe");
        assertEquals(List.of("NAVIGATION Skip to content", "NAVIGATION Home | News | World | Sport",
                "NAVIGATION Show key events only", "TIMESTAMP Posted at 14:02", "NAVIGATION Home > World > Europe"),
                flagged(body));
    }

    @Test
    void newsletterFollowAndClickPrompts() {
        String body = page(PROSE_1, "Sign up to First Edition, our free daily newsletter",
                "Follow us on Twitter @valmoranews", "Click here to read more", PROSE_2,
                "Have you been affected by the border closure? Email tips@example.com", "https://example.com/talks");
        assertEquals(List.of("PROMPT Sign up to First Edition, our free daily newsletter",
                "PROMPT Follow us on Twitter @valmoranews", "PROMPT Click here to read more",
                "PROMPT Have you been affected by the border closure? Email tips@example.com",
                "PROMPT https://example.com/talks"), flagged(body));
    }

    @Test
    void readMoreLinksAndRelatedHeadlineBullets() {
        String body = page(PROSE_1, "READ MORE: Valmora recalls its ambassador from Ostrland", PROSE_2,
                "Related:", "• Border talks stall as winter nears", "• Varga says Valmora must compromise", PROSE_3);
        assertEquals(List.of("RELATED READ MORE: Valmora recalls its ambassador from Ostrland", "RELATED Related:",
                "RELATED • Border talks stall as winter nears", "RELATED • Varga says Valmora must compromise"),
                flagged(body));
    }

    @Test
    void timelineAndFactBoxEndAtTheNextProse() {
        String body = page(PROSE_1, "Timeline: the road to Geneva", "2019: Valmora closes the border crossing at Tarn",
                "March 2020 - First round of talks in Oslo ends without agreement", PROSE_2,
                "Key facts", "Capital: Valmora City", "Population: 4.2 million", PROSE_3);
        assertEquals(List.of("BOX Timeline: the road to Geneva", "BOX 2019: Valmora closes the border crossing at Tarn",
                "BOX March 2020 - First round of talks in Oslo ends without agreement", "BOX Key facts",
                "BOX Capital: Valmora City", "BOX Population: 4.2 million"), flagged(body));
    }

    @Test
    void aQuoteAfterATimelineHeaderIsNotPartOfTheBox() {
        String body = page(PROSE_1, "Timeline", "'We will never give up Tarn,' Varga said.", PROSE_2);
        assertEquals(List.of("BOX Timeline"), flagged(body));
    }

    @Test
    void anotherStoryAfterInOtherNewsRunsToTheEnd() {
        String body = page(PROSE_1, PROSE_2, "In other news, a famous singer has announced a world tour.",
                "The singer said tickets would go on sale on Friday.");
        assertEquals(List.of("OTHER_STORY In other news, a famous singer has announced a world tour.",
                "OTHER_STORY The singer said tickets would go on sale on Friday."), flagged(body));
    }

    @Test
    void mostReadBlockAndAdvertsEndAtTheNextProse() {
        String body = page(PROSE_1, "Advertisement", PROSE_2, "Most read", "1. Singer announces world tour",
                "2. Storm closes airports across the north", PROSE_3, "Around the web", "Ten tricks for a tidy garden",
                "Story continues below advertisement");
        assertEquals(List.of("ADVERT Advertisement", "OTHER_STORY Most read", "OTHER_STORY 1. Singer announces world tour",
                "OTHER_STORY 2. Storm closes airports across the north", "ADVERT Around the web",
                "ADVERT Ten tricks for a tidy garden", "ADVERT Story continues below advertisement"), flagged(body));
    }

    @Test
    void embeddedPostCredits() {
        String body = page(PROSE_1, "A post shared by Ilse Korr (@ilsekorr) on Sep 2, 2020 at 7:51am PDT", PROSE_2,
                "— Piet Varga (@pietvarga) September 9, 2020", PROSE_3);
        assertEquals(List.of("CREDIT A post shared by Ilse Korr (@ilsekorr) on Sep 2, 2020 at 7:51am PDT",
                "CREDIT — Piet Varga (@pietvarga) September 9, 2020"), flagged(body));
    }

    @Test
    void theConsentFrameAroundAnEmbeddedPostGoesButThePostStays() {
        String body = page(PROSE_1, "Skip twitter post by Piet Varga", "Allow Twitter content?",
                "This article contains content provided by Twitter. We ask for your permission before anything is"
                        + " loaded, as they may be using cookies and other technologies. You may want to read Twitter's"
                        + " cookie policy and privacy policy before accepting. To view this content choose 'Accept and"
                        + " continue'.",
                "Accept and continue", "Valmora will never give up Tarn. We stand with our people.",
                "The HBC is not responsible for the content of external sites.", "End of twitter post by Piet Varga",
                PROSE_2);
        assertEquals(List.of("NAVIGATION Skip twitter post by Piet Varga", "COOKIES_PRIVACY Allow Twitter content?",
                "COOKIES_PRIVACY This article contains content provided by Twitter. We ask for your permission before"
                        + " anything is loaded, as they may be using cookies and other technologies. You may want to"
                        + " read Twitter's cookie policy and privacy policy before accepting. To view this content"
                        + " choose 'Accept and continue'.",
                "COOKIES_PRIVACY Accept and continue",
                "NAVIGATION The HBC is not responsible for the content of external sites.",
                "NAVIGATION End of twitter post by Piet Varga"), flagged(body));
    }

    @Test
    void lessCommonShapesOfEachKind() {
        String body = page("By Jane Marlow   Updated:  01:45, 5 January 2012",
                "Our partners collect personal data to show you adverts that fit your interests.",
                "This video can not be played", "Sponsored by Valmora Tourism", PROSE_1,
                "Download the HBC News app", "Like us on Facebook", "Subscribe here", PROSE_2,
                "Former Valmoran minister Piet Varga (PA) at the Geneva talks on Tuesday", PROSE_3);
        assertEquals(List.of("BYLINE By Jane Marlow   Updated:  01:45, 5 January 2012",
                "COOKIES_PRIVACY Our partners collect personal data to show you adverts that fit your interests.",
                "NAVIGATION This video can not be played", "ADVERT Sponsored by Valmora Tourism",
                "PROMPT Download the HBC News app", "PROMPT Like us on Facebook", "PROMPT Subscribe here",
                "CAPTION Former Valmoran minister Piet Varga (PA) at the Geneva talks on Tuesday"), flagged(body));
    }

    @Test
    void sentencesThatMerelyMentionFurnitureWordsStay() {
        String body = page("Millions of Brits sign up to the app, the minister said.",
                "Zakharova said Berlin had violated privacy.",
                "Sign up to get upgrades, early check-in and late check-out at the border hotels.",
                "Follow the money, the prosecutor told the court.",
                "By Tuesday, negotiators had agreed on a draft text.",
                "Published in 1913, the treaty still governs the river.",
                "Updated guidance from the ministry urged travellers to avoid the border.",
                "The newsletter of the opposition party called for a boycott of the talks.",
                "Users who do not accept cookies will lose access to the portal, the regulator said.",
                "'We value your privacy,' a spokesman for the network said.",
                "By clicking on a link in the message, officials were exposed to malware.",
                "Share prices in Valmora rose sharply after the talks.",
                "Timeline for a withdrawal remains unclear, officials said.",
                "Image: a photo of the minister with the envoy circulated widely online.",
                "Home secretary Ana Ruiz said the talks would resume.",
                "Subscribers to the state newspaper were told to expect a statement.");
        assertEquals(List.of(), flagged(body));
    }

    @Test
    void captionsAreRareOutsideProse() {
        // given a last paragraph and a subheading without a stop, and a caption among too little prose
        String prose = page(PROSE_1, "What happens next", PROSE_2, PROSE_3, "Varga will fly back to Ostrland on Friday");
        String thin = page(PROSE_1, "Piet Varga arrives for the talks in Geneva on Tuesday morning", PROSE_2);
        // then
        assertEquals(List.of(), flagged(prose));
        assertEquals(List.of(), flagged(thin));
    }

    @Test
    void captionsAreMarkedButNotDropped() {
        Article a = article(page("By Daily Mail Reporter", PROSE_1,
                "Piet Varga arrives for the talks in Geneva on Tuesday morning", PROSE_2, PROSE_3, "Advertisement"));
        List<Furniture> all = PageFurniture.of(a);
        assertEquals(List.of(Kind.BYLINE, Kind.CAPTION, Kind.ADVERT), all.stream().map(Furniture::kind).toList());
        assertEquals(List.of(Kind.BYLINE, Kind.ADVERT),
                PageFurniture.dropped(a).stream().map(Furniture::kind).toList());
        assertEquals(Map.of(Kind.BYLINE, 1, Kind.ADVERT, 1), PageFurniture.droppedByKind(a));
        assertFalse(Kind.CAPTION.dropped());
        assertTrue(Kind.OTHER_STORY.dropped());
    }

    @Test
    void theTitleIsNeverFurniture() {
        Article a = new Article("t.txt", "Advertisement", "Advertisement\n\n" + PROSE_1, 15, null, null, null);
        assertEquals(List.of(), PageFurniture.of(a));
    }

    @Test
    void coversOnlyStretchesInsideOneParagraph() {
        List<Furniture> paragraphs = List.of(new Furniture(10, 20, Kind.BYLINE), new Furniture(30, 40, Kind.CREDIT));
        assertTrue(PageFurniture.covers(paragraphs, 10, 20));
        assertTrue(PageFurniture.covers(paragraphs, 32, 35));
        assertFalse(PageFurniture.covers(paragraphs, 15, 31));
        assertFalse(PageFurniture.covers(paragraphs, 5, 12));
        assertFalse(PageFurniture.covers(paragraphs, 20, 25));
        assertFalse(PageFurniture.covers(List.of(), 0, 1));
    }
}
