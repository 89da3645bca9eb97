package org.parley.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.parley.article.Article;
import org.parley.extraction.ArticleAttributions;
import org.parley.extraction.Attribution;
import org.parley.extraction.Kind;
import org.parley.extraction.Span;
import org.parley.party.InMemoryPersonStore;
import org.parley.party.SpeakerDirectory;

class RunSpeakersTest {

    private static ArticleAttributions said(String doc, String text, String speaker, String role, String party) {
        Article article = new Article(doc, "T", text, 0, LocalDate.of(2026, 3, 9), "Wire", null);
        int source = text.indexOf(speaker);
        Attribution a = new Attribution(Kind.INDIRECT, new Span(0, 10), null,
                new Span(source, source + speaker.length()), speaker, role, party);
        return new ArticleAttributions(article, List.of(a));
    }

    @Test
    void aBareSurnameInAnotherArticleBecomesThePersonWithTheirParty() {
        SpeakerDirectory people = SpeakerDirectory.load(new InMemoryPersonStore(), LocalDate.of(2026, 3, 9));
        List<ArticleAttributions> resolved = RunSpeakers.resolve(List.of(
                said("a.txt", "Compact Secretary-General Rutger Venholm said the door was open.", "Rutger Venholm",
                        "Compact Secretary-General", "Northern Compact"),
                said("b.txt", "Venholm said talks would go on.", "Venholm", null, null)), people);
        Attribution later = resolved.get(1).attributions().get(0);
        assertEquals("Rutger Venholm", later.speaker());
        assertEquals("Northern Compact", later.party());
        assertEquals("Compact Secretary-General", later.role());
    }

    @Test
    void aPersonWhoseArticlesDisagreeHasNoParty() {
        SpeakerDirectory people = SpeakerDirectory.load(new InMemoryPersonStore(), LocalDate.of(2026, 3, 9));
        List<ArticleAttributions> resolved = RunSpeakers.resolve(List.of(
                said("a.txt", "Valdorian envoy Ines Caldo said so.", "Ines Caldo", "Valdorian envoy", "Valdoria"),
                said("b.txt", "Karvessian envoy Ines Caldo said so.", "Ines Caldo", "Karvessian envoy", "Karvessia")),
                people);
        assertEquals(null, resolved.get(0).attributions().get(0).party());
        assertEquals(null, resolved.get(1).attributions().get(0).party());
    }
}
