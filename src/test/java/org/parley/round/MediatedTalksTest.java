package org.parley.round;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.round.Fixtures.article;
import static org.parley.round.Fixtures.statement;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.article.Article;
import org.parley.extraction.ArticleAttributions;
import org.parley.party.PartyRegistry;

/**
 * Coverage we wrote of mediated talks as the wires report them: undated "talks in Doha" two months
 * apart, a host country for its city, stories between rounds, a story on strikes with a paragraph on
 * the talks, another body's summit, and a round recalled from the series before.
 */
class MediatedTalksTest {

    private static ArticleAttributions said(Article a, String... contents) {
        return new ArticleAttributions(a, java.util.Arrays.stream(contents).map(c -> statement(a, c, null)).toList());
    }

    private static RoundPlan plan(List<ArticleAttributions> set) {
        return new RoundPlanner(PartyRegistry.bundled(), null).plan(set);
    }

    private static List<String> ids(RoundPlan plan) {
        return plan.rounds().stream().map(Round::id).toList();
    }

    private static final ArticleAttributions JULY = said(article("jul.txt", LocalDate.of(2025, 7, 5), "Wire",
            "Israel to send negotiators to Doha talks",
            "Israeli negotiators will travel to Doha on Sunday for indirect talks with Hamas. "
                    + "A Hamas official said the group wanted guarantees that the war would end."),
            "the group wanted guarantees that the war would end");
    private static final ArticleAttributions STALLED = said(article("stall.txt", LocalDate.of(2025, 7, 12), "Wire",
            "Doha talks stall over maps",
            "The indirect talks in Doha have stalled over maps of a withdrawal. "
                    + "A Hamas official said the maps were unacceptable."),
            "the maps were unacceptable");
    private static final ArticleAttributions SEPTEMBER = said(article("sep.txt", LocalDate.of(2025, 9, 10), "Wire",
            "Strike hits negotiators in Doha",
            "A strike hit a building in Doha where Hamas negotiators were meeting to discuss a new proposal. "
                    + "Qatar said the attack would not end its mediation."),
            "the attack would not end its mediation");
    private static final ArticleAttributions HEADING = said(article("oct6.txt", LocalDate.of(2025, 10, 6), "Wire",
            "Negotiators head to Sharm el-Sheikh",
            "Negotiators from Israel and Hamas are heading to Sharm el-Sheikh to start indirect talks on the plan. "
                    + "The White House said a deal was close."),
            "a deal was close");
    private static final ArticleAttributions EGYPT = said(article("oct8.txt", LocalDate.of(2025, 10, 8), "Wire",
            "Talks in Egypt go on",
            "Indirect talks went on in Egypt on Wednesday. An Egyptian official said the mood was positive."),
            "the mood was positive");

    @Test
    void undatedTalksInOnePlaceMonthsApartAreTwoRoundsAndAHostCountryIsItsCity() {
        RoundPlan plan = plan(List.of(JULY, STALLED, SEPTEMBER, HEADING, EGYPT));

        assertEquals(List.of("2025-07-06-doha-indirect", "2025-09-10-doha", "2025-10-08-sharm-el-sheikh-indirect"),
                ids(plan));
        assertEquals("2025-07-06-doha-indirect", plan.roundOf("stall.txt", 0).orElseThrow(), "the same stretch of talks");
        assertEquals("2025-09-10-doha", plan.roundOf("sep.txt", 0).orElseThrow(), "not July's talks in Doha");
        assertEquals("2025-10-08-sharm-el-sheikh-indirect", plan.roundOf("oct8.txt", 0).orElseThrow(),
                "talks in Egypt are the Sharm el-Sheikh talks");
    }

    @Test
    void talksUnderWaySinceLastWeekRunToTheStorysDay() {
        ArticleAttributions cairo = said(article("aug18.txt", LocalDate.of(2025, 8, 18), "Wire",
                "Hamas agrees to latest ceasefire proposal",
                "A Hamas delegation has been in Cairo since last week meeting Egyptian and Qatari mediators. "
                        + "A Hamas official said the group had accepted the proposal."),
                "the group had accepted the proposal");
        ArticleAttributions since = said(article("sep12.txt", LocalDate.of(2025, 9, 12), "Wire",
                "Negotiators stay in Doha",
                "Negotiators have been meeting in Doha since Monday. An official said the gaps were narrowing."),
                "the gaps were narrowing");
        RoundPlan plan = plan(List.of(cairo, since));

        List<Round> rounds = plan.rounds();
        assertEquals(List.of("from the week of 11 August to Monday 18 August 2025",
                "Monday 8 September 2025 to Friday 12 September 2025"), rounds.stream().map(Round::dates).toList(),
                "not a stretch that ended the day before the story");
        assertEquals(rounds.get(0).id(), plan.roundOf("aug18.txt", 0).orElseThrow());
    }

