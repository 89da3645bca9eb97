package org.parley.article;

import java.util.Set;

import org.parley.article.Furniture.Kind;

/**
 * The rules for paragraphs the page around an article adds: cookie and consent notices,
 * navigation, prompts to sign up, follow or share, and advertisement markers. Each asks for the
 * shape of furniture (a whole line from a short list, a line that starts with a marker and stays
 * short, a reader addressed as "you"), never for one word alone.
 */
final class ChromeLines {

    private static final Set<String> CONSENT_BUTTONS = Set.of("accept", "accept all", "accept cookies",
            "accept all cookies", "reject all", "reject", "allow all", "manage settings", "manage preferences",
            "manage cookies", "cookie settings", "cookie policy", "cookies policy", "privacy policy", "privacy notice",
            "terms of use", "terms and conditions", "terms of service", "i agree", "i accept", "got it",
            "do not sell my personal information", "your privacy choices", "we value your privacy");
    /** How only a site's own notice starts, whatever verbs follow. */
    private static final String[] NOTICE_STARTS = {"we use cookies", "this site uses cookies",
        "this website uses cookies", "by continuing to use", "by continuing to browse", "by clicking",
        "by using this site", "by using this website", "by using our", "we and our partners", "we value your privacy",
        "we care about your privacy"};
    private static final String[] NOTICE_TERMS = {"cookie", "privacy", "consent", "agree"};
    private static final String[] POLICIES = {"privacy policy", "privacy notice", "privacy statement",
        "privacy settings", "privacy preferences", "cookie policy", "cookies policy", "terms of use",
        "terms of service", "your privacy"};
    /** What a cookie notice, unlike a recipe, says of cookies. */
    private static final String[] COOKIE_CONTEXT = {"accept all", "accept cookies", "use cookies", "uses cookies",
        "use of cookies", "cookies on your", "cookie settings", "cookies settings", "cookie policy", "cookies policy",
        "cookie preferences", "manage cookies", "store cookies", "storing of cookies", "set cookies",
        "third-party cookies", "third party cookies", "tracking cookies", "cookies and similar", "essential cookies",
        "analytics cookies", "advertising cookies", "consent"};
    private static final String[] DATA = {"personal data", "consent", "tracking technolog", "your data"};
    private static final String[] SITE = {"we use ", "we and our partners", "our partners", "this site",
        "this website", "our site", "our website", "our use of", "by continuing", "by clicking", "by using"};
    private static final Set<String> NAVIGATION = Set.of("skip to content", "skip to main content",
            "skip to navigation", "menu", "main menu", "open menu", "close menu", "search", "sign in", "log in",
            "login", "home", "back to top", "accessibility help", "more", "show more", "load more",
            "view all", "see all", "next", "previous", "next article", "previous article", "live", "key events",
            "show key events only", "refresh", "loading", "view more on twitter", "view more on instagram",
            "view more on youtube", "view more on x", "pinned post", "copy link", "print", "comments",
            "show comments", "view comments", "jump to", "top of page");
    private static final String[] SIGN_UP_OBJECTS = {"newsletter", "newsletters", "email", "e-mail", "emails",
        "alerts", "bulletin", "briefing", "our"};
    private static final String[] PLAYER = {"video is restricted from playing", "media playback is unsupported",
        "this video can not be played", "this video cannot be played", "enable javascript", "turn on javascript",
        "your browser does not support"};
    private static final Set<String> ADVERTS = Set.of("advertisement", "advert", "ad", "ads", "sponsored",
            "sponsored content", "promoted", "promoted content", "paid content", "paid post", "partner content",
            "story continues below advertisement", "story continues below", "article continues below",
            "article continues below advertisement", "continue reading the main story", "continue reading below",
            "scroll to continue with content", "ad feedback", "advertise with us", "sponsored links");
    private static final String[] NETWORKS = {"twitter", "x", "facebook", "instagram", "tiktok", "threads",
        "linkedin", "bluesky", "youtube", "whatsapp", "telegram"};

    private ChromeLines() {
    }

    /** The kind of a paragraph that the page adds around the article, or null. */
    static Kind of(Paragraph p) {
        if (p.opensWithQuote()) {
            return null;
        }
        if (consent(p)) {
            return Kind.COOKIES_PRIVACY;
        }
        boolean exclaims = p.last() == '!' || p.last() == '?';
        if (NAVIGATION.contains(p.bare()) && !exclaims || containsAny(p.lower(), PLAYER) || menu(p)) {
            return Kind.NAVIGATION;
        }
        if (ADVERTS.contains(p.bare()) || p.startsWith("sponsored by") && p.size() <= 8) {
            return Kind.ADVERT;
        }
        return prompt(p) ? Kind.PROMPT : null;
    }

