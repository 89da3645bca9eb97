package org.parley.round;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.round.Fixtures.statement;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.article.Article;
import org.parley.article.ArticleEntry;
import org.parley.article.ArticleParser;
import org.parley.extraction.ArticleAttributions;
import org.parley.extraction.Attribution;
import org.parley.party.PartyRegistry;

/**
 * A fortnight of coverage we wrote in wire style: three rounds (Istanbul, Jeddah, Geneva) reported,
 * previewed, reacted to, reprinted and recalled, with the traps of real copy: datelines, a reprint,
 * an undated article, a "Council President", a domestic "Security Council", summits of past years.
 */
class CoverageScenarioTest {

    /** Article file to the statements we mark in it, by their words. */
    private static final Map<String, List<String>> STATEMENTS = Map.of(
            "01-open.txt", List.of("to work, not to make speeches", "it was ready to discuss humanitarian issues"),
            "02-end.txt", List.of("a first, practical step", "the talks had been difficult but useful"),
            "03-reaction.txt", List.of("this week's talks in Istanbul had been useful",
                    "the European Union supported every effort to end the war",
                    "the prisoner exchange would take place within a week"),
            "04-preview.txt", List.of("Kyiv would press for a full ceasefire at sea", "showed that talks could work"),
            "05-jeddah.txt", List.of("a practical arrangement that lets ships move safely"),
            "06-jeddah-copy.txt", List.of("a practical arrangement that lets ships move safely"),
            "07-jeddah-end.txt", List.of("The next round will take place in Geneva on June 5",
                    "Russia had \"brought nothing new\" to the table"),
            "08-geneva.txt", List.of("engaged seriously"),
            "09-undated.txt", List.of("any monitoring mission must have full access to the plant"),
            "10-analysis.txt", List.of("the real test would come at the next round"));

    private static List<ArticleAttributions> coverage;

    @BeforeAll
    static void read() throws Exception {
        coverage = new ArrayList<>();
        for (String name : STATEMENTS.keySet().stream().sorted().toList()) {
            Article a = parse(name);
            List<Attribution> said = STATEMENTS.get(name).stream().map(s -> statement(a, s, null)).toList();
            coverage.add(new ArticleAttributions(a, said));
        }
    }

    private static Article parse(String name) throws IOException, org.parley.article.ArticleRejectedException {
        try (InputStream in = CoverageScenarioTest.class.getResourceAsStream("coverage/" + name)) {
            return new ArticleParser().parse(name, ArticleEntry.Format.TXT, in.readAllBytes());
        }
    }

    @Test
    void threeRoundsAreFound() {
        RoundPlan plan = new RoundPlanner(PartyRegistry.bundled(), null).plan(coverage);

        assertEquals(List.of("2024-05-13-istanbul-trilateral-round-2", "2024-05-23-jeddah-russia-ukraine-round-3",
                "2024-06-05-geneva-united-nations-round-4"), plan.rounds().stream().map(Round::id).toList());
        assertEquals(List.of("Monday 13 May 2024 to Tuesday 14 May 2024", "Thursday 23 May 2024 to Friday 24 May 2024",
                "Wednesday 5 June 2024"), plan.rounds().stream().map(Round::dates).toList());
    }

    @Test
    void eachStatementGoesToItsRound() {
        RoundPlan plan = new RoundPlanner(PartyRegistry.bundled(), null).plan(coverage);

        String istanbul = "2024-05-13-istanbul-trilateral-round-2";
        String jeddah = "2024-05-23-jeddah-russia-ukraine-round-3";
        String geneva = "2024-06-05-geneva-united-nations-round-4";
        assertEquals(istanbul, plan.roundOf("03-reaction.txt", 0).orElseThrow(), "reaction");
        assertEquals(istanbul, plan.roundOf("03-reaction.txt", 1).orElseThrow(), "standing position, EU");
        assertEquals(jeddah, plan.roundOf("04-preview.txt", 0).orElseThrow(), "preview");
        assertEquals(istanbul, plan.roundOf("04-preview.txt", 1).orElseThrow(), "recalling last week's round");
        assertEquals(jeddah, plan.roundOf("06-jeddah-copy.txt", 0).orElseThrow(), "reprint");
        assertEquals(geneva, plan.roundOf("07-jeddah-end.txt", 0).orElseThrow(), "announcing the next round");
        assertEquals(jeddah, plan.roundOf("07-jeddah-end.txt", 1).orElseThrow());
        assertEquals(geneva, plan.roundOf("09-undated.txt", 0).orElseThrow(), "undated article, yearless date");
        int all = STATEMENTS.values().stream().mapToInt(List::size).sum();
        assertEquals(all, plan.assignments().size() + plan.unassigned().size());
        assertTrue(plan.unassigned().containsKey("10-analysis.txt#0"), () -> plan.unassigned().toString());
    }
}
