package org.parley.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.parley.article.Article;
import org.parley.extraction.Attribution;
import org.parley.extraction.Kind;
import org.parley.extraction.Span;

class OutcomesTest {

    private static Said said(String doc, String text) {
        Article a = new Article(doc, "Talks", text, 0, LocalDate.of(2026, 3, 9), "Wire", null);
        Attribution s = new Attribution(Kind.INDIRECT, new Span(0, 5), null, null, "Anja Reswick", null, "Valdoria");
        return new Said(a, 0, s, List.of("Wire"), java.util.Set.of(), "Talks", List.of());
    }

    private static List<String> outcome(Said... said) {
        List<Said> all = List.of(said);
        return Outcomes.of(all, s -> true, new SourceList(all, new StoryLinks(List.of()))).stream()
                .map(Briefing.OutcomeLine::text).toList();
    }

    @Test
    void anAgreementNoAgreementAndTheNextMeetingAreOutcomes() {
        assertEquals(List.of("Valdoria and Karvessia have agreed to a ceasefire along the river."),
                outcome(said("a.txt", "Talks ended late. Valdoria and Karvessia have agreed to a ceasefire along the river.")));
        assertEquals(List.of("The talks ended without a deal on Friday."),
                outcome(said("a.txt", "The talks ended without a deal on Friday.")));
        assertEquals(List.of("The next round of talks will be held in Oslo in May."),
                outcome(said("a.txt", "The next round of talks will be held in Oslo in May.")));
    }

    @Test
    void whatMustCouldOrMayComeIsNoOutcomeNorIsAQuoteOrADemand() {
        assertEquals(List.of(), outcome(said("a.txt", "Both sides must agree a deal before winter. "
                + "\"We reached a deal,\" he joked, \"on the coffee.\" Crowds demanded that their government agreed a deal. "
                + "Though Valdoria has agreed to the plan, Karvessia has not.")));
    }

    @Test
    void oneSentenceCarriedByTwoArticlesIsOneLineCitingBoth() {
        List<Said> all = List.of(said("a.txt", "Valdoria and Karvessia signed the agreement in Oslo."),
                said("b.txt", "Valdoria and Karvessia signed the agreement in Oslo."),
                said("c.txt", "Karvessia agreed to the truce, officials said."));
        List<Briefing.OutcomeLine> lines = Outcomes.of(all, s -> true, new SourceList(all, new StoryLinks(List.of())));
        assertEquals(2, lines.size());
        assertEquals(List.of(1, 2), lines.get(0).sources(), "the most widely carried first");
    }
}
