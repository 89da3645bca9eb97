package org.parley.article;

/**
 * One paragraph of an article's body that is page furniture rather than the story: a cookie
 * banner, a byline, a picture credit, a list of related headlines.
 *
 * @param start where the paragraph starts in the article's text (UTF-16 index)
 * @param end   just after its last character
 * @param kind  what it is
 */
public record Furniture(int start, int end, Kind kind) {

    public Furniture {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        if (kind == null) {
            throw new IllegalArgumentException("no kind");
        }
    }

    /** Whether extraction skips this paragraph (every kind but {@link Kind#CAPTION}). */
    public boolean dropped() {
        return kind.dropped();
    }

    /** What a furniture paragraph is. */
    public enum Kind {
        /** Cookie, privacy and consent notices and their buttons. */
        COOKIES_PRIVACY,
        /** Menus, breadcrumbs, skip links, live-page and player controls. */
        NAVIGATION,
        /** Newsletter, follow, share, subscribe, click-here and get-in-touch prompts; bare links. */
        PROMPT,
        /** Related headlines and read-more links. */
        RELATED,
        /** Bylines and reporting credits ("Reporting by ...; Editing by ..."). */
        BYLINE,
        /** Picture credits, embed credits and copyright lines. */
        CREDIT,
        /** Timelines and fact boxes. */
        BOX,
        /** Publication and update times. */
        TIMESTAMP,
        /** Advertisement markers and sponsored blocks. */
        ADVERT,
        /** Another story appended to the article ("In other news", "Most read"). */
        OTHER_STORY,
        /** A photo caption: marked, not dropped, since captions restate what was said. */
        CAPTION;

        /** Whether extraction skips paragraphs of this kind. */
        public boolean dropped() {
            return this != CAPTION;
        }
    }
}
