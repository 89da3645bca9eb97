package org.parley.article;

/**
 * Prompts to the reader: sign up, subscribe, follow, share, click here, download the app, get in
 * touch; and bare links. Each must start with its marker and stay short, and none reports speech,
 * so "Millions sign up to the app, the minister said" stays.
 */
final class PromptLines {

    private static final String[] SIGN_UP_OBJECTS = {"newsletter", "newsletters", "email", "e-mail", "emails",
        "alerts", "bulletin", "briefing", "our"};
    private static final String[] NETWORKS = {"twitter", "x", "facebook", "instagram", "tiktok", "threads",
        "linkedin", "bluesky", "youtube", "whatsapp", "telegram"};
    private static final String[] SHARE_OBJECTS = {"this", "article", "story", "comment", "twitter", "x", "facebook",
        "whatsapp", "email", "messenger", "linkedin"};
    private static final String[] CLICKS = {"click here", "tap here", "click to", "click the link"};
    private static final String[] APPS = {"download the", "get the", "get our"};
    private static final String[] PAGES = {"like us on facebook", "like the page", "like our page"};
    private static final String[] PAGE_STEMS = {"acebook", " page", " Page"};
    private static final String[] ASKS = {"have you", "do you have", "are you", "got a story", "get in touch",
        "contact us", "email us", "tell us"};
    private static final String[] ADDRESSED = {"get in touch", "contact us", "email us", "tell us"};
    private static final String[] OPINIONS = {"now share your opinion", "share your opinion", "have your say",
        "join the debate", "join the conversation"};

    private PromptLines() {
    }

    static boolean is(Paragraph p) {
        if (p.size() > 40) {
            return false;
        }
        boolean prompt = link(p) || signUp(p) || follow(p)
                || p.startsWith("share") && p.size() <= 15 && (p.size() == 1 || p.hasAny(SHARE_OBJECTS))
                || p.startsWithAny(CLICKS)
                || p.startsWithAny(APPS) && p.size() <= 20 && p.has("app")
                || p.size() <= 15 && p.textContainsAny(PAGE_STEMS) && p.containsAny(PAGES)
                || p.size() <= 5 && p.startsWithAny(OPINIONS)
                || p.startsWith("for confidential support")
                || getInTouch(p);
        return prompt && !p.reportsSpeech();
    }

    /** A paragraph that is one URL, e-mail address or handle. */
    private static boolean link(Paragraph p) {
        return p.size() == 1 && (p.lower().contains("://") || p.lower().startsWith("www.") || p.lower().contains("@"));
    }

    /** "Sign up to First Edition, our free daily newsletter", "Subscribe here". */
    private static boolean signUp(Paragraph p) {
        return (p.startsWith("sign up") || p.startsWith("subscribe") || p.startsWith("register")) && p.size() <= 30
                && (p.hasAny(SIGN_UP_OBJECTS) || p.size() <= 8 && (p.has("here") || p.has("now")));
    }

    /** "Follow us", "Follow @x", "Follow live", "Follow Jane Smith on Twitter". */
    private static boolean follow(Paragraph p) {
        if (!p.startsWith("follow") || p.size() > 20) {
            return false;
        }
        if (p.lower().contains("@") || p.word(1).equals("us") || p.word(1).equals("live")) {
            return true;
        }
        for (int i = 1; i + 1 < p.size(); i++) {
            if (p.word(i).equals("on") && Paragraph.in(p.word(i + 1), NETWORKS)) {
                return true;
            }
        }
        return false;
    }

    /** "Have you been affected? Email ...", "Get in touch", "Do you have a story? Contact ...". */
    private static boolean getInTouch(Paragraph p) {
        return p.startsWithAny(ASKS) && (p.startsWithAny(ADDRESSED) || p.lower().contains("get in touch")
                || p.has("email") || p.has("e-mail") || p.lower().contains("@"));
    }
}
