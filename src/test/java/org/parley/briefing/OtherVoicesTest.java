package org.parley.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.parley.article.Article;
import org.parley.extraction.ArticleAttributions;
import org.parley.extraction.Attribution;
import org.parley.extraction.Kind;
import org.parley.extraction.Span;
import org.parley.party.PartyRegistry;
import org.parley.party.TableParties;

/** Who keeps a party: the sides at the table, and in coverage of a crisis a state's opposition that speaks often. */
class OtherVoicesTest {

    private static final PartyRegistry REGISTRY = PartyRegistry.bundled();

    private static ArticleAttributions article(String text, String[]... speakers) {
        Article a = new Article("a.txt", "Title", text, 7, null, "Wire", null);
        List<Attribution> list = new ArrayList<>();
        for (String[] s : speakers) {
            list.add(new Attribution(Kind.INDIRECT, new Span(7, 12), null, null, s[0], s[1], s[2]));
        }
        return new ArticleAttributions(a, list);
    }

    private static List<String> parties(List<ArticleAttributions> seated) {
        return seated.get(0).attributions().stream().map(Attribution::party).toList();
    }

    @Test
    void inCoverageOfTalksOnlyTheSidesKeepTheirParty() {
        String text = "Title\n\nUS-Iran talks resumed. Iran's delegation arrived. The US and Iran held talks again.";
        List<ArticleAttributions> run = List.of(article(text, new String[] {"Karim Azadi", "minister", "Iran"},
                new String[] {"Dan Levitan", "prime minister", "Israel"}, new String[] {"Tom Harlan", "president",
                        "United States"}));
        TableParties.Table table = OtherVoices.tableOf(run, new TableParties(REGISTRY));
        assertEquals(java.util.Arrays.asList("Iran", null, "United States"), parties(OtherVoices.seat(run, table, REGISTRY)));
    }

    @Test
    void inCoverageOfACrisisAnOppositionThatSpeaksOftenIsASideAndTakesItsPoliticians() {
        String text = "Title\n\nLithuania closed its border. Poland watched. Ukraine spoke.";
        List<String[]> speakers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            speakers.add(new String[] {"Anna Lis", "opposition leader", "Belarusian opposition"});
        }
        speakers.add(new String[] {"Pavel Dubko", "An opposition politician", null});
        speakers.add(new String[] {"Ivan Kolas", "President", "Belarus"});
        List<ArticleAttributions> run = List.of(article(text, speakers.toArray(String[][]::new)));
        TableParties.Table table = OtherVoices.tableOf(run, new TableParties(REGISTRY));
        List<String> seated = parties(OtherVoices.seat(run, table, REGISTRY));
        assertEquals("Belarusian opposition", seated.get(0));
        assertEquals("Belarusian opposition", seated.get(10));
        assertEquals("Belarus", seated.get(11));
    }

    @Test
    void anOppositionThatSpeaksRarelyIsAnotherVoice() {
        String text = "Title\n\nLithuania closed its border. Poland watched. Ukraine spoke.";
        List<ArticleAttributions> run = List.of(article(text, new String[] {"Anna Lis", "opposition leader",
                "Belarusian opposition"}, new String[] {"Ivan Kolas", "President", "Belarus"}));
        TableParties.Table table = OtherVoices.tableOf(run, new TableParties(REGISTRY));
        assertEquals(java.util.Arrays.asList(null, "Belarus"), parties(OtherVoices.seat(run, table, REGISTRY)));
    }
}
