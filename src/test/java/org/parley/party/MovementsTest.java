package org.parley.party;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.article.Article;

/** The armed and political movements of the registry: roles, mentions and the phrases used for them. */
class MovementsTest {

    private static final PartyRegistry REGISTRY = PartyRegistry.bundled();
    private static final PartyResolver RESOLVER = new PartyResolver(REGISTRY);

    private static final Article GAZA = Articles.of("gaza.txt", """
            Truce talks resume

            Hamas negotiators arrived in Cairo. Hamas said it had answered the proposal, and a Hamas official said
            the militant group wanted guarantees. Israel said it would send a team.""");

    private static final Article KHARTOUM = Articles.of("sudan.txt", """
            Fighting in Darfur

            The Rapid Support Forces said they had taken the town. The Sudanese army denied it, and the RSF
            said the paramilitary force would hold the road.""");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Hamas official                     | Hamas
            a senior Hamas official            | Hamas
            Hamas's chief negotiator           | Hamas
            Islamic Jihad spokesman            | Palestinian Islamic Jihad
            Fatah spokesman                    | Fatah
            Hezbollah official                 | Hezbollah
            Houthi officials                   | Houthis
            Houthi rebel leader                | Houthis
            Ansar Allah spokesman              | Houthis
            Taliban spokesman                  | Taliban
            Afghan Taliban official            | Taliban
            Taliban foreign minister           | Taliban
            PKK commander                      | PKK
            SDF commander                      | SDF
            Syrian Democratic Forces spokesman | SDF
            M23 spokesman                      | M23
            FARC commander                     | FARC
            ELN negotiator                     | ELN
            Polisario Front representative     | Polisario Front
            Sahrawi officials                  | Polisario Front
            HTS leader                         | HTS
            """)
    void aMovementsRoleNamesTheMovement(String role, String party) {
        assertEquals(Optional.of(party), RESOLVER.partyOfRole(role).map(Party::name));
    }

    @ParameterizedTest(name = "{0} -> unknown")
    @ValueSource(strings = {"Pakistani Taliban commander", "RSF commander", "former Hamas official", "pro-Hamas activist",
        "Hamas-run health ministry", "Reporters Without Borders spokesman"})
    void otherGroupsUnclearFormsAndCriticsStayUnknown(String role) {
        assertEquals(Optional.empty(), RESOLVER.partyOfRole(role).map(Party::name));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            the militant group              | Hamas
            the Palestinian armed group     | Hamas
            Hamas                           | Hamas
            the group                       |
            """)
    void aPhraseNamesTheMovementWhereTheArticleIsAboutIt(String mention, String party) {
        assertEquals(Optional.ofNullable(party), RESOLVER.partyOfMention(mention, GAZA).map(Party::name));
    }

    @Test
    void anAmbiguousAbbreviationNeedsTheArticle() {
        assertEquals(Optional.of("Rapid Support Forces"), RESOLVER.partyOfMention("the RSF", KHARTOUM).map(Party::name));
        assertEquals(Optional.of("Rapid Support Forces"), RESOLVER.partyOfMention("the paramilitary force", KHARTOUM).map(Party::name));
        assertEquals(Optional.empty(), RESOLVER.partyOfMention("the militant group", KHARTOUM));
        assertEquals(Optional.empty(), RESOLVER.partyOfMention("the RSF", GAZA));
    }

    @Test
    void movementsAreTheirOwnKindAndNamedOnce() {
        for (String name : java.util.List.of("Hamas", "Palestinian Islamic Jihad", "Fatah", "Hezbollah", "Houthis", "Taliban",
                "PKK", "SDF", "Rapid Support Forces", "M23", "FARC", "ELN", "Polisario Front", "HTS")) {
            assertEquals("movement", REGISTRY.byName(name).orElseThrow().kind(), name);
        }
        assertEquals(Optional.of("Palestine"), REGISTRY.match("the Palestinian Authority").map(Party::name),
                "the Authority is the State of Palestine's government, not a movement");
    }
}
