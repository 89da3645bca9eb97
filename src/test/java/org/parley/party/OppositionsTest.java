package org.parley.party;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.article.Article;

class OppositionsTest {

    private static final PartyRegistry REGISTRY = PartyRegistry.bundled();
    private static final PartyResolver RESOLVER = new PartyResolver(REGISTRY);

    private static final Article MINSK = Articles.of("minsk.txt", """
            Protests in Minsk

            Belarus police detained dozens in Minsk on Sunday. The Belarusian authorities said the rally was
            illegal, and Belarus closed its border with Lithuania. The opposition leader said from Vilnius that
            the Coordination Council would meet again, and Belarus's government called it a provocation.""");

    private static final Article NO_STATE = Articles.of("rally.txt", """
            Rally

            The opposition leader said the rally would go ahead, and the Coordination Council agreed.""");

    @Test
    void everyStateHasAnOppositionPartyNamedByItsDemonym() {
        Party belarus = REGISTRY.byName("Belarus").orElseThrow();
        Party opposition = REGISTRY.oppositionOf(belarus).orElseThrow();
        assertEquals("Belarusian opposition", opposition.name());
        assertEquals("opposition", opposition.kind());
        assertEquals(Optional.of(opposition), REGISTRY.byName("Belarusian opposition"));
        assertEquals(Optional.empty(), REGISTRY.oppositionOf(REGISTRY.byName("NATO").orElseThrow()));
        assertEquals(Optional.empty(), REGISTRY.oppositionOf(REGISTRY.byName("Hamas").orElseThrow()));
        assertEquals(Optional.of("DR Congo opposition"),
                REGISTRY.oppositionOf(REGISTRY.byName("DR Congo").orElseThrow()).map(Party::name), "two states are Congolese");
    }

    @Test
    void anOppositionIsNoPartyOfTheRegistrysForms() {
        assertEquals(Optional.empty(), REGISTRY.match("the Belarusian opposition"));
        assertEquals(Optional.empty(), RESOLVER.partyOfRole("Belarusian opposition leader"));
        assertEquals(Optional.empty(), RESOLVER.partyOfMention("the Coordination Council", MINSK));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            the Belarusian opposition          | Belarusian opposition
            the opposition                     | Belarusian opposition
            opposition leader                  | Belarusian opposition
            exiled opposition leader           | Belarusian opposition
            a Belarus opposition figure        | Belarusian opposition
            opposition politician              | Belarusian opposition
            the opposition movement            | Belarusian opposition
            the opposition Coordination Council | Belarusian opposition
            the Coordination Council           | Belarusian opposition
            a member of the Coordination Council | Belarusian opposition
            an adviser to the opposition leader | Belarusian opposition
            Venezuelan opposition leader       | Venezuelan opposition
            the Russian opposition politician  | Russian opposition
            """)
    void aRoleOrMentionOfTheOppositionIsTheStatesOpposition(String role, String party) {
        assertEquals(Optional.of(party), RESOLVER.oppositionOf(role, MINSK).map(Party::name));
    }

    @ParameterizedTest(name = "{0} -> none")
    @ValueSource(strings = {
        "former opposition leader", "opposition media", "a pro-government analyst", "talks with the opposition",
        "the government and the opposition", "Belarusian Foreign Ministry", "EU opposition", "NATO spokesman", ""
    })
    void rolesThatAreNotTheOppositionsStayNone(String role) {
        assertEquals(Optional.empty(), RESOLVER.oppositionOf(role, MINSK));
    }

    @Test
    void withoutAStateInTheRoleOrTheArticleTheOppositionIsNoOnes() {
        assertEquals(Optional.empty(), RESOLVER.oppositionOf("opposition leader", NO_STATE));
        assertEquals(Optional.empty(), RESOLVER.oppositionOf("the Coordination Council", NO_STATE));
        assertEquals(Optional.empty(), RESOLVER.oppositionOf("opposition leader", (Article) null));
        assertEquals(Optional.of("Belarusian opposition"),
                RESOLVER.oppositionOf("Belarusian opposition leader", (Article) null).map(Party::name));
    }

    @Test
    void twoStatesAsMuchInTheArticleLeaveTheOppositionOpen() {
        Article both = Articles.of("both.txt", """
                Two capitals

                Russia and Belarus held drills. Belarus and Russia signed a deal. The opposition said it was a sham.""");
        assertEquals(Optional.empty(), RESOLVER.oppositionOf("the opposition", both));
    }

    @Test
    void aPartiesFileThatListsTheOppositionMakesItASideItsFormsName(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("parties.yaml"), """
                parties:
                  - name: Belarusian opposition
                    extend: true
                    aliases: [Coordination Council, the Coordination Council]
                """);
        PartyRegistry withSide = REGISTRY.with(file);
        Party side = withSide.match("the Coordination Council").orElseThrow();
        assertEquals("Belarusian opposition", side.name());
        assertEquals("opposition", side.kind(), "extended, not replaced");
        assertEquals(Optional.of(side), withSide.oppositionOf(withSide.byName("Belarus").orElseThrow()));
    }
}
