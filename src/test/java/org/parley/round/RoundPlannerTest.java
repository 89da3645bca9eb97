package org.parley.round;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.round.Fixtures.article;
import static org.parley.round.Fixtures.statement;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.article.Article;
import org.parley.extraction.ArticleAttributions;
import org.parley.party.PartyRegistry;

/** Rounds from passages written for each rule: merging, splitting, and what each statement is about. */
class RoundPlannerTest {

    private static final PartyRegistry PARTIES = PartyRegistry.bundled();

    private static RoundPlan plan(ArticleAttributions... articles) {
        return new RoundPlanner(PARTIES, null).plan(List.of(articles));
    }

    private static ArticleAttributions bare(Article a) {
        return new ArticleAttributions(a, List.of());
    }

    private static final Article LONDON_REUTERS = article("london-reuters.txt", LocalDate.of(2023, 3, 15), "Reuters",
            "EU and UK end fourth round of trade talks without deal on fish",
            """
            LONDON, March 15 (Reuters) - Negotiators from the European Union and Britain ended the fourth \
            round of trade talks in London on Wednesday without agreement on fishing rights.
            "We have made progress, but gaps remain," EU negotiator Anna Berg said after the talks.
            Britain has long said it will not accept EU oversight of its fishing waters, a spokesman said.
            """);

    private static final Article LONDON_AFP = article("london-afp.txt", LocalDate.of(2023, 3, 16), "AFP",
            "Fishing rights still divide EU and Britain",
            """
            EU and British negotiators failed to agree on fishing rights at talks in London that ended on \
            Wednesday, both sides said on Thursday.
            British negotiator Tom Hale said the next weeks would be decisive.
            """);

    @Test
    void sameMeetingInTwoArticlesIsOneRoundWithTheSameIdInEveryRun() {
        RoundPlan first = plan(bare(LONDON_REUTERS), bare(LONDON_AFP));
        RoundPlan second = plan(bare(LONDON_AFP), bare(LONDON_REUTERS));

        assertEquals(1, first.rounds().size(), () -> first.rounds().toString());
        Round round = first.rounds().get(0);
        assertEquals("2023-03-15-london-round-4", round.id());
        assertEquals(List.of("london-afp.txt", "london-reuters.txt"), round.docs());
        assertEquals(first.rounds(), second.rounds());
    }

    @Test
    void sameDayInDifferentPlacesIsTwoRounds() {
        Article a = article("a.txt", LocalDate.of(2023, 5, 8), null, "Two meetings",
                "Envoys held talks in Geneva on Monday. Ministers met in Vienna on Monday as well.");
        RoundPlan plan = plan(bare(a));
        assertEquals(2, plan.rounds().size(), () -> plan.rounds().toString());
        assertEquals(List.of("2023-05-08-geneva", "2023-05-08-vienna"),
                plan.rounds().stream().map(Round::id).toList());
    }

    @Test
    void sameDaySamePlaceDifferentForumsIsTwoRounds() {
        Article a = article("a.txt", LocalDate.of(2023, 5, 10), null, "A busy day in Brussels",
                "The NATO-Russia Council met in Brussels on Wednesday.\n"
                        + "Separately, the EU-UK Partnership Council met in Brussels on Wednesday.");
        RoundPlan plan = plan(bare(a));
        assertEquals(2, plan.rounds().size(), () -> plan.rounds().toString());
        assertTrue(plan.rounds().stream().allMatch(r -> "Brussels".equals(r.place())));
        assertNotEquals(plan.rounds().get(0).forum(), plan.rounds().get(1).forum());
    }

