package org.parley.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

class IssueLexiconTest {

    private final IssueLexicon lexicon = IssueLexicon.bundled();

    @Test
    void findsIssuesByWholeWordsAndPhrasesInLexiconOrder() {
        assertEquals(Set.of("Troop deployments", "Ceasefire"),
                lexicon.issuesOf("Troops would hold the ceasefire line, the envoy said."));
        assertEquals(Set.of("Prisoners"), lexicon.issuesOf("A PRISONER EXCHANGE is close."));
        assertEquals(Set.of("Ceasefire", "Borders"), lexicon.issuesOf("the cease-fire along the border"));
    }

    @Test
    void partsOfWordsDoNotCount() {
        assertEquals(Set.of(), lexicon.issuesOf("The gasket and the borderline case were untradeable."));
        assertEquals(Set.of(), lexicon.issuesOf("arms"));
    }
}