    @Test
    void aStoryBetweenRoundsThatNamesNoneIsAboutTheNearestAndOneOnOtherThingsAboutNone() {
        ArticleAttributions demands = said(article("jul9.txt", LocalDate.of(2025, 7, 9), "Wire",
                "Israel sets terms for a deal",
                "Israel said it would accept a deal only if all hostages were freed."),
                "it would accept a deal only if all hostages were freed");
        ArticleAttributions floods = said(article("jul8.txt", LocalDate.of(2025, 7, 8), "Wire",
                "Floods hit the coast",
                "Heavy rain flooded the coastal road. The mayor said the water was still rising."),
                "the water was still rising");
        RoundPlan plan = plan(List.of(JULY, demands, floods));

        assertEquals("2025-07-06-doha-indirect", plan.roundOf("jul9.txt", 0).orElseThrow());
        assertTrue(plan.roundOf("jul8.txt", 0).isEmpty(), () -> plan.unassigned().toString());
    }

    @Test
    void inAStoryOnStrikesOnlyWhatIsSaidOfTheTalksIsAboutTheRound() {
        ArticleAttributions strikes = said(article("strikes.txt", LocalDate.of(2025, 6, 13), "Wire",
                "Talks in Muscat in doubt after strikes",
                "The sixth round of talks, due in Muscat on Sunday, is in doubt after overnight strikes.\n\n"
                        + "Missiles hit a fuel depot, the army said.\n\n"
                        + "Sirens sounded across the city, residents said.\n\n"
                        + "The health ministry said dozens had been hurt.\n\n"
                        + "Officials said the damage was being assessed.\n\n"
                        + "Iran said it would not negotiate while under attack."),
                "Missiles hit a fuel depot", "it would not negotiate while under attack");
        RoundPlan plan = plan(List.of(strikes));

        assertEquals(List.of("2025-06-15-muscat-round-6"), ids(plan));
        assertTrue(plan.roundOf("strikes.txt", 0).isEmpty(), "a military claim is about no round");
        assertEquals("2025-06-15-muscat-round-6", plan.roundOf("strikes.txt", 1).orElseThrow());
    }

    @Test
    void inAStoryOnTheTalksReportsOfTheFightingAreAboutNoRound() {
        ArticleAttributions talks = said(article("jul7.txt", LocalDate.of(2025, 7, 7), "Wire",
                "Ceasefire talks resume in Doha",
                "Indirect talks between Israel and Hamas resumed in Doha on Sunday.\n\n"
                        + "Hamas said it wanted a full Israeli withdrawal from Gaza.\n\n"
                        + "Mediators said the gaps on the maps had narrowed.\n\n"
                        + "The health ministry said 40 people were killed in strikes on Saturday.\n\n"
                        + "Dani Levy, whose son was killed in October, said he wanted his grandson home.\n\n"
                        + "The negotiations are expected to last a week."),
                "it wanted a full Israeli withdrawal from Gaza", "40 people were killed in strikes on Saturday",
                "he wanted his grandson home");
        RoundPlan plan = plan(List.of(JULY, talks));

        String doha = "2025-07-06-doha-indirect";
        assertEquals(doha, plan.roundOf("jul7.txt", 0).orElseThrow(), "a standing position");
        assertTrue(plan.roundOf("jul7.txt", 1).isEmpty(), "a casualty report");
        assertTrue(plan.unassigned().get("jul7.txt#1").contains("events on the ground"),
                () -> plan.unassigned().toString());
        assertEquals(doha, plan.roundOf("jul7.txt", 2).orElseThrow(), "the loss is who he is, not what he reports");
    }

    @Test
    void aStoryOnAnAttackAtTheTalksIsAboutTheRound() {
        ArticleAttributions attack = said(article("sep9.txt", LocalDate.of(2025, 9, 9), "Wire",
                "Hamas says its leaders survived Israeli air strike in Doha",
                "An Israeli air strike hit a building in Doha where Hamas negotiators were meeting to discuss "
                        + "the US proposal on Tuesday.\n\n"
                        + "Qatar said the strike was a flagrant violation of its sovereignty.\n\n"
                        + "The Israeli prime minister said the strike was fully justified.\n\n"
                        + "Witnesses said they heard eight explosions.\n\n"
                        + "Smoke rose over the north of the city for hours.\n\n"
                        + "Qatar is a close ally of the United States."),
                "the strike was a flagrant violation of its sovereignty", "the strike was fully justified");
        RoundPlan plan = plan(List.of(JULY, attack));

        String round = plan.roundOf("sep9.txt", 0).orElseThrow(() -> new AssertionError(plan.unassigned()));
        assertTrue(round.startsWith("2025-09-09-doha"), round);
        assertEquals(round, plan.roundOf("sep9.txt", 1).orElseThrow());
    }

