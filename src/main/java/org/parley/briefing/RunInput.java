package org.parley.briefing;

import java.util.List;
import java.util.Map;

import org.parley.article.Listing;
import org.parley.extraction.ArticleAttributions;

/**
 * What a run hands to assembly.
 *
 * @param extracted the extracted articles (originals and updated versions) with their statements,
 *                  speakers already merged across the run
 * @param outlets   for each extracted article, every outlet that carried it (itself and its reprints)
 * @param reprints  for each extracted article, how many reprints were merged into it
 * @param skipped   the run's inputs that could not be read, with their reasons
 * @param listings  every article the run read, copies included, with the article it copies or updates
 */
public record RunInput(List<ArticleAttributions> extracted, Map<String, List<String>> outlets,
                       Map<String, Integer> reprints, List<Briefing.SkippedArticle> skipped, List<Listing> listings) {

    public RunInput {
        extracted = List.copyOf(extracted);
        outlets = Map.copyOf(outlets);
        reprints = Map.copyOf(reprints);
        skipped = List.copyOf(skipped);
        listings = List.copyOf(listings);
    }

    /** A run whose articles are not listed: its sources show no copies and no versions. */
    public RunInput(List<ArticleAttributions> extracted, Map<String, List<String>> outlets,
                    Map<String, Integer> reprints, List<Briefing.SkippedArticle> skipped) {
        this(extracted, outlets, reprints, skipped, List.of());
    }
}
