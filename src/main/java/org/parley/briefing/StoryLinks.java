package org.parley.briefing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.parley.article.Listing;

/**
 * How a run's articles relate as one story: the copies merged into each extracted article, and the
 * earlier version each update updates, so that the sources of a briefing list every article read.
 */
final class StoryLinks {

    private final Map<String, Listing> byDoc = new HashMap<>();
    private final Map<String, List<Listing>> copies = new HashMap<>();

    StoryLinks(List<Listing> listings) {
        for (Listing l : listings) {
            byDoc.put(l.doc(), l);
            if (l.copyOf() != null) {
                copies.computeIfAbsent(l.copyOf(), d -> new ArrayList<>()).add(l);
            }
        }
    }

    /** The copies merged into an extracted article, in set order. */
    List<Listing> copiesOf(String doc) {
        return copies.getOrDefault(doc, List.of());
    }

    /** The earlier version an update updates, or null for an article that updates none. */
    Listing earlierVersion(String doc) {
        Listing l = byDoc.get(doc);
        return l == null || l.updateOf() == null ? null : byDoc.get(l.updateOf());
    }

    /** How many earlier versions precede an article in its story (0 for a first version or a story alone). */
    int depth(String doc) {
        int depth = 0;
        for (Listing l = earlierVersion(doc); l != null && depth < byDoc.size(); l = earlierVersion(l.doc())) {
            depth++;
        }
        return depth;
    }
}