    @Test
    void theSittingsOfOneMeetingAreNotItsNumberInTheSeries() {
        ArticleAttributions sittings = said(article("jul12.txt", LocalDate.of(2025, 7, 12), "Wire",
                "Doha talks near collapse",
                "Since last Sunday, Israeli and Hamas negotiators have attended eight rounds of indirect talks "
                        + "in separate buildings in Doha.\n\n"
                        + "During the fifth round of talks, Israel handed the mediators a map, an official said."),
                "Israel handed the mediators a map");
        RoundPlan plan = plan(List.of(JULY, sittings));

        assertEquals(List.of("2025-07-06-doha-indirect"), ids(plan));
        assertEquals("Indirect talks, Doha", plan.rounds().get(0).title());
    }

    @Test
    void aStoryOnTheAgreementThatNeverSpeaksOfTheSummitIsAboutTheTalks() {
        ArticleAttributions summit = said(article("oct13.txt", LocalDate.of(2025, 10, 13), "Wire",
                "Leaders sign declaration at a summit in Sharm el-Sheikh",
                "World leaders signed a declaration at a summit in Sharm el-Sheikh on Monday. "
                        + "The US president said the day was historic."),
                "the day was historic");
        ArticleAttributions agreement = said(article("oct12.txt", LocalDate.of(2025, 10, 12), "Wire",
                "What we know about the ceasefire agreement",
                "Hamas and Israel are expected to exchange hostages and prisoners, as part of the first phase "
                        + "of the ceasefire agreement. An Israeli spokesperson said the release would begin early."),
                "the release would begin early");
        RoundPlan plan = plan(List.of(HEADING, EGYPT, summit, agreement));

        assertEquals(List.of("2025-10-08-sharm-el-sheikh-indirect", "2025-10-13-sharm-el-sheikh-summit"), ids(plan));
        assertEquals("2025-10-08-sharm-el-sheikh-indirect", plan.roundOf("oct12.txt", 0).orElseThrow(),
                () -> plan.unassigned().toString());
    }

    @Test
    void betweenRoundsWhatLooksAheadGoesToTheComingRound() {
        ArticleAttributions first = said(article("g1.txt", LocalDate.of(2026, 2, 17), "Wire",
                "Talks open in Geneva", "Indirect talks opened in Geneva on Tuesday. Iran said the mood was good."),
                "the mood was good");
        ArticleAttributions second = said(article("g2.txt", LocalDate.of(2026, 2, 26), "Wire",
                "Talks resume in Geneva", "Talks resumed in Geneva on Thursday. Oman said progress had been made."),
                "progress had been made");
        ArticleAttributions between = said(article("g3.txt", LocalDate.of(2026, 2, 20), "Wire",
                "After the Geneva talks, a deadline",
                "The talks in Geneva on Tuesday ended without a deal. Iran said the talks had been serious. "
                        + "Trump said Iran would have ten days to agree."),
                "the talks had been serious", "Iran would have ten days to agree");
        RoundPlan plan = plan(List.of(first, second, between));

        assertEquals(List.of("2026-02-17-geneva-indirect", "2026-02-26-geneva"), ids(plan));
        assertEquals("2026-02-17-geneva-indirect", plan.roundOf("g3.txt", 0).orElseThrow(), "a judgement of the talks held");
        assertEquals("2026-02-26-geneva", plan.roundOf("g3.txt", 1).orElseThrow(), "a deadline before the next");
    }

    @Test
    void anotherBodysSummitIsContextNotARound() {
        ArticleAttributions summit = said(article("nato.txt", LocalDate.of(2025, 6, 24), "Wire",
                "Trump at the Nato summit in The Hague",
                "Leaders met at the Nato summit in The Hague on Tuesday. Trump said Iran's programme was set back."),
                "Iran's programme was set back");
        RoundPlan plan = new RoundPlanner(PartyRegistry.bundled(), null).plan(List.of(summit),
                party -> party.equals("Iran") || party.equals("United States"));

        assertEquals(List.of(), ids(plan));
        assertEquals(1, plan.context().size(), () -> plan.context().toString());
        assertTrue(plan.context().get(0).why().contains("not at the table"), plan.context().get(0).why());
        assertEquals(List.of("2025-06-24-the-hague-nato-summit"), ids(plan(List.of(summit))),
                "where every party is at the table, it is a round");
    }