    /**
     * A consent button, or a notice in which the site speaks to its reader: of cookies to "you", of
     * "our" privacy policy, of consent and data as "we and our partners" or "by clicking".
     */
    private static boolean consent(Paragraph p) {
        if (CONSENT_BUTTONS.contains(p.bare()) || p.size() <= 120 && startsWithAny(p.lower(), NOTICE_STARTS)
                && (p.has("you") || p.has("your") || containsAny(p.lower(), NOTICE_TERMS))) {
            return true;
        }
        if (p.size() > 120 || p.reportsSpeech()) {
            return false;
        }
        boolean site = containsAny(p.lower(), SITE);
        return p.lower().contains("cookie") && (site || containsAny(p.lower(), COOKIE_CONTEXT))
                || containsAny(p.lower(), POLICIES) && (p.has("our") || p.has("we") || site)
                || containsAny(p.lower(), DATA) && site;
    }

    /** Three or more short capitalised items between pipes, arrows or bullets: "Home | News | World". */
    private static boolean menu(Paragraph p) {
        if (p.size() > 30) {
            return false;
        }
        for (String separator : new String[] {" | ", " › ", " > ", " • ", " · ", " » "}) {
            if (!p.text().contains(separator)) {
                continue;
            }
            String[] items = p.text().split(java.util.regex.Pattern.quote(separator), -1);
            if (items.length >= 3 && allShortItems(items)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allShortItems(String[] items) {
        for (String item : items) {
            String s = item.strip();
            if (s.isEmpty() || s.split("\\s+").length > 4 || !Character.isUpperCase(s.charAt(0))
                    || ".!?".indexOf(s.charAt(s.length() - 1)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Sign up, follow, share, click here, download the app, get in touch; or a bare link. */
    private static boolean prompt(Paragraph p) {
        if (p.size() > 40 || p.reportsSpeech()) {
            return false;
        }
        if (p.size() == 1 && (p.lower().contains("://") || p.lower().startsWith("www.") || p.lower().contains("@"))) {
            return true;
        }
        boolean short20 = p.size() <= 20;
        return (p.startsWith("sign up") || p.startsWith("subscribe") || p.startsWith("register"))
                        && p.size() <= 30 && (containsWord(p, SIGN_UP_OBJECTS)
                                || p.size() <= 8 && (p.has("here") || p.has("now")))
                || p.startsWith("follow") && short20 && (p.lower().contains("@") || p.word(1).equals("us")
                        || p.word(1).equals("live") || followsOn(p))
                || p.startsWith("share") && p.size() <= 15 && (p.size() == 1 || p.has("this") || p.has("article")
                        || p.has("story") || p.has("comment") || containsWord(p, NETWORKS))
                || (p.startsWith("click here") || p.startsWith("tap here") || p.startsWith("click to")
                        || p.startsWith("click the link"))
                || (p.startsWith("download the") || p.startsWith("get the") || p.startsWith("get our"))
                        && p.has("app") && short20
                || p.lower().contains("like us on facebook") || p.lower().contains("like the page")
                || p.lower().contains("like our page")
                || getInTouch(p);
    }

    /** "Follow Jane Smith on Twitter": an "on" before the name of a network. */
    private static boolean followsOn(Paragraph p) {
        for (int i = 1; i + 1 < p.size(); i++) {
            if (p.word(i).equals("on") && containsWord(p.word(i + 1), NETWORKS)) {
                return true;
            }
        }
        return false;
    }

    /** "Have you been affected? Email ...", "Get in touch", "Do you have a story? Contact ...". */
    private static boolean getInTouch(Paragraph p) {
        boolean asks = p.startsWith("have you") || p.startsWith("do you have") || p.startsWith("are you")
                || p.startsWith("got a story") || p.startsWith("get in touch") || p.startsWith("contact us")
                || p.startsWith("email us") || p.startsWith("tell us");
        return asks && (p.lower().contains("get in touch") || p.has("email") || p.has("e-mail") || p.lower().contains("@")
                || p.startsWith("contact us") || p.startsWith("email us") || p.startsWith("tell us"));
    }

    private static boolean containsWord(Paragraph p, String[] words) {
        for (String w : words) {
            if (p.has(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsWord(String word, String[] words) {
        for (String w : words) {
            if (w.equals(word)) {
                return true;
            }
        }
        return false;
    }

    static boolean startsWithAny(String lower, String[] prefixes) {
        for (String prefix : prefixes) {
            if (lower.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    static boolean containsAny(String lower, String[] phrases) {
        for (String phrase : phrases) {
            if (lower.contains(phrase)) {
                return true;
            }
        }
        return false;
    }
}
