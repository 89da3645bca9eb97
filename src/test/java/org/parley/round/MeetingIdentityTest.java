package org.parley.round;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.round.Fixtures.article;
import static org.parley.round.Fixtures.statement;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.article.Article;
import org.parley.extraction.ArticleAttributions;
import org.parley.party.PartyRegistry;

/**
 * What makes two mentions one meeting, from passages written for each rule: a party at the table
 * or a host is no meeting of its own, weekdays count from the article's day with their tense, and
 * a meeting becomes a round only with a place and a date.
 */
class MeetingIdentityTest {

    private static final PartyRegistry PARTIES = PartyRegistry.bundled();

    private static RoundPlan plan(ArticleAttributions... articles) {
        return new RoundPlanner(PARTIES, null).plan(List.of(articles));
    }

    private static ArticleAttributions bare(Article a) {
        return new ArticleAttributions(a, List.of());
    }

    private static List<String> ids(RoundPlan plan) {
        return plan.rounds().stream().map(Round::id).toList();
    }

    @Test
    void aPartyNamedLikeAForumIsNoMeetingOfItsOwn() {
        Article a = article("a.txt", LocalDate.of(2025, 6, 3), null, "Envoys meet in Geneva",
                "Envoys of both sides met in Geneva on Tuesday and agreed to brief the North Atlantic Council "
                        + "on the results.");
        ArticleAttributions s = new ArticleAttributions(a, List.of(statement(a, "agreed to brief", null)));

        RoundPlan plan = plan(s);

        assertEquals(List.of("2025-06-03-geneva"), ids(plan));
        assertEquals("2025-06-03-geneva", plan.roundOf("a.txt", 0).orElseThrow());
    }

    @Test
    void aHostChairsTheMeetingAndDoesNotSplitIt() {
        Article first = article("first.txt", LocalDate.of(2025, 6, 5), null, "Joint Commission meets",
                "The Joint Commission, chaired by the OSCE, met in Vienna on Thursday.");
        Article second = article("second.txt", LocalDate.of(2025, 6, 5), null, "Talks in Vienna",
                "Delegations held talks at the OSCE in Vienna on Thursday.");

        RoundPlan plan = plan(bare(first), bare(second));

        assertEquals(List.of("2025-06-05-vienna-joint-commission"), ids(plan));
        assertEquals(List.of("first.txt", "second.txt"), plan.rounds().get(0).docs());
    }

    @Test
    void aPreviewAndAReactionByWeekdayNameTheSameDay() {
        Article preview = article("preview.txt", LocalDate.of(2025, 6, 9), null, "Council to meet",
                "Officials said on Monday that the Permanent Council meets in Vienna on Wednesday.");
        Article tomorrow = article("tomorrow.txt", LocalDate.of(2025, 6, 10), null, "Eve of the Council",
                "Envoys prepared for Wednesday's Permanent Council in Vienna.");
        Article reaction = article("reaction.txt", LocalDate.of(2025, 6, 13), null, "After the Council",
                "On Wednesday in Vienna, the Permanent Council met for five hours.");

        RoundPlan plan = plan(bare(preview), bare(tomorrow), bare(reaction));

        assertEquals(List.of("2025-06-11-vienna-permanent-council"), ids(plan));
        assertEquals("Wednesday 11 June 2025", plan.rounds().get(0).dates());
    }

    @Test
    void theDayOfASayingDoesNotStretchTheMeeting() {
        Article a = article("a.txt", LocalDate.of(2025, 6, 8), null, "Opposition warns",
                "The opposition leader on Sunday accused the government of weakness ahead of Monday's talks "
                        + "in Oslo, and demanded a vote on any deal.");

        RoundPlan plan = plan(bare(a));

        assertEquals(List.of("2025-06-09-oslo"), ids(plan));
        assertEquals("Monday 9 June 2025", plan.rounds().get(0).dates());
    }

    @Test
    void theFirstRoundInMonthsIsNoRoundOfASeries() {
        Article a = article("a.txt", LocalDate.of(2025, 6, 9), null, "Talks resume in Oslo",
                "The two sides ended their first round of talks in months in Oslo on Monday.");

        assertEquals(List.of("2025-06-09-oslo"), ids(plan(bare(a))));
    }

    @Test
    void theNextMeetingOfAForumIsNotThePastOne() {
        Article a = article("a.txt", LocalDate.of(2025, 6, 13), null, "A week of talks ends",
                """
                The Strategic Dialogue met in Oslo on Monday.

                There is no date for the next Strategic Dialogue, a diplomat said.
                """);
        ArticleAttributions s = new ArticleAttributions(a, List.of(statement(a, "There is no date", null)));

        RoundPlan plan = plan(s);

        assertEquals(List.of("2025-06-09-oslo-strategic-dialogue"), ids(plan));
        assertEquals("the round its article is about", plan.reasons().get("a.txt#0"));
    }

    @Test
    void aMeetingAnnouncedInPassingIsNoRoundButOneRecalledByAStatementIs() {
        Article a = article("a.txt", LocalDate.of(2025, 6, 12), null, "Deal reached in Valletta",
                """
                The two sides agreed a prisoner exchange at talks in Valletta on Thursday.

                Technical talks will be held next Thursday in Valletta, a spokesman said.

                The minister said the last session, in Reykjavik in November, had been a waste of time.
                """);
        ArticleAttributions s = new ArticleAttributions(a, List.of(
                statement(a, "Technical talks will be held", null),
                statement(a, "had been a waste of time", null)));

        RoundPlan plan = plan(s);

        assertEquals(List.of("2024-11-reykjavik", "2025-06-12-valletta"), ids(plan));
        assertEquals("2025-06-12-valletta", plan.roundOf("a.txt", 0).orElseThrow(), "announced at the round");
        assertEquals("2024-11-reykjavik", plan.roundOf("a.txt", 1).orElseThrow(), "background");
    }
}
