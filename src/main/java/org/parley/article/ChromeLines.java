package org.parley.article;

import java.util.Set;
import java.util.regex.Pattern;

import org.parley.article.Furniture.Kind;

/**
 * The rules for paragraphs the page around an article adds: consent notices, navigation and
 * player messages, advertisement markers, prompts. Each asks for the shape of furniture (a whole
 * line from a short list, a line that starts with a marker and stays short, a site that speaks to
 * its reader), never for one word alone; a paragraph that opens a quotation is never furniture.
 */
final class ChromeLines {

    private static final Set<String> NAVIGATION = Set.of("skip to content", "skip to main content",
            "skip to navigation", "menu", "main menu", "open menu", "close menu", "search", "sign in", "log in",
            "login", "home", "back to top", "accessibility help", "more", "show more", "load more",
            "view all", "see all", "next", "previous", "next article", "previous article", "live", "key events",
            "show key events only", "refresh", "loading", "view more on twitter", "view more on instagram",
            "view more on youtube", "view more on x", "pinned post", "copy link", "print", "comments",
            "show comments", "view comments", "jump to", "top of page", "scroll down for video",
            "scroll down for videos", "scroll down to watch", "scroll down for more", "more to follow", "more follows",
            "developing story", "this is a developing story");
    private static final String[] PLAYER = {"video is restricted from playing",
        "media playback is unsupported", "this video can not be played", "this video cannot be played",
        "enable javascript", "turn on javascript", "your browser does not support",
        "is not responsible for the content of external sites"};
    /** What the player messages hold, without a first letter, to look for them in the text as written. */
    private static final String[] PLAYER_STEMS = {"ideo", "layback", "avascript", "avaScript", "rowser",
        "esponsible for"};
    private static final Set<String> ADVERTS = Set.of("advertisement", "advert", "ad", "ads", "sponsored",
            "sponsored content", "promoted", "promoted content", "paid content", "paid post", "partner content",
            "story continues below advertisement", "story continues below", "article continues below",
            "article continues below advertisement", "continue reading the main story", "continue reading below",
            "scroll to continue with content", "ad feedback", "advertise with us", "sponsored links", "buy now",
            "shop now");
    private static final String[] COMMISSION = {"earn commission", "earn a commission",
        "earn an affiliate commission"};
    private static final String[] COMMISSION_STEMS = {"ommission"};
    private static final String[] SEPARATORS = {" | ", " › ", " > ", " • ", " · ", " » "};

    private ChromeLines() {
    }

    /** The kind of a paragraph that the page adds around the article, or null. */
    static Kind of(Paragraph p) {
        if (p.opensWithQuote()) {
            return null;
        }
        if (ConsentLines.is(p)) {
            return Kind.COOKIES_PRIVACY;
        }
        if (p.size() > 40) {
            return null;
        }
        boolean lexicon = p.size() <= 6;
        boolean exclaims = p.last() == '!' || p.last() == '?';
        boolean player = p.size() <= 15 && p.textContainsAny(PLAYER_STEMS) && p.containsAny(PLAYER);
        if (lexicon && !exclaims && NAVIGATION.contains(p.bare()) || player || embedFrame(p) || menu(p)) {
            return Kind.NAVIGATION;
        }
        if (lexicon && ADVERTS.contains(p.bare()) || p.startsWith("sponsored by") && p.size() <= 8
                || p.size() <= 20 && p.textContainsAny(COMMISSION_STEMS) && p.containsAny(COMMISSION)) {
            return Kind.ADVERT;
        }
        return PromptLines.is(p) ? Kind.PROMPT : null;
    }

    /** The lines around an embedded post: "Skip twitter post by X", "End of twitter post by X". */
    private static boolean embedFrame(Paragraph p) {
        return p.size() <= 10 && (p.startsWith("skip") && p.word(2).equals("post")
                || p.startsWith("end of") && p.word(3).equals("post"));
    }

    /**
     * Three or more short capitalised items between pipes, arrows or bullets, none ending with a
     * stop: "Home | News | World".
     */
    private static boolean menu(Paragraph p) {
        if (p.size() > 30 || p.endsWithStop()) {
            return false;
        }
        for (String separator : SEPARATORS) {
            if (p.text().contains(separator)) {
                String[] items = p.text().split(Pattern.quote(separator), -1);
                if (items.length >= 3 && allShortItems(items)) {
                    return true;
                }
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
}
