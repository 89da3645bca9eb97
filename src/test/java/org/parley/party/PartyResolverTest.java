package org.parley.party;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.article.Article;

class PartyResolverTest {

    private static final PartyResolver RESOLVER = new PartyResolver(PartyRegistry.bundled());

    private static final Article NATO_TALKS = Articles.of("nato.txt", """
            NATO and Russia talk in Brussels

            NATO ambassadors met Russian Deputy Foreign Minister Alexander Grushko in Brussels on Wednesday.
            NATO Secretary-General Jens Stoltenberg said the alliance was ready to talk. Moscow wants
            guarantees that NATO will not expand. Brussels said the door stayed open, and Russia said
            NATO had ignored its demands.""");

    private static final Article BREXIT_TALKS = Articles.of("brexit.txt", """
            Trade talks stall

            EU negotiators and British officials ended a week of talks on fishing. The European Union
            wants access to British waters; the EU says the bloc will not move. Brussels said London
            had to choose, and Downing Street said the UK would not sign a bad deal.""");

    private static final Article NO_PARTIES = Articles.of("weather.txt", """
            Storms ahead

            Forecasters said Brussels and the rest of the country would see heavy rain this week.""");

    private static final Article NATO_AND_EU = Articles.of("both.txt", """
            Defence and trade

            NATO and the EU met in Brussels. The European Union and NATO agreed on mobility;
            the EU will fund roads and NATO will plan. Brussels said more was needed.""");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Russian Deputy Foreign Minister           | Russia
            Russian state media                       | Russia
            the Belarusian state news agency          | Belarus
            Belarusian police                         | Belarus
            Russia's Deputy Defense Minister          | Russia
            Russia’s Deputy Defense Minister          | Russia
            NATO Secretary-General                    | NATO
            NATO's secretary-general                  | NATO
            the NATO chief                            | NATO
            EU negotiator                             | European Union
            the EU's chief Brexit negotiator          | European Union
            US Deputy Secretary of State              | United States
            U.S. Secretary of State                   | United States
            American envoy                            | United States
            Kremlin spokesman                         | Russia
            White House press secretary               | United States
            Downing Street spokesman                  | United Kingdom
            British Prime Minister                    | United Kingdom
            Ukrainian President                       | Ukraine
            Ukraine's foreign minister                | Ukraine
            Iran's top nuclear negotiator             | Iran
            Iranian Foreign Ministry spokesman        | Iran
            head of the Russian delegation to the talks with Ukraine | Russia
            Russia's ambassador to the United Nations | Russia
            US ambassador to NATO                     | United States
            Minister for Foreign Affairs of Ireland   | Ireland
            UN Secretary-General                      | United Nations
            IAEA Director General                     | IAEA
            chief of the UN nuclear watchdog          | IAEA
            President of the European Commission      | European Union
            Chinese climate envoy                     | China
            Russian-born US diplomat                  | United States
            a Russian official who met Ukrainian negotiators in Istanbul | Russia
            Jens Stoltenberg, NATO's secretary-general | NATO
            Saudi Crown Prince                        | Saudi Arabia
            the UK's chief negotiator                 | United Kingdom
            EU chief negotiator                       | European Union
            US special envoy                          | United States
            Kremlin aide                              | Russia
            Iranian Foreign Minister                  | Iran
            E3 diplomats                              | E3
            China's climate envoy                     | China
            AOSIS chair                               | AOSIS
            Saudi negotiators                         | Saudi Arabia
            Qatari mediators                          | Qatar
            Turkish Foreign Ministry spokesman        | Turkey
            a spokeswoman for the Israeli Defence Ministry | Israel
            the government in Beijing                 | China
            by the Kuwaiti Assistant Foreign Minister for Consular Affairs | Kuwait
            US embassy officials in Moscow            | United States
            US Customs and Border Protection commissioner | United States
            an adviser to Ukraine's president         | Ukraine
            an aide to the Russian foreign minister   | Russia
            """)
    void aRoleNamesTheSpeakersParty(String role, String party) {
        assertEquals(Optional.of(party), RESOLVER.partyOfRole(role).map(Party::name));
    }

    @ParameterizedTest(name = "{0} -> unknown")
    @ValueSource(strings = {
        "opposition MP", "former prime minister", "Republican senator critical of the deal", "a Russian analyst",
        "Ukrainian-born", "Ukrainian-born businessman", "British-based think tank", "former US ambassador to Russia",
        "ex-NATO commander", "then-Secretary of State", "Russian news agency",
        "pro-Russian separatist leader", "Kosovo Albanian leader", "French and German foreign ministers",
        "Deputy Foreign Minister", "envoy to Russia and Belarus", "Brexit Secretary for Exiting the European Union",
        "Georgia Secretary of State", "Washington Governor", "Bosnian Serb leader", "Moscow mayor",
        "American voters", "Saudi prince", "Russia's allies", "Russian ambassador to Washington from 2008 to 2012",
        "the British envoy at the time", "American Harbor Group president", "Friends of Ukraine Network director",
        "Russian Direct Investment Fund head", "European diplomats", "COP29 president", "a Western diplomat in Moscow", "the Moscow director for a charity", "a senior adviser and past president of the Workers of America",
        "an adviser to Ukraine", "envoy to Russia's president"
    })
    void domesticCriticsObjectsAndUnclearRolesStayUnknown(String role) {
        assertEquals(Optional.empty(), RESOLVER.partyOfRole(role).map(Party::name));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Moscow             | Russia
            the Kremlin        | Russia
            The Kremlin        | Russia
            the Kremlin's      | Russia
            the alliance       | NATO
            Brussels           | NATO
            Russia             | Russia
            the Russians       | Russia
            a Russian official | Russia
            NATO's Stoltenberg |
            Americans          |
            Russian            |
            Geneva             |
            """)
    void mentionsInNatoTalks(String mention, String party) {
        assertEquals(Optional.ofNullable(party), RESOLVER.partyOfMention(mention, NATO_TALKS).map(Party::name));
    }

    @Test
    void brusselsIsTheEuWhereTheArticleIsAboutTheEu() {
        assertEquals(Optional.of("European Union"), RESOLVER.partyOfMention("Brussels", BREXIT_TALKS).map(Party::name));
        assertEquals(Optional.of("European Union"), RESOLVER.partyOfMention("the bloc", BREXIT_TALKS).map(Party::name));
        assertEquals(Optional.of("United Kingdom"), RESOLVER.partyOfMention("Downing Street", BREXIT_TALKS).map(Party::name));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            the Islamic Republic | Iran
            Tehran               | Iran
            the watchdog         | IAEA
            the E3               | E3
            the Europeans        |
            Vienna               |
            """)
    void mentionsInNuclearTalks(String mention, String party) {
        Article iran = Articles.of("iran.txt", """
                Nuclear talks in Vienna

                Iran and the E3 met in Vienna. The IAEA said Iran had enriched more uranium; Tehran said
                the Islamic Republic would answer the E3 proposal. Iranian negotiators left on Friday.""");
        assertEquals(Optional.ofNullable(party), RESOLVER.partyOfMention(mention, iran).map(Party::name));
    }

    @Test
    void brusselsStaysUnresolvedWithoutContextOrWhenTwoCandidatesAreEven() {
        assertEquals(Optional.empty(), RESOLVER.partyOfMention("Brussels", NO_PARTIES));
        assertEquals(Optional.empty(), RESOLVER.partyOfMention("Brussels", (Article) null));
        assertEquals(Optional.empty(), RESOLVER.partyOfMention("Brussels", NATO_AND_EU));
        assertEquals(Optional.empty(), RESOLVER.partyOfMention("the alliance", NO_PARTIES));
    }

    @Test
    void anAmbiguousRoleIsDecidedByTheArticle() {
        assertEquals(Optional.empty(), RESOLVER.partyOfRole("Brussels negotiator"));
        assertEquals(Optional.of("European Union"),
                RESOLVER.partyOfRole("Brussels negotiator", BREXIT_TALKS).map(Party::name));
    }

    @Test
    void aNameThatIsAlsoAUsStateNeedsTheCountryInContext() {
        Article election = Articles.of("georgia-us.txt", """
                Early voting

                Voters in Georgia and Ohio queued for hours, American officials said.""");
        Article caucasus = Articles.of("georgia.txt", """
                Tbilisi talks

                Tbilisi and Moscow held talks; Georgia said the meeting in Tbilisi was useful.""");
        assertEquals(Optional.empty(), RESOLVER.partyOfMention("Georgia", election));
        assertEquals(Optional.of("Georgia"), RESOLVER.partyOfMention("Georgia", caucasus).map(Party::name));
    }

    @Test
    void aCountryNameUsedAsASurnameInTheArticleIsThePersonNotTheCountry() {
        Article hearing = Articles.of("hearing.txt", """
                Budget vote

                Senator Mark Israel of Ohio opposed the bill. "It is too late," Israel said.""");
        Article talks = Articles.of("talks.txt", """
                Talks resume

                Israel said it would send a delegation. Then Israel named its envoy.""");
        assertEquals(Optional.empty(), RESOLVER.partyOfMention("Israel", hearing));
        assertEquals(Optional.of("Israel"), RESOLVER.partyOfMention("Israel", talks).map(Party::name));
    }

    @Test
    void wordsThatOnlyLookLikePartiesAreNotParties() {
        Article news = Articles.of("press.txt", "Press\n\nThe Washington Post said New Mexico would vote.");
        assertEquals(Optional.empty(), RESOLVER.partyOfMention("The Washington Post", news));
        assertEquals(Optional.empty(), RESOLVER.partyOfMention("New Mexico", news));
        assertEquals(Optional.empty(), RESOLVER.partyOfMention("turkey", news));
    }

    @Test
    void aCapitalSpeaksForItsStateOnlyInAnArticleAboutThatState() {
        Article venue = Articles.of("venue.txt", """
                Talks resume in Vienna

                Negotiators from Valdoria and Karvessia met in Vienna on Wednesday, and Vienna said little.
                """);
        Article austrian = Articles.of("austria.txt", """
                Austria hosts the talks

                The Austrian chancellor welcomed the delegations; Vienna said it was ready to host more rounds.
                """);
        assertEquals(Optional.empty(), RESOLVER.partyOfMention("Vienna", venue));
        assertEquals(Optional.of("Austria"), RESOLVER.partyOfMention("Vienna", austrian).map(Party::name));
        assertEquals(Optional.of("Russia"), RESOLVER.partyOfRole("Moscow's ambassador").map(Party::name));
    }
}
