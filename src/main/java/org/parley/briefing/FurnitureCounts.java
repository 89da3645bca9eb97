package org.parley.briefing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.parley.article.PageFurniture;
import org.parley.extraction.ArticleAttributions;

/**
 * Counts the page furniture that extraction skipped in a run's articles, for the manifest. The
 * classifier is deterministic, so the counts are found again from the stored texts rather than kept.
 */
final class FurnitureCounts {

    private FurnitureCounts() {
    }

    static RunSummary.Furniture of(List<ArticleAttributions> extracted) {
        Map<String, Integer> byKind = new TreeMap<>();
        List<RunSummary.ArticleFurniture> articles = new ArrayList<>();
        int dropped = 0;
        // finding an article's furniture reads its every paragraph: done on every core, summed in set order
        List<Map<String, Integer>> perArticle = extracted.parallelStream().map(a -> {
            Map<String, Integer> counts = new TreeMap<>();
            PageFurniture.droppedByKind(a.article()).forEach((kind, n) -> counts.put(kind.name(), n));
            return counts;
        }).toList();
        for (int i = 0; i < extracted.size(); i++) {
            ArticleAttributions a = extracted.get(i);
            Map<String, Integer> counts = perArticle.get(i);
            if (!counts.isEmpty()) {
                articles.add(new RunSummary.ArticleFurniture(a.article().doc(), counts));
                counts.forEach((kind, n) -> byKind.merge(kind, n, Integer::sum));
                dropped += counts.values().stream().mapToInt(Integer::intValue).sum();
            }
        }
        return new RunSummary.Furniture(dropped, byKind, articles);
    }
}