    @Test
    void aRoundRecalledFromAnEarlierSeriesGivesNoOrdinalToThisOne() {
        ArticleAttributions first = said(article("m1.txt", LocalDate.of(2026, 2, 6), "Wire",
                "US and Iran talks to begin in Oman",
                "Officials are expected to meet in Oman later for indirect talks. Iran said it came in good faith."),
                "it came in good faith");
        ArticleAttributions preview = said(article("m2.txt", LocalDate.of(2026, 2, 15), "Wire",
                "Iran ready for second round",
                "Iran confirmed that a second round of talks would take place in Geneva on 17 February. "
                        + "Last year, Israel's strikes came days before a sixth round of indirect talks in Oman. "
                        + "Iran said it hoped for a deal."),
                "it hoped for a deal");
        RoundPlan plan = plan(List.of(first, preview));

        assertEquals(List.of("2026-02-06-oman-indirect", "2026-02-17-geneva-round-2"), ids(plan));
        assertEquals("2026-02-17-geneva-round-2", plan.roundOf("m2.txt", 0).orElseThrow(),
                "a preview is about the coming round, not the one held nine days before");
    }

    @Test
    void talksInWhatIsSaidAreNotWhereItIsSaid() {
        ArticleAttributions told = said(article("wh.txt", LocalDate.of(2026, 2, 14), "Wire",
                "Trump says talks with Iran will go on",
                "Trump told Israeli Prime Minister Benjamin Netanyahu on Wednesday at the White House that talks "
                        + "with Tehran would continue."),
                "talks with Tehran would continue");
        assertEquals(List.of(), ids(plan(List.of(told))), "no talks in Washington");
        ArticleAttributions held = said(article("wh2.txt", LocalDate.of(2026, 2, 14), "Wire",
                "Talks at the White House",
                "Officials held talks at the White House on Wednesday. Iran said that was a start."),
                "that was a start");
        assertEquals(List.of("2026-02-11-washington"), ids(plan(List.of(held))));
    }

    @Test
    void aSummitReportedDaysAfterTheTalksThereIsAnotherMeeting() {
        ArticleAttributions summit = said(article("oct13.txt", LocalDate.of(2025, 10, 13), "Wire",
                "Leaders sign Gaza declaration",
                "Leaders have signed a declaration at a summit in the Egyptian resort of Sharm el- Sheikh. "
                        + "Trump said the rebuilding would begin."),
                "the rebuilding would begin");
        RoundPlan plan = plan(List.of(HEADING, EGYPT, summit));

        assertEquals(List.of("2025-10-08-sharm-el-sheikh-indirect", "2025-10-13-sharm-el-sheikh-summit"), ids(plan));
        assertEquals("2025-10-13-sharm-el-sheikh-summit", plan.roundOf("oct13.txt", 0).orElseThrow());
    }

    @Test
    void whatLooksAheadAfterTalksIsNotAboutALeadersSummitThatFollows() {
        ArticleAttributions summit = said(article("oct13.txt", LocalDate.of(2025, 10, 13), "Wire",
                "Leaders sign Gaza declaration",
                "Leaders have signed a declaration at a summit in the Egyptian resort of Sharm el- Sheikh. "
                        + "Trump said the rebuilding would begin."),
                "the rebuilding would begin");
        ArticleAttributions agreed = said(article("oct10.txt", LocalDate.of(2025, 10, 10), "Wire",
                "What the Sharm el-Sheikh deal says",
                "The indirect talks in Sharm el-Sheikh on Wednesday ended with a deal. "
                        + "Israel said hostages would be freed within 72 hours."),
                "hostages would be freed within 72 hours");
        RoundPlan plan = plan(List.of(HEADING, EGYPT, agreed, summit));

        assertEquals("2025-10-08-sharm-el-sheikh-indirect", plan.roundOf("oct10.txt", 0).orElseThrow(),
                "the deal's next steps belong to the talks that made it");
    }

    @Test
    void talksWithAPartyNotAtTheTableAreNoRound() {
        ArticleAttributions visit = said(article("wh3.txt", LocalDate.of(2026, 2, 14), "Wire",
                "Trump insists Iran track will go on",
                "Trump insisted after talks with Israeli Prime Minister Benjamin Netanyahu on Wednesday at the White "
                        + "House that talks with Tehran would continue. Trump said Iran should make a deal."),
                "Iran should make a deal");
        java.util.function.Predicate<String> usIran = party -> party.equals("Iran") || party.equals("United States");
        assertEquals(List.of(), ids(new RoundPlanner(PartyRegistry.bundled(), null).plan(List.of(visit), usIran)));
        assertEquals(List.of("2026-02-11-washington"), ids(plan(List.of(visit))),
                "where every party is at the table, talks with Israel are a round");
    }
}
