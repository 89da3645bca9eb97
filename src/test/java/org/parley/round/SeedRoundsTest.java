package org.parley.round;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.article.Article;
import org.parley.article.ArticleEntry;
import org.parley.article.ArticleParser;
import org.parley.extraction.ArticleAttributions;
import org.parley.party.PartyRegistry;

/** The seed article: three meetings in one week, statements only about the Brussels one, no year. */
class SeedRoundsTest {

    private ArticleAttributions seed;

    @BeforeEach
    void readSeed() throws Exception {
        Path shared = Path.of(System.getProperty("parley.shared", "../shared"));
        Path folder = shared.resolve("seed");
        assumeTrue(Files.isDirectory(folder), "no seed folder at " + folder.toAbsolutePath());
        Path file;
        try (Stream<Path> files = Files.list(folder)) {
            file = files.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElse(null);
        }
        assumeTrue(file != null, "no .txt in " + folder);
        Article article = new ArticleParser().parse(file.getFileName().toString(), ArticleEntry.Format.TXT,
                Files.readAllBytes(file));
        seed = Fixtures.withStatements(article);
    }

    @Test
    void threeRoundsOneWeekNoYear() {
        RoundPlan plan = new RoundPlanner(PartyRegistry.bundled(), null).plan(List.of(seed));

        assertEquals(3, plan.rounds().size(), () -> "rounds: " + plan.rounds());
        Round geneva = only(plan, "Geneva");
        Round brussels = only(plan, "Brussels");
        Round vienna = only(plan, "Vienna");
        assertEquals(DayOfWeek.MONDAY, geneva.start().weekday());
        assertEquals(DayOfWeek.WEDNESDAY, brussels.start().weekday());
        assertEquals(DayOfWeek.THURSDAY, vienna.start().weekday());
        assertEquals("OSCE", vienna.forum());
        for (Round r : plan.rounds()) {
            assertFalse(r.yearKnown(), r.id());
            assertFalse(r.id().matches(".*\\d{4}.*"), "a year in the id " + r.id());
            assertTrue(r.dates().contains("year not given"), r.dates());
        }
    }

    @Test
    void everyStatementGoesToBrussels() {
        RoundPlan plan = new RoundPlanner(PartyRegistry.bundled(), null).plan(List.of(seed));

        Round brussels = only(plan, "Brussels");
        int statements = seed.attributions().size();
        assertEquals(20, statements, "statements in the hand-made seed fixture");
        assertEquals(statements, plan.statementsOf(brussels.id()).size(), () -> plan.assignments().toString());
        assertEquals(List.of(), plan.statementsOf(only(plan, "Geneva").id()));
        assertEquals(List.of(), plan.statementsOf(only(plan, "Vienna").id()));
        assertTrue(plan.unassigned().isEmpty(), () -> plan.unassigned().toString());
    }

    @Test
    void roundsFileNamesTheBrusselsForum(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = dir.resolve("rounds.yaml");
        Files.writeString(file, """
                rounds:
                  - forum: NATO-Russia Council
                    place: Brussels
                    start: 2022-01-12
                    parties: [NATO, Russia]
                """);

        RoundPlan plan = new RoundPlanner(PartyRegistry.bundled(), file).plan(List.of(seed));

        Round brussels = only(plan, "Brussels");
        assertEquals("2022-01-12-brussels-nato-russia-council", brussels.id());
        assertEquals("NATO-Russia Council", brussels.forum());
        assertEquals(seed.attributions().size(), plan.statementsOf(brussels.id()).size());
        assertEquals(3, plan.rounds().size());
    }

    @Test
    void datedCoverageOfTheSameWeekGivesGenevaAndViennaTheirYear() {
        Article geneva = Fixtures.article("geneva.txt", java.time.LocalDate.of(2022, 1, 10), "Wire",
                "U.S., Russia hold security talks in Geneva",
                "GENEVA, Jan 10 - U.S. and Russian negotiators held Strategic Stability Dialogue talks in "
                        + "Geneva on Monday, the first of three meetings this week.");
        Article vienna = Fixtures.article("vienna.txt", java.time.LocalDate.of(2022, 1, 13), "Wire",
                "OSCE talks close a week of diplomacy",
                "VIENNA, Jan 13 - Envoys met at the OSCE in Vienna on Thursday, the last of this week's talks.");

        RoundPlan plan = new RoundPlanner(PartyRegistry.bundled(), null).plan(List.of(seed,
                new ArticleAttributions(geneva, List.of()), new ArticleAttributions(vienna, List.of())));

        assertEquals(3, plan.rounds().size(), () -> plan.rounds().toString());
        assertEquals("2022-01-10-geneva-strategic-stability-dialogue", only(plan, "Geneva").id());
        assertEquals("2022-01-13-vienna-osce", only(plan, "Vienna").id());
        Round brussels = only(plan, "Brussels");
        assertFalse(brussels.yearKnown(), "no article dates Brussels with a year");
        assertEquals(seed.attributions().size(), plan.statementsOf(brussels.id()).size());
        assertTrue(only(plan, "Geneva").docs().contains(seed.article().doc()));
    }

    private static Round only(RoundPlan plan, String place) {
        List<Round> found = plan.rounds().stream().filter(r -> place.equals(r.place())).toList();
        assertEquals(1, found.size(), () -> place + " rounds in " + plan.rounds());
        return found.get(0);
    }
}
