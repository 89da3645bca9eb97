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
    void aWeakTermNamesAnIssueOnlyBesideAnotherOfItsTerms() {
        assertEquals(Set.of(), lexicon.issuesOf("Israel's missile strike unintentionally killed a Qatari serviceman"));
        assertEquals(Set.of("Arms control"), lexicon.issuesOf("limits on missiles and warheads"));
        assertEquals(Set.of("Arms control"), lexicon.issuesOf("missiles would be part of any verification regime"),
                "two weak terms of one issue");
        assertEquals(Set.of(), lexicon.issuesOf("the territory's health ministry said"));
        assertEquals(Set.of("Borders"), lexicon.issuesOf("the territory up to the border"));
    }

    @Test
    void anIssuesTermsDoNotCountInsideItsExceptPhrases() {
        assertEquals(Set.of(), lexicon.issuesOf("the court ruling on prisoner voting"));
        assertEquals(Set.of("Prisoners"), lexicon.issuesOf("prisoner voting aside, the hostages come first"));
        assertEquals(Set.of(), lexicon.issuesOf("the Withdrawal Agreement must be honoured"));
        assertEquals(java.util.Map.of("Prisoners", Set.of("hostages", "prisoners")),
                lexicon.termsOf("the hostages for prisoners"));
    }

    @Test
    void aLexiconFileNeedsTermsWithWords(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("issues.yaml");
        java.nio.file.Files.writeString(file, "issues:\n  - name: Fishing\n    weak: [fish, catch]\n    except: ['  ']\n");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> IssueLexicon.load(file));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("Fishing"), e.getMessage());
        java.nio.file.Files.writeString(file, "issues:\n  - name: Fishing\n    weak: [fish, catch]\n");
        assertEquals(Set.of("Fishing"), IssueLexicon.load(file).issuesOf("the catch of fish"));
    }

    @Test
    void partsOfWordsDoNotCount() {
        assertEquals(Set.of(), lexicon.issuesOf("The gasket and the borderline case were untradeable."));
        assertEquals(Set.of(), lexicon.issuesOf("arms"));
    }
}
