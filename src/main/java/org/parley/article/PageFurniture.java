package org.parley.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.parley.article.Furniture.Kind;

/**
 * Finds the page furniture in an article's body, paragraph by paragraph: what the page around the
 * story adds (cookie notices, menus, prompts, bylines, credits, related headlines, boxes, another
 * story) and the captions between its paragraphs. The text is not changed; extraction skips the
 * paragraphs to drop. One pass over the paragraphs, each rule looking at one line.
 */
public final class PageFurniture {

    private PageFurniture() {
    }

    /** The furniture paragraphs of the article's body, in text order. */
    public static List<Furniture> of(Article article) {
        List<Paragraph> paragraphs = Paragraph.split(article.text(), article.bodyStart());
        Kind[] kinds = new Kind[paragraphs.size()];
        Kind block = null;
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            if (FurnitureBlocks.startsOtherStory(p)) {
                Arrays.fill(kinds, i, kinds.length, Kind.OTHER_STORY);
                break;
            }
            Kind header = FurnitureBlocks.header(p);
            Kind line = header != null ? null : lineKind(p);
            if (header != null) {
                block = header;
                kinds[i] = header;
            } else if (block != null && (line != null || FurnitureBlocks.continues(block, p))) {
                kinds[i] = line != null ? line : block;
            } else {
                block = null;
                kinds[i] = line != null ? line : FurnitureBlocks.relatedLink(p) ? Kind.RELATED : null;
            }
        }
        Captions.mark(paragraphs, kinds);
        List<Furniture> found = new ArrayList<>();
        for (int i = 0; i < kinds.length; i++) {
            if (kinds[i] != null) {
                found.add(new Furniture(paragraphs.get(i).start(), paragraphs.get(i).end(), kinds[i]));
            }
        }
        return found;
    }

    /** The furniture paragraphs that extraction skips (all but captions), in text order. */
    public static List<Furniture> dropped(Article article) {
        return of(article).stream().filter(Furniture::dropped).toList();
    }

    /** How many paragraphs of each kind extraction skips in the article; empty when none. */
    public static Map<Kind, Integer> droppedByKind(Article article) {
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        for (Furniture f : dropped(article)) {
            counts.merge(f.kind(), 1, Integer::sum);
        }
        return counts;
    }

    /** Whether {@code [start, end)} lies inside one of the paragraphs, which are in text order. */
    public static boolean covers(List<Furniture> paragraphs, int start, int end) {
        int lo = 0;
        int hi = paragraphs.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Furniture f = paragraphs.get(mid);
            if (f.end() <= start) {
                lo = mid + 1;
            } else if (f.start() > start) {
                hi = mid - 1;
            } else {
                return end <= f.end();
            }
        }
        return false;
    }

    private static Kind lineKind(Paragraph p) {
        Kind kind = ChromeLines.of(p);
        return kind != null ? kind : CreditLines.of(p);
    }
}
