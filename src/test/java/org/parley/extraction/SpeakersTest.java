package org.parley.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Who spoke, for which side: the speaker and party rules, on passages we wrote. */
class SpeakersTest {

    private static List<String> speakers(String text) {
        return Passages.extract(text).stream().map(a -> a.speaker() + "/" + a.party()).toList();
    }

    @Test
    void aRoleJustBeforeANameIsThatPersonsRole() {
        String text = "Iranian minister tells reporters talks can resume\n\n"
                + "Talks can resume next week, Tehran's deputy foreign minister has told reporters.\n\n"
                + "Karim Azadi said the US had sent messages through mediators.\n\n"
                + "Israel's Prime Minister Dan Levitan said the strikes had worked.\n\n"
                + "The deputy foreign minister said Iran would not give up enrichment.";
        assertEquals(List.of("Karim Azadi/Iran", "Karim Azadi/Iran", "Karim Azadi/Iran", "Dan Levitan/Israel",
                "Karim Azadi/Iran"), speakers(text));
    }

    @Test
    void aBareRoleIsThePersonWhoseRoleHasAllItsTitleWords() {
        String text = "Talks in Geneva\n\nIsraeli Prime Minister Dan Levitan said the talks were a trap. "
                + "Iranian Deputy Foreign Minister Karim Azadi said they were serious.\n\n"
                + "The prime minister said he would not wait. The deputy foreign minister said Iran was patient.";
        assertEquals(List.of("Dan Levitan/Israel", "Karim Azadi/Iran", "Dan Levitan/Israel", "Karim Azadi/Iran"),
                speakers(text));
    }

    @Test
    void aBodyOfAPartySpeaksAsItselfUnderItsParty() {
        String text = "Strikes in Gaza\n\nIsrael's military said it had struck dozens of targets. "
                + "The Hamas-run health ministry said 40 people had been killed. "
                + "Iranian state media said the talks were off.";
        assertEquals(List.of("Israel's military/Israel", "Hamas-run health ministry/Hamas", "Iranian state media/Iran"),
                speakers(text));
    }

    @Test
    void itIsTheBodyThatSpokeLast() {
        String text = "Strikes\n\nThe Israeli military said the operation was over. It said troops would stay.";
        assertEquals(List.of("Israeli military/Israel", "Israeli military/Israel"), speakers(text));
    }

    @Test
    void heAfterASentenceWhoseSubjectIsANamedPersonIsThatPerson() {
        String text = "Summit\n\nUS President Tom Harlan said the deal was close. "
                + "Belarusian President Ivan Kolas flew to Sochi on Monday. He said Russia would help.";
        assertEquals(List.of("Tom Harlan/United States", "Ivan Kolas/Belarus"), speakers(text));
    }

    @Test
    void anOfficialOfAPartyIsAnonymousNotTheParty() {
        String text = "Talks\n\nA senior Israeli official said the delegation would stay in Doha.";
        assertEquals(List.of("null/Israel"), speakers(text));
    }

    @Test
    void aSeatOfPowerIsABodyOfItsStateAndACapitalIsTheState() {
        String text = "Talks\n\nThe White House said the talks would go on. Tehran said Iran was ready. "
                + "Downing Street said Britain backed the plan.";
        assertEquals(List.of("White House/United States", "Iran/Iran", "Downing Street/United Kingdom"), speakers(text));
    }

    @Test
    void aPlanSpeaksAsADocumentAndItIsThePlan() {
        String text = "The plan\n\nThe plan says Gaza will be governed by a committee. It says aid will flow at once.";
        assertEquals(List.of("plan/null", "plan/null"), speakers(text));
    }

    @Test
    void anArabicArticleJoinedToANameIsPartOfIt() {
        String text = "Talks\n\nHamas official Taher al-Nabi said the group had not asked for changes.";
        assertEquals("Taher al-Nabi", Passages.extract(text).get(0).speaker());
    }

    @Test
    void theOfficeOfAPersonIsABodyOfThePersonsParty() {
        String text = "Talks\n\nIsraeli Prime Minister Dan Levitan said the talks would go on. "
                + "Levitan's office said the delegation would stay in Doha.";
        assertEquals(List.of("Dan Levitan/Israel", "Levitan's office/Israel"), speakers(text));
    }

    @Test
    void aNameAfterAnyRoleWithATitleAndAComma() {
        String text = "Talks\n\nThe deputy political director of Iran's state broadcaster, Hadi Karimi, said the sites "
                + "were empty. He said nothing had been lost.";
        assertEquals(List.of("Hadi Karimi/Iran", "Hadi Karimi/Iran"), speakers(text));
    }

    @Test
    void hisMessageIsHis() {
        String text = "Talks\n\nUS President Tom Harlan posted on his site. His message said peace was near.";
        assertEquals(List.of("Tom Harlan/United States"), speakers(text).subList(speakers(text).size() - 1,
                speakers(text).size()));
    }

