package org.parley.article;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The part of a news page a reader reads as the story: the page without its chrome (cookie and
 * consent banners, share bars, newsletter boxes, related and promoted links, adverts), then its
 * main content: the article body ({@code [itemprop=articleBody]}), else the largest
 * {@code article}, else {@code main}, else the block with the most paragraph text.
 */
final class HtmlBody {

    /** Words in an element's id or class that name page chrome. */
    private static final List<String> CHROME = List.of("cookie", "consent", "gdpr", "banner", "newsletter", "share",
            "social", "related", "promo", "sponsor", "outbrain", "taboola");
    /** Whole words of an id or class that name an advert ("ad-slot", "ads", "advert"). */
    private static final Set<String> ADVERTS = Set.of("ad", "ads", "advert", "adverts", "advertisement", "adslot",
            "adunit", "adsbygoogle", "adcontainer", "adwrapper", "dfp");

    private HtmlBody() {
    }

    /** The element holding the page's story, with the chrome inside it taken out; the page body when none is found. */
    static Element of(Document page) {
        removeChrome(page);
        Element content = largest(page.select("[itemprop=articleBody]"));
        if (content == null) {
            content = largest(page.select("article"));
        }
        if (content == null) {
            content = largest(page.select("main"));
        }
        return content != null ? content : densest(page);
    }

    /**
     * Removes the elements whose id or class name chrome, unless they hold the story: the article,
     * the main content, an embedded post, or half the page's paragraph text.
     */
    private static void removeChrome(Document page) {
        int total = textOf(page.select("p"));
        for (Element e : page.select("[class], [id]")) {
            if (e.parent() != null && isChrome(e) && !holdsStory(e, total)) {
                e.remove();
            }
        }
    }

    private static boolean isChrome(Element e) {
        String names = (e.id() + " " + e.className()).toLowerCase(Locale.ROOT);
        for (String word : CHROME) {
            if (names.contains(word)) {
                return true;
            }
        }
        for (String token : names.split("[^a-z0-9]+")) {
            if (ADVERTS.contains(token) || token.startsWith("advert")) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsStory(Element e, int total) {
        String tag = e.normalName();
        return tag.equals("html") || tag.equals("body") || tag.equals("main") || tag.equals("article")
                || e.hasAttr("itemprop") && e.attr("itemprop").equals("articleBody")
                || !e.select("article, main, [itemprop=articleBody], blockquote").isEmpty()
                || total > 0 && 2 * textOf(e.select("p")) >= total;
    }

    /** The candidate with the most paragraph text, or null when none has any. */
    private static Element largest(Elements candidates) {
        Element best = null;
        int most = 0;
        for (Element e : candidates) {
            int text = textOf(e.select("p"));
            if (text > most) {
                best = e;
                most = text;
            }
        }
        return best;
    }

    /** The element whose paragraphs (and, at half weight, its children's) hold the most text. */
    private static Element densest(Document page) {
        Map<Element, Integer> score = new HashMap<>();
        for (Element p : page.select("p")) {
            int text = p.text().length();
            Element parent = p.parent();
            if (parent != null) {
                score.merge(parent, text, Integer::sum);
                if (parent.parent() != null) {
                    score.merge(parent.parent(), text / 2, Integer::sum);
                }
            }
        }
        return score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(page.body());
    }

    private static int textOf(Elements paragraphs) {
        int n = 0;
        for (Element p : paragraphs) {
            n += p.text().length();
        }
        return n;
    }
}
