package org.parley.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.parley.article.Article;
import org.parley.extraction.ArticleAttributions;

/** The manifest's count of the page furniture skipped, per run, per kind and per article. */
class FurnitureCountsTest {

    private static final String PROSE = "Envoys of Ostrland and Valmora met in Geneva on Tuesday for more talks.\n\n"
            + "Piet Varga said a joint border commission could be set up before the winter.\n\n"
            + "The Valmoran delegation left the building without speaking to reporters.\n\n";

    private static ArticleAttributions article(String doc, String body) {
        String title = "Talks in Geneva";
        return new ArticleAttributions(new Article(doc, title, title + "\n\n" + body, title.length() + 2, null, null,
                null), List.of());
    }

    private static RunSummary.Furniture counts() {
        return FurnitureCounts.of(List.of(
                article("a.txt", "By JANE MARLOW FOR MAILONLINE\n\n" + PROSE + "Advertisement\n\nMore on this story\n\n"
                        + "Envoys to meet again in Doha"),
                article("b.txt", PROSE),
                article("c.txt", "Image source, Getty Images\n\n" + PROSE
                        + "Piet Varga arrives for the talks in Geneva on Tuesday\n\n" + PROSE)));
    }

    @Test
    void countsWhatWasDroppedByKindAndListsOnlyArticlesWithSomething() {
        RunSummary.Furniture f = counts();
        assertEquals(5, f.dropped());
        assertEquals(Map.of("ADVERT", 1, "BYLINE", 1, "CREDIT", 1, "RELATED", 2), f.byKind());
        assertEquals(List.of(new RunSummary.ArticleFurniture("a.txt", Map.of("ADVERT", 1, "BYLINE", 1, "RELATED", 2)),
                new RunSummary.ArticleFurniture("c.txt", Map.of("CREDIT", 1))), f.articles());
    }

    @Test
    void theManifestFieldReadsInKindOrderAndOldSummariesReadAsNothingDropped() {
        RunSummary summary = new RunSummary(3, 0, 0, List.of(), List.of(), 0, List.of(), List.of(), counts(), List.of());
        String json = BriefingJson.write(summary);
        assertTrue(json.contains("\"furniture\":{\"dropped\":5,\"byKind\":{\"ADVERT\":1,\"BYLINE\":1,\"CREDIT\":1,"
                + "\"RELATED\":2},\"articles\":[{\"doc\":\"a.txt\",\"dropped\":{\"ADVERT\":1,\"BYLINE\":1,\"RELATED\":2}},"
                + "{\"doc\":\"c.txt\",\"dropped\":{\"CREDIT\":1}}]}"), json);
        assertEquals(summary, BriefingJson.read(json, RunSummary.class));
        RunSummary old = BriefingJson.read("{\"articles\":1,\"copies\":0,\"statements\":0,\"rounds\":[],\"unassigned\":[]}",
                RunSummary.class);
        assertEquals(new RunSummary.Furniture(0, Map.of(), List.of()), old.furniture());
    }
}