    @Test
    void anAgeOrADescriptionIsThePersonTheArticleIsAbout() {
        String text = "Inauguration\n\nBelarusian President Ivan Kolas took office on Wednesday. Kolas took the oath "
                + "in Minsk. The 66-year-old said the day was one of victory. Kolas left at noon. "
                + "The strongman told reporters the protests would fail.";
        assertEquals(List.of("Ivan Kolas/Belarus", "Ivan Kolas/Belarus"), speakers(text));
    }

    @Test
    void heBeforeAnyoneSpokeIsThePersonNamedLast() {
        String text = "Inauguration\n\nBelarusian President Ivan Kolas took the oath in Minsk. "
                + "\"This is our victory,\" he said at the ceremony.";
        assertEquals(List.of("Ivan Kolas/Belarus"), speakers(text));
    }

    @Test
    void aNameAfterADescriptionAndACommaIsThePerson() {
        String text = "Inauguration\n\nAn opposition politician, Pavel Dubko, said the ceremony was a farce. "
                + "\"Where are the citizens?\" he asked.";
        assertEquals(List.of("Pavel Dubko", "Pavel Dubko"),
                Passages.extract(text).stream().map(Attribution::speaker).toList());
    }

    @Test
    void anAppositiveRoleAfterANameIsTheirs() {
        String text = "Border\n\nAnton Petrik, spokesman for Belarus' Border Guard Committee, was at the crossing. "
                + "\"She tore up her passport,\" Petrik said.";
        assertEquals(List.of("Anton Petrik/Belarus"), speakers(text));
    }

    @Test
    void aStaffRoleOfAPersonIsThatPersonsSide() {
        String text = "Talks\n\nUS President Tom Harlan and US envoy Ray Dunn flew in. "
                + "Harlan's envoy said the talks had gone well. A Kremlin official said Moscow was ready.";
        assertEquals(List.of("Ray Dunn/United States", "null/Russia"), speakers(text));
    }

    @Test
    void aCaptionBetweenParagraphsDoesNotTakeThePronoun() {
        String text = "Protests\n\nBelarusian President Ivan Kolas said the protests in Minsk would fail.\n\n"
                + "Opposition figure Maria Dubko was taken from her office by masked men\n\n"
                + "He said he would not rule out early elections.";
        assertEquals("Ivan Kolas", Passages.extract(text).get(Passages.extract(text).size() - 1).speaker());
    }

    @Test
    void anEmbassyInACapitalIsABodyOfTheStateItServes() {
        String text = "Border\n\nUkraine said she had been driven to the border. Ukraine and Belarus disagree. "
                + "But Kiev's embassy in Minsk confirmed that the two men had reached Ukraine.";
        assertEquals("Kiev's embassy in Minsk/Ukraine", speakers(text).get(speakers(text).size() - 1));
    }

    @Test
    void peopleNamedByWhereTheyAreAreNotThePlace() {
        String text = "Strike\n\nQatar said the strike was a violation of its sovereignty.\n\n"
                + "Witnesses in Doha said they heard as many as eight separate explosions.\n\n"
                + "Residents in Kyiv said the sirens sounded all night.";
        List<String> found = speakers(text);
        assertEquals(List.of("Qatar/Qatar", "null/null", "null/null"), found);
    }

    @Test
    void anOrganItsPossessorNamesIsNotTheStateTheArticleIsAbout() {
        String text = "Strike\n\nIsrael said its air force had struck a building in Doha. Israeli officials said "
                + "the strike was justified.\n\n"
                + "The Gulf state's interior ministry said one member of its security force was killed.";
        List<String> found = speakers(text);
        assertEquals("Gulf state's interior ministry/null", found.get(found.size() - 1));
    }

    @Test
    void aRoleOfAnOrganOfAStateNamedByItsDemonymAndAName() {
        String text = "Border\n\n'The border is open,' said a spokeswoman for the Polish Border Guard, Anna Kowal.";
        assertEquals(List.of("Anna Kowal/Poland"), speakers(text));
    }

    @Test
    void anUnnamedOfficialIsNotThePersonNamedNextButIsTheOfficialAgainLater() {
        String text = "Talks\n\nA Hamas official said the group had asked for guarantees. Later, Omar Haddad, a "
                + "medic, said 20 people had died. The official said Hamas would answer within days.";
        assertEquals(List.of("null/Hamas", "Omar Haddad/null", "null/Hamas"), speakers(text));
    }

    @Test
    void wordsThatNameNoOneAreNoSpeakers() {
        String text = "Talks\n\nCritics said the deal was weak. UN-backed experts said famine was spreading.";
        assertEquals(List.of("null/null", "null/null"), speakers(text));
    }
}
