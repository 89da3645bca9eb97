package org.parley.round;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.article.Article;
import org.parley.article.ArticleEntry;
import org.parley.article.ArticleParser;
import org.parley.extraction.ArticleAttributions;
import org.parley.extraction.AttributionExtractor;
import org.parley.party.PartyRegistry;
import org.parley.party.PartyResolver;

/**
 * Coverage we wrote of three other kinds of negotiation, planned from the real extractor's
 * statements: trade talks counted in rounds ("the eighth round"), ceasefire talks in two cities on
 * the same day, and a climate conference over two weeks. What the sample set teaches must hold here.
 */
class NegotiationScenariosTest {

    private static final PartyRegistry PARTIES = PartyRegistry.bundled();
    private static final AttributionExtractor EXTRACTOR = new AttributionExtractor(new PartyResolver(PARTIES));

    private static List<ArticleAttributions> read(String scenario, String... names) throws Exception {
        List<ArticleAttributions> out = new ArrayList<>();
        for (String name : names) {
            Article a = parse(scenario + "/" + name);
            out.add(new ArticleAttributions(a, EXTRACTOR.extract(a)));
        }
        return out;
    }

    private static Article parse(String path) throws IOException, org.parley.article.ArticleRejectedException {
        try (InputStream in = NegotiationScenariosTest.class.getResourceAsStream("scenarios/" + path)) {
            return new ArticleParser().parse(path.substring(path.indexOf('/') + 1), ArticleEntry.Format.TXT,
                    in.readAllBytes());
        }
    }

    private static RoundPlan plan(List<ArticleAttributions> articles) {
        return new RoundPlanner(PARTIES, null).plan(articles);
    }

    /** The round of the first statement of {@code doc} whose content holds {@code words}. */
    private static String roundOf(RoundPlan plan, List<ArticleAttributions> set, String doc, String words) {
        ArticleAttributions a = set.stream().filter(s -> s.article().doc().equals(doc)).findFirst().orElseThrow();
        for (int i = 0; i < a.attributions().size(); i++) {
            var c = a.attributions().get(i).content();
            if (a.article().text().substring(c.start(), c.end()).contains(words)) {
                return plan.roundOf(doc, i).orElse("none");
            }
        }
        throw new AssertionError("no statement with '" + words + "' in " + doc);
    }

    @Test
    void roundsOfASeriesKeepTheirOrdinalsAndAnOlderRoundRecalledIsBackground() throws Exception {
        List<ArticleAttributions> trade = read("trade", "t1-open.txt", "t2-end.txt", "t3-preview.txt",
                "t4-london.txt");

        RoundPlan plan = plan(trade);

        String seventh = "2026-01-london-round-7";
        String eighth = "2026-02-02-brussels-european-union-united-kingdom-round-8";
        String ninth = "2026-02-23-london-round-9";
        assertEquals(List.of(seventh, eighth, ninth), plan.rounds().stream().map(Round::id).toList());
        assertEquals(List.of("January 2026", "Monday 2 February 2026 to Friday 6 February 2026",
                "Monday 23 February 2026"), plan.rounds().stream().map(Round::dates).toList());
        assertEquals(eighth, roundOf(plan, trade, "t1-open.txt", "not a quick one"));
        assertEquals(eighth, roundOf(plan, trade, "t2-end.txt", "narrower but still wide"));
        assertEquals(seventh, roundOf(plan, trade, "t2-end.txt", "the seventh round in London"), "recalled");
        assertEquals(ninth, roundOf(plan, trade, "t2-end.txt", "The ninth round will be held"), "announced");
        assertEquals(ninth, roundOf(plan, trade, "t3-preview.txt", "round in circles"), "preview, 'next Monday'");
        assertEquals(ninth, roundOf(plan, trade, "t4-london.txt", "new proposals on quotas"));
        assertEquals(List.of(), List.copyOf(plan.unassigned().keySet()));
    }

    @Test
    void twoMeetingsOnTheSameDayInTwoCitiesStayTwoRounds() throws Exception {
        List<ArticleAttributions> ceasefire = read("ceasefire", "c1-abu-dhabi.txt", "c2-istanbul.txt",
                "c3-end.txt", "c4-kyiv.txt");

        RoundPlan plan = plan(ceasefire);

        String abuDhabi = "2026-03-17-abu-dhabi-trilateral";
        String istanbul = "2026-03-17-istanbul";
        assertEquals(List.of(abuDhabi, istanbul), plan.rounds().stream().map(Round::id).toList());
        assertEquals(List.of("Tuesday 17 March 2026 to Wednesday 18 March 2026", "Tuesday 17 March 2026"),
                plan.rounds().stream().map(Round::dates).toList());
        assertEquals(abuDhabi, roundOf(plan, ceasefire, "c1-abu-dhabi.txt", "froze Russian gains"));
        assertEquals(istanbul, roundOf(plan, ceasefire, "c2-istanbul.txt", "within two weeks"));
        assertEquals(abuDhabi, roundOf(plan, ceasefire, "c3-end.txt", "metre by metre"));
        assertEquals(istanbul, roundOf(plan, ceasefire, "c3-end.txt", "would take place next week"),
                "the Istanbul meeting recalled in the Abu Dhabi story");
        assertEquals(abuDhabi, roundOf(plan, ceasefire, "c4-kyiv.txt", "had been useful"), "reaction");
        assertEquals(istanbul, roundOf(plan, ceasefire, "c4-kyiv.txt", "the prisoner exchange agreed in Istanbul"));
        assertEquals(abuDhabi, roundOf(plan, ceasefire, "c4-kyiv.txt", "until monitors were in place"),
                "a standing position goes with the round the article is about");
    }

    @Test
    void aConferenceOverTwoWeeksIsOneRound() throws Exception {
        List<ArticleAttributions> cop = read("cop", "p1-open.txt", "p2-week-one.txt", "p3-ministers.txt",
                "p4-deal.txt");

        RoundPlan plan = plan(cop);

        assertEquals(List.of("2026-11-09-addis-ababa-cop32"), plan.rounds().stream().map(Round::id).toList());
        Round round = plan.rounds().get(0);
        assertEquals("Monday 9 November 2026 to Saturday 21 November 2026", round.dates());
        assertEquals("COP32", round.forum());
        int statements = cop.stream().mapToInt(a -> a.attributions().size()).sum();
        assertEquals(statements, plan.statementsOf(round.id()).size(), () -> plan.unassigned().toString());
    }

    @Test
    void theTwoWeeksAreOneRoundEvenWithNoCoverageInBetween() throws Exception {
        RoundPlan plan = plan(read("cop", "p1-open.txt", "p4-deal.txt"));

        assertEquals(List.of("2026-11-09-addis-ababa-cop32"), plan.rounds().stream().map(Round::id).toList());
        assertEquals("Monday 9 November 2026 to Saturday 21 November 2026", plan.rounds().get(0).dates());
    }
}
