package org.parley.party;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.parley.article.Article;

class UnqualifiedTitlesTest {

    private static final UnqualifiedTitles TITLES = UnqualifiedTitles.bundled(PartyRegistry.bundled());
    private static final LocalDate AUTUMN_2020 = LocalDate.of(2020, 9, 29);
    private static final LocalDate SUMMER_2025 = LocalDate.of(2025, 7, 10);

    @Test
    void aBritishPapersPrimeMinisterIsTheUksAndItsHolderThatDay() {
        Article mail = Articles.of("sanctions.txt", """
                Sanctions announced

                Britain and Canada imposed sanctions on Minsk. The Prime Minister said the measures showed
                that the UK would not accept a rigged election.""", AUTUMN_2020, "Daily Mail");
        assertEquals(Optional.of("United Kingdom"), TITLES.partyOf("the Prime Minister", mail).map(Party::name));
        assertEquals(Optional.of("Boris Johnson"), TITLES.holderOf("the Prime Minister", mail).map(Holder::name));
        assertEquals(Optional.of("Dominic Raab"), TITLES.holderOf("the Foreign Secretary", mail).map(Holder::name));
    }

    @Test
    void thePresidentInABritishPaperIsNoOne() {
        Article bbc = Articles.of("talks.txt", """
                Talks in Muscat

                The two delegations met for three hours. The President said the talks were going well.""",
                SUMMER_2025, "BBC News");
        assertEquals(Optional.empty(), TITLES.partyOf("the President", bbc));
        assertEquals(Optional.empty(), TITLES.holderOf("the President", bbc));
    }

    @Test
    void thePresidentInAnAmericanOutletIsTheUsPresidentUnlessTheArticleIsAboutAnother() {
        Article washington = Articles.of("wh.txt", """
                Tariff deadline

                The President said on Thursday that the deadline would not move.""", SUMMER_2025, "CNN");
        Article kyiv = Articles.of("kyiv.txt", """
                Drone strikes

                Zelensky said overnight strikes hit Kyiv. The President said air defence was the priority.""",
                SUMMER_2025, "CNN");
        assertEquals(Optional.of("Donald Trump"), TITLES.holderOf("the President", washington).map(Holder::name));
        assertEquals(Optional.empty(), TITLES.partyOf("the President", kyiv), "another state's president is named");
    }

    @Test
    void aTitleGivenToAnotherCountryInTheArticleIsNotTheHomeCountrys() {
        Article bbc = Articles.of("gaza.txt", """
                Ceasefire talks

                Israel's prime minister met the mediators. The prime minister's office said a team would travel.""",
                SUMMER_2025, "BBC News");
        Article mail = Articles.of("berlin.txt", """
                Poisoning

                German Chancellor Angela Merkel demanded answers. The Chancellor said the poison was clear.""",
                AUTUMN_2020, "Daily Mail");
        Article lahore = Articles.of("india.txt", """
                Ceasefire

                The Prime Minister of Pakistan spoke on television; the Prime Minister said the army was ready.""",
                SUMMER_2025, "BBC News");
        assertEquals(Optional.empty(), TITLES.partyOf("the prime minister", bbc));
        assertEquals(Optional.empty(), TITLES.partyOf("the Chancellor", mail));
        assertEquals(Optional.empty(), TITLES.partyOf("the Prime Minister", lahore));
    }

    @Test
    void aTitleAnotherCountryHasTooIsNotTheHomeCountrysInAStoryAboutThatCountry() {
        Article washington = Articles.of("hhs.txt", """
                Vaccine timeline

                The US will have doses by November, the Health Secretary said, as American states prepared
                and Washington promised funds.""", AUTUMN_2020, "Daily Mail");
        Article london = Articles.of("nhs.txt", """
                Testing

                Britain will double testing, the Health Secretary said, as the UK's labs hired staff.""",
                AUTUMN_2020, "Daily Mail");
        assertEquals(Optional.empty(), TITLES.partyOf("the Health Secretary", washington));
        assertEquals(Optional.of("United Kingdom"), TITLES.partyOf("the Health Secretary", london).map(Party::name));
    }

    @Test
    void kingsAndAttorneysGeneralAreNoTitlesReadByTheOutlet() {
        Article mail = Articles.of("court.txt", """
                Charges

                No officers were charged, the attorney general said, and King said he would appeal.""",
                AUTUMN_2020, "Daily Mail");
        assertEquals(Optional.empty(), TITLES.partyOf("the attorney general", mail));
        assertEquals(Optional.empty(), TITLES.partyOf("King", mail));
    }

    @Test
    void aWireServicesTitlesAreThoseOfTheStoryNotOfItsHome() {
        Article wire = Articles.of("wire.txt", """
                Budget vote

                The prime minister said the vote would go ahead.""", SUMMER_2025, "Reuters");
        assertEquals(Optional.empty(), TITLES.partyOf("the prime minister", wire));
        assertEquals(Optional.of("Ireland"), TITLES.partyOf("the Taoiseach", wire).map(Party::name), "one country's title");
    }

    @Test
    void anUnknownOutletReadsOnlyTitlesOfOneCountry() {
        Article unknown = Articles.of("blog.txt", """
                Border

                The Prime Minister and the Taoiseach met in Dublin.""", SUMMER_2025, null);
        assertEquals(Optional.empty(), TITLES.partyOf("the Prime Minister", unknown));
        assertEquals(Optional.of("Micheál Martin"), TITLES.holderOf("the Taoiseach", unknown).map(Holder::name));
    }
}