    @Test
    void previewReactionAndBackgroundGoToTheRoundTheyAreAbout() {
        Article preview = article("preview.txt", LocalDate.of(2023, 4, 10), null, "EU, UK to resume trade talks",
                """
                The European Union and Britain will resume trade talks in Brussels on Wednesday, officials said.
                EU negotiator Anna Berg said on Monday she expected a difficult week.
                Recalling the talks in London in March, British negotiator Tom Hale said the two sides had \
                narrowed their differences on tariffs.
                """);
        Article reaction = article("reaction.txt", LocalDate.of(2023, 4, 13), null, "UK upbeat after talks",
                """
                Britain's trade minister said on Thursday that Wednesday's talks in Brussels were constructive.
                """);
        ArticleAttributions p = new ArticleAttributions(preview, List.of(
                statement(preview, "she expected a difficult week", "European Union"),
                statement(preview, "the two sides had narrowed their differences on tariffs", "United Kingdom")));
        ArticleAttributions r = new ArticleAttributions(reaction, List.of(
                statement(reaction, "Wednesday's talks in Brussels were constructive", "United Kingdom")));

        RoundPlan plan = plan(p, r, bare(LONDON_REUTERS));

        assertEquals("2023-04-12-brussels", plan.roundOf("preview.txt", 0).orElseThrow());
        assertEquals("2023-04-12-brussels", plan.roundOf("reaction.txt", 0).orElseThrow());
        assertEquals("2023-03-15-london-round-4", plan.roundOf("preview.txt", 1).orElseThrow());
        assertEquals("named in the statement's sentence", plan.reasons().get("preview.txt#1"));
        assertEquals(2, plan.rounds().size(), () -> plan.rounds().toString());
    }

    @Test
    void standingPositionGoesToTheRoundItsArticleIsAbout() {
        ArticleAttributions a = new ArticleAttributions(LONDON_REUTERS, List.of(
                statement(LONDON_REUTERS, "it will not accept EU oversight of its fishing waters", "United Kingdom")));
        RoundPlan plan = plan(a);
        assertEquals("2023-03-15-london-round-4", plan.roundOf("london-reuters.txt", 0).orElseThrow());
        assertEquals("the round its article is about", plan.reasons().get("london-reuters.txt#0"));
    }

    @Test
    void statementsThatFitNoRoundAreKeptWithAReason() {
        Article other = article("economy.txt", LocalDate.of(2023, 3, 14), null, "Economy grows",
                "Britain's finance minister said on Tuesday the economy grew faster than expected.");
        ArticleAttributions a = new ArticleAttributions(other, List.of(
                statement(other, "the economy grew faster than expected", "United Kingdom")));
        RoundPlan plan = plan(a, bare(LONDON_REUTERS));
        assertTrue(plan.roundOf("economy.txt", 0).isEmpty());
        assertEquals("its article names no meeting (no forum, place or date of talks)",
                plan.unassigned().get("economy.txt#0"));
        assertEquals(1, plan.rounds().size());
    }

    @Test
    void yearlessDateInAnUndatedArticleStaysYearless() {
        Article a = article("undated.txt", null, null, "Envoys meet",
                "Envoys from both sides met in Geneva on January 12 and agreed to meet again.");
        ArticleAttributions s = new ArticleAttributions(a, List.of(statement(a, "agreed to meet again", null)));
        Round round = plan(s).rounds().get(0);
        assertFalse(round.yearKnown());
        assertEquals("jan-12-geneva", round.id());
        assertEquals("12 January, year not given", round.dates());
    }

    @Test
    void theDayOfAnotherClauseBeforeASayingDoesNotDateTheMeetingItReports() {
        Article preview = article("preview.txt", LocalDate.of(2022, 3, 28), null, "Negotiators to meet",
                "Negotiators will meet in Istanbul on Tuesday for their first talks in weeks.\n"
                        + "The president called his counterpart on Sunday, and his office said Turkey would host the "
                        + "talks in Istanbul.");
        RoundPlan plan = plan(Fixtures.withStatements(preview));
        assertEquals(List.of("Tuesday 29 March 2022"), plan.rounds().stream().map(Round::dates).toList());
    }

    @Test
    void aWireDatelineDatesTheArticleNotTheMeeting() {
        Article reaction = article("reaction.txt", null, null, "After the talks",
                "KYIV, March 30, 2022 - A day after talks in Istanbul, officials doubted any progress.\n"
                        + "Tuesday's meeting in Istanbul produced nothing promising, a spokesman said.");
        RoundPlan plan = plan(bare(reaction));
        assertEquals(List.of("Tuesday 29 March 2022"), plan.rounds().stream().map(Round::dates).toList());
    }

