package org.parley.article;

import java.util.Set;

/**
 * Cookie, privacy and consent notices and their buttons. A notice is the site speaking to its
 * reader ("we use cookies", "by continuing you agree to our privacy policy"); a sentence about
 * cookies or privacy that reports what somebody said is the story.
 */
final class ConsentLines {

    private static final Set<String> BUTTONS = Set.of("accept", "accept all", "accept cookies", "accept all cookies",
            "accept and continue", "reject all", "reject", "allow all", "manage settings", "manage preferences",
            "manage cookies", "cookie settings", "cookie policy", "cookies policy", "privacy policy", "privacy notice",
            "terms of use", "terms and conditions", "terms of service", "i agree", "i accept", "got it",
            "do not sell my personal information", "your privacy choices", "we value your privacy");
    /** How only a site's own notice starts, whatever verbs follow. */
    private static final String[] NOTICE_STARTS = {"we use cookies", "this site uses cookies",
        "this website uses cookies", "by continuing to use", "by continuing to browse", "by clicking",
        "by using this site", "by using this website", "by using our", "we and our partners", "we value your privacy",
        "we care about your privacy"};
    private static final String[] NOTICE_TERMS = {"cookie", "privacy", "consent", "agree"};
    /**
     * What every notice speaks of, as stems without their first letter, so that "Cookies" and
     * "cookies" match in the text as written (a notice in capitals is missed): most paragraphs are
     * prose that this test sets aside without a lower-case copy.
     */
    private static final String[] TOPICS = {"ookie", "rivacy", "onsent", " data", " Data", "erms of",
        "racking technolog"};
    /** The same for a notice that starts as only a site's does, which may speak only of agreeing. */
    private static final String[] NOTICE_TOPICS = {"ookie", "rivacy", "onsent", "gree", "ata", "erms of", "racking"};
    private static final String[] POLICIES = {"privacy policy", "privacy notice", "privacy statement",
        "privacy settings", "privacy preferences", "cookie policy", "cookies policy", "terms of use",
        "terms of service", "your privacy"};
    /** What a cookie notice, unlike a recipe, says of cookies. */
    private static final String[] COOKIE_CONTEXT = {"accept all", "accept cookies", "use cookies",
        "uses cookies", "use of cookies", "cookies on your", "cookie settings", "cookies settings", "cookie policy",
        "cookies policy", "cookie preferences", "manage cookies", "store cookies", "storing of cookies",
        "set cookies", "third-party cookies", "third party cookies", "tracking cookies", "cookies and similar",
        "essential cookies", "analytics cookies", "advertising cookies", "consent"};
    private static final String[] DATA = {"personal data", "consent", "tracking technolog", "your data"};
    /** The site speaking of itself. */
    private static final String[] SITE = {"we use ", "we and our partners", "our partners", "this site",
        "this website", "our site", "our website", "our use of", "by continuing", "by clicking", "by using"};

    private ConsentLines() {
    }

    /**
     * A consent button; a notice that starts as only a site's does; or one in which the site speaks
     * of cookies as a notice does, of "our" privacy policy, of consent and data as "our partners".
     */
    static boolean is(Paragraph p) {
        if (p.size() <= 8 && (BUTTONS.contains(p.bare()) || allowContent(p))) {
            return true;
        }
        if (p.size() > 120) {
            return false;
        }
        if (p.startsWithAny(NOTICE_STARTS) && p.textContainsAny(NOTICE_TOPICS)
                && (p.has("you") || p.has("your") || p.containsAny(NOTICE_TERMS))) {
            return true;
        }
        if (!p.textContainsAny(TOPICS)) {
            return false;
        }
        boolean site = p.containsAny(SITE);
        boolean notice = p.lower().contains("cookie") && (site || p.containsAny(COOKIE_CONTEXT))
                || p.containsAny(POLICIES) && (site || p.has("our") || p.has("we"))
                || site && p.containsAny(DATA);
        return notice && !p.reportsSpeech();
    }

    /** The question before an embedded post: "Allow Twitter content?". */
    private static boolean allowContent(Paragraph p) {
        return p.startsWith("allow") && p.size() <= 5 && p.has("content") && p.last() == '?';
    }
}
