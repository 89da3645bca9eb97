package org.parley.article;

import java.util.Locale;
import java.util.Set;

import org.parley.article.Furniture.Kind;

/**
 * The rules for the lines that say who made an article and when: time stamps, bylines, picture,
 * embed and copyright credits. Each wants the whole line in that shape (names and agencies only,
 * dates and times only), so a sentence that mentions a photo or a date stays.
 */
final class CreditLines {

    /** Names that on a line of their own credit a picture. */
    private static final Set<String> AGENCIES = Set.of("getty", "afp", "reuters", "ap", "epa", "efe", "epa-efe", "pa",
            "shutterstock", "rex", "alamy", "bloomberg", "xinhua", "tass", "sputnik", "ria", "anadolu", "sipa", "dpa",
            "anp", "kyodo", "yonhap", "ansa", "splash", "backgrid", "instagram", "twitter", "facebook", "youtube",
            "tiktok", "handout", "pool", "supplied", "nurphoto", "zuma", "abaca", "wenn", "imago", "corbis", "belta");
    /** Words that go with agencies in a credit ("Getty Images", "AP Photo", "PA Media", "via"). */
    private static final Set<String> AGENCY_WORDS = Set.of("images", "image", "photo", "photos", "media", "wire",
            "features", "news", "agency", "press", "pictures", "file", "via", "associated", "novosti", "bbc");
    private static final Set<String> CREDIT_LABELS = Set.of("image", "images", "photo", "photos", "picture",
            "pictures", "photograph", "photographs", "pic", "pics", "credit", "credits", "image source",
            "photo credit", "image credit", "picture credit", "source", "copyright", "video", "footage",
            "illustration", "graphic");

    private static final String[] RIGHTS_STEMS = {"ights reserved", "ights Reserved", "IGHTS RESERVED"};

    private CreditLines() {
    }

    /** The kind of a paragraph that credits the article, its pictures or its time, or null. */
    static Kind of(Paragraph p) {
        if (p.size() > 40 || p.opensWithQuote()) {
            return null;
        }
        if (TimeStamps.from(p, 0)) {
            return Kind.TIMESTAMP;
        }
        if (BylineLines.is(p)) {
            return Kind.BYLINE;
        }
        return credit(p) ? Kind.CREDIT : null;
    }

    /**
     * "Image: Getty Images", "Image source, EPA", "(AFP via Getty Images)", "REUTERS/Jane Doe",
     * "Copyright 2020 The Associated Press. All rights reserved.", "A post shared by ...", "— Name (@x) date".
     */
    private static boolean credit(Paragraph p) {
        boolean rights = p.size() <= 30 && p.textContainsAny(RIGHTS_STEMS) && p.lower().contains("all rights reserved");
        if ((copyright(p) || rights || p.startsWith("this material may not be published")) && p.size() <= 30
                && !p.reportsSpeech()) {
            return true;
        }
        if (p.startsWith("a post shared by")
                || "—–-".indexOf(p.text().charAt(0)) >= 0 && p.lower().contains("(@") && p.size() <= 20) {
            return true;
        }
        int label = labelWords(p);
        if (label > 0) {
            return p.size() > label && p.size() - label <= 8
                    && (agencies(p, label) || BylineLines.names(p, label, p.size(), false));
        }
        return p.size() <= 10 && agencies(p, 0) && creditShaped(p);
    }

    /** A line of names is a credit when it reads like one: "X via Y", "X/Y", "(Y)", or mostly agency words. */
    private static boolean creditShaped(Paragraph p) {
        String t = p.text();
        if (t.contains("/") || p.has("via") || t.startsWith("(") && t.endsWith(")")) {
            return true;
        }
        int agencyWords = 0;
        for (int i = 0; i < p.size(); i++) {
            String w = p.word(i);
            agencyWords += AGENCIES.contains(w) || AGENCY_WORDS.contains(w) || BylineLines.isConnector(w) ? 1 : 0;
        }
        return 2 * agencyWords >= p.size();
    }

    private static boolean copyright(Paragraph p) {
        return p.text().startsWith("©") || p.text().regionMatches(true, 0, "(c) ", 0, 4)
                || p.startsWith("copyright") && (p.text().contains("©") || p.word(1).matches("\\d{4}"));
    }

    /** How many words make the credit label before the paragraph's first colon or comma ("Image source,"), or 0. */
    private static int labelWords(Paragraph p) {
        int colon = p.text().indexOf(':');
        int comma = p.text().indexOf(',');
        int mark = colon < 0 ? comma : comma < 0 ? colon : Math.min(colon, comma);
        if (mark < 0 || mark > 20) {
            return 0;
        }
        String label = p.text().substring(0, mark).toLowerCase(Locale.ROOT).strip();
        return CREDIT_LABELS.contains(label) ? label.split("\\s+").length : 0;
    }

    /** Agencies and names only, one of them an agency: "AFP via Getty Images", "EPA-EFE/Shutterstock". */
    private static boolean agencies(Paragraph p, int from) {
        boolean agency = false;
        for (int i = from; i < p.size(); i++) {
            if (hasDigit(p.word(i))) {
                return false;
            }
            for (String part : p.word(i).split("/")) {
                if (AGENCIES.contains(part)) {
                    agency = true;
                } else if (!(AGENCY_WORDS.contains(part) || BylineLines.isConnector(part) || part.isEmpty()
                        || p.capitalized(i))) {
                    return false;
                }
            }
        }
        return agency;
    }

    static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

}