    @Test
    void talksOverSeveralDaysAreOneRound() {
        Article opened = article("opened.txt", LocalDate.of(2023, 5, 8), null, "Talks open in Vienna",
                "Talks opened in Vienna on Monday with both delegations present.");
        Article ended = article("ended.txt", LocalDate.of(2023, 5, 10), null, "Talks end in Vienna",
                "The talks in Vienna ended on Wednesday with a short statement.");
        RoundPlan plan = plan(bare(opened), bare(ended));
        assertEquals(1, plan.rounds().size(), () -> plan.rounds().toString());
        Round r = plan.rounds().get(0);
        assertEquals("Monday 8 May 2023 to Wednesday 10 May 2023", r.dates());
        assertEquals("2023-05-08-vienna", r.id());
    }

    @Test
    void differentRoundsOfASeriesStayApart() {
        Article a = article("a.txt", LocalDate.of(2023, 1, 10), null, "Vienna",
                "The eighth round of talks in Vienna ended on Monday. The ninth round of talks in Vienna "
                        + "will open on Tuesday, diplomats said.");
        RoundPlan plan = plan(bare(a));
        assertEquals(List.of("2023-01-09-vienna-round-8", "2023-01-10-vienna-round-9"),
                plan.rounds().stream().map(Round::id).toList());
    }

    @Test
    void meetingRecalledOnceWithNoStatementsIsNoRound() {
        Article a = article("a.txt", LocalDate.of(2023, 3, 15), null, "Trade talks in London",
                "EU and UK negotiators met in London on Wednesday, their first meeting since a summit in "
                        + "Geneva in June 2021.");
        RoundPlan plan = plan(bare(a));
        assertEquals(List.of("2023-03-15-london"), plan.rounds().stream().map(Round::id).toList());
    }

    @Test
    void whereSomeoneSitsOrATitleIsNoMeeting() {
        Article a = article("a.txt", LocalDate.of(2023, 5, 10), null, "Reactions",
                "Officials in Moscow said on Wednesday the talks had not started. European Council President "
                        + "Anna Berg said in Brussels on Wednesday the bloc would wait.");
        ArticleAttributions s = new ArticleAttributions(a, List.of(statement(a, "the talks had not started", null)));
        RoundPlan plan = plan(s);
        assertEquals(List.of(), plan.rounds());
        assertEquals(1, plan.unassigned().size());
    }

    @Test
    void titleCaseHeadlineGivesThePlaceAndTheLedeTheDay() {
        Article a = article("a.txt", LocalDate.of(2024, 5, 15), null, "Russia And Ukraine Hold Talks In Istanbul",
                "The two delegations met on Monday for four hours. \"We listened,\" one negotiator said.");
        ArticleAttributions s = new ArticleAttributions(a, List.of(statement(a, "We listened", null)));
        RoundPlan plan = plan(s);
        assertEquals(List.of("2024-05-13-istanbul"), plan.rounds().stream().map(Round::id).toList());
        assertEquals("2024-05-13-istanbul", plan.roundOf("a.txt", 0).orElseThrow());
    }

    @Test
    void aSummitNamedForItsCityJustAfterTheCityIsThatMeeting() {
        // a photo caption of a national paper (10,000-article set): the city, then the summit named for it
        Article a = article("caption.txt", LocalDate.of(2020, 9, 22), "Daily Mail", "Strzok memo released",
                "Pictured: Donald Trump and Vladimir Putin at the Presidential Palace in Helsinki during a press "
                        + "conference Helsinki Summit, Finland, on July 16, 2018. The memo is still classified.");
        ArticleReading reading = new ArticleReader(RoundLexicon.bundled(), PARTIES).read(bare(a));
        List<ArticleEvent> helsinki = reading.events().stream().filter(e -> "Helsinki".equals(e.place())).toList();
        assertEquals(1, helsinki.size(), "one meeting in Helsinki: " + reading.events());
        assertTrue(helsinki.get(0).mentions().stream().anyMatch(Mention::meeting));
        assertTrue(plan(bare(a)).rounds().isEmpty(), "a summit of 2018 is no round of a story of 2020");
    }
}
