package org.parley.article;

import java.util.Set;

import org.parley.article.Furniture.Kind;

/**
 * Furniture that comes as a block under a header of its own line ("Related Topics", "Most read",
 * "Timeline", "Around the web"): the header, then the headline-like lines after it, up to the
 * first paragraph of prose. After "In other news" the rest of the text is another story.
 */
final class FurnitureBlocks {

    private static final Set<String> RELATED = Set.of("read more", "read more here", "related", "related topics",
            "related articles", "related stories", "related content", "related coverage", "related links",
            "related internet links", "more on this story", "more on this", "more on this topic",
            "more about this story", "you may also like", "you might also like", "you may be interested in",
            "recommended", "recommended for you", "recommended stories", "see also", "also read", "read also",
            "more like this", "more to explore", "what to read next", "further reading", "read next");
    private static final String[] RELATED_LINKS = {"read more:", "read more -", "read more –", "read more »",
        "related:", "see also:", "also read:", "read also:", "more:", "read next:", "related coverage:",
        "related stories:", "related articles:", "recommended:"};
    private static final Set<String> OTHER_STORIES = Set.of("top stories", "most read", "most popular",
            "most viewed", "most watched", "most shared", "trending", "trending now", "latest news", "latest stories",
            "more top stories", "more stories", "other news", "more news", "today's top stories", "popular now",
            "what's trending", "editor's picks", "editors' picks", "don't miss", "elsewhere", "also in the news");
    private static final Set<String> BOXES = Set.of("key facts", "fact box", "factbox", "fact file", "key dates",
            "at a glance", "in numbers", "by the numbers", "quick facts", "fast facts", "fact sheet",
            "factsheet");
    private static final Set<String> ADVERTS = Set.of("around the web", "from the web", "promoted stories",
            "sponsored stories", "content from our partners", "from our partners", "recommended by", "ads by");
    private static final String BULLETS = "•-*–—►▶·■◆";

    private FurnitureBlocks() {
    }

    /** Whether this paragraph starts another story that runs to the end: "In other news, ...". */
    static boolean startsOtherStory(Paragraph p) {
        String t = p.text();
        return t.regionMatches(true, 0, "in other news", 0, 13)
                && (p.size() == 3 || t.length() > 13 && ":,-–".indexOf(t.charAt(13)) >= 0);
    }

    /** The kind of the block this paragraph heads, or null when it heads none. */
    static Kind header(Paragraph p) {
        if (p.size() > 20) {
            return null;
        }
        if (p.size() <= 6) {
            String bare = p.bare();
            if (RELATED.contains(bare)) {
                return Kind.RELATED;
            }
            if (OTHER_STORIES.contains(bare)) {
                return Kind.OTHER_STORY;
            }
            if (ADVERTS.contains(bare)) {
                return Kind.ADVERT;
            }
        }
        boolean box = p.size() <= 6 && BOXES.contains(p.bare()) || p.startsWith("factbox")
                || p.startsWith("key facts") && p.size() <= 8
                || p.startsWith("timeline") && !hasQuote(p) && !p.endsWithStop();
        return box ? Kind.BOX : null;
    }

    /** Whether a paragraph that heads no block is one related link: "READ MORE: Talks collapse". */
    static boolean relatedLink(Paragraph p) {
        if (p.size() > 30) {
            return false;
        }
        return p.startsWithAny(RELATED_LINKS) || p.startsWith("read more about") && p.size() <= 20;
    }

    /** Whether a paragraph after a block's header (or its earlier lines) still belongs to the block. */
    static boolean continues(Kind block, Paragraph p) {
        boolean listed = bulleted(p) && p.size() <= 40;
        if (block == Kind.BOX) {
            return !p.opensWithQuote() && !p.reportsSpeech() && (listed || p.size() <= 20 && !p.endsWithStop()
                    || dated(p) && p.size() <= 60);
        }
        return listed || p.size() <= 20 && p.last() != '.';
    }

    private static boolean bulleted(Paragraph p) {
        char c = p.text().charAt(0);
        if (BULLETS.indexOf(c) >= 0) {
            return p.text().length() > 1 && Character.isWhitespace(p.text().charAt(1));
        }
        int i = 0;
        while (i < p.text().length() && i < 3 && Character.isDigit(p.text().charAt(i))) {
            i++;
        }
        return i > 0 && i < p.text().length() - 1 && ".)".indexOf(p.text().charAt(i)) >= 0;
    }

    /** A timeline entry: a date, then a colon or a dash ("2015: ...", "9 August - ...", "March 2020 – ..."). */
    private static boolean dated(Paragraph p) {
        int mark = -1;
        for (String m : new String[] {":", " - ", " – ", " — "}) {
            int at = p.text().indexOf(m);
            if (at > 0 && (mark < 0 || at < mark)) {
                mark = at;
            }
        }
        return mark > 0 && mark <= 25 && TimeStamps.isDate(p.text().substring(0, mark));
    }

    private static boolean hasQuote(Paragraph p) {
        for (int i = 0; i < p.text().length(); i++) {
            if ("\"“”‘’«»".indexOf(p.text().charAt(i)) >= 0 || p.text().charAt(i) == '\'' && i > 0
                    && !Character.isLetter(p.text().charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }
}
