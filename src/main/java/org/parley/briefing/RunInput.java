package org.parley.briefing;

import java.util.List;
import java.util.Map;

import org.parley.extraction.ArticleAttributions;

/**
 * What a run hands to assembly.
 *
 * @param extracted the original articles with their statements, speakers already merged across the run
 * @param outlets   for each original article, every outlet that carried it (itself and its reprints)
 * @param reprints  for each original article, how many reprints were merged into it
 * @param skipped   the run's inputs that could not be read, with their reasons
 */
public record RunInput(List<ArticleAttributions> extracted, Map<String, List<String>> outlets,
                       Map<String, Integer> reprints, List<Briefing.SkippedArticle> skipped) {

    public RunInput {
        extracted = List.copyOf(extracted);
        outlets = Map.copyOf(outlets);
        reprints = Map.copyOf(reprints);
        skipped = List.copyOf(skipped);
    }
}
