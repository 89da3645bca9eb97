package org.parley.round;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.round.Fixtures.article;
import static org.parley.round.Fixtures.statement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.article.Article;
import org.parley.extraction.ArticleAttributions;
import org.parley.party.PartyRegistry;

/** A rounds file completes detection, and its fields win where it and detection name one meeting. */
class RoundsFileTest {

    @TempDir
    Path dir;

    private static final Article LONDON = article("london.txt", LocalDate.of(2023, 3, 15), "Reuters",
            "Trade talks end without a deal",
            "Negotiators ended trade talks in London on Wednesday without agreement on fishing rights, "
                    + "EU negotiator Anna Berg said.");

    private Path file(String yaml) throws IOException {
        Path f = dir.resolve("rounds.yaml");
        Files.writeString(f, yaml);
        return f;
    }

    @Test
    void fileFieldsWinAndAFileRoundWithoutStatementsStays() throws IOException {
        Path rounds = file("""
                rounds:
                  - id: uk-eu-4
                    title: Fourth round of EU-UK trade talks
                    forum: EU-UK trade talks
                    place: London
                    start: 2023-03-15
                    parties: [European Union, United Kingdom]
                  - place: Brussels
                    start: 2023-05-10
                    end: 2023-05-11
                """);
        ArticleAttributions a = new ArticleAttributions(LONDON,
                List.of(statement(LONDON, "without agreement on fishing rights", "European Union")));

        RoundPlan plan = new RoundPlanner(PartyRegistry.bundled(), rounds).plan(List.of(a));

        assertEquals(List.of("uk-eu-4", "2023-05-10-brussels"), plan.rounds().stream().map(Round::id).toList());
        Round london = plan.rounds().get(0);
        assertEquals("Fourth round of EU-UK trade talks", london.title());
        assertEquals("EU-UK trade talks", london.forum());
        assertEquals(List.of("European Union", "United Kingdom"), london.parties());
        assertEquals(List.of("london.txt"), london.docs());
        assertEquals("uk-eu-4", plan.roundOf("london.txt", 0).orElseThrow());
        Round brussels = plan.rounds().get(1);
        assertTrue(brussels.fromFile());
        assertEquals(List.of(), plan.statementsOf(brussels.id()));
        assertEquals("Wednesday 10 May 2023 to Thursday 11 May 2023", brussels.dates());
    }

    @Test
    void fileCompletesWhatDetectionLacks() throws IOException {
        Path rounds = file("""
                rounds:
                  - forum: Strategic Stability Dialogue
                    start: 2023-03-15
                """);
        RoundPlan plan = new RoundPlanner(PartyRegistry.bundled(), rounds)
                .plan(List.of(new ArticleAttributions(LONDON, List.of())));

        assertEquals(1, plan.rounds().size(), () -> plan.rounds().toString());
        Round r = plan.rounds().get(0);
        assertEquals("London", r.place());
        assertEquals("Strategic Stability Dialogue", r.forum());
        assertEquals("2023-03-15-london-strategic-stability-dialogue", r.id());
    }

    @Test
    void aWrongEntrySaysWhichAndWhy() throws IOException {
        Path rounds = file("""
                rounds:
                  - place: Geneva
                    start: 2023-03-15
                  - place: Vienna
                    start: 15/03/2023
                """);
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> new RoundPlanner(PartyRegistry.bundled(), rounds));
        assertTrue(e.getMessage().contains("round 2"), e.getMessage());
        assertTrue(e.getMessage().contains("not a date: '15/03/2023'"), e.getMessage());
    }

    @Test
    void anUnknownFieldIsAnError() throws IOException {
        Path rounds = file("""
                rounds:
                  - venue: Geneva
                """);
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> new RoundPlanner(PartyRegistry.bundled(), rounds));
        assertTrue(e.getMessage().contains("venue"), e.getMessage());
    }
}
