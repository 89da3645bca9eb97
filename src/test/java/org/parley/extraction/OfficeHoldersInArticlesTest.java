package org.parley.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.article.Article;

/** People named without a role, and titles without a country, read with the office holders of the day. */
class OfficeHoldersInArticlesTest {

    private static List<String> speakers(String body, LocalDate date, String outlet) {
        String text = "Talks\n\n" + body;
        Article article = new Article("t.txt", "Talks", text, 7, date, outlet, null);
        return Passages.extractor().extract(article).stream().map(a -> a.speaker() + "/" + a.party()).toList();
    }

    @Test
    void aHolderNamedWithoutATitleSpeaksForTheOfficeHeldThatDay() {
        assertEquals(List.of("Donald Trump/United States"),
                speakers("Donald Trump said the deal was close.", LocalDate.of(2025, 6, 20), "BBC News"));
        assertEquals(List.of("Donald Trump/null"),
                speakers("Donald Trump said the deal was close.", LocalDate.of(2022, 6, 20), "BBC News"));
    }

    @Test
    void anUnqualifiedTitleIsTheHomeCountrysOfficeHolder() {
        assertEquals(List.of("Boris Johnson/United Kingdom"),
                speakers("The Prime Minister said Britain would act with its allies.", LocalDate.of(2020, 9, 1),
                        "Daily Mail"));
    }

    @Test
    void aTitleTheHomeCountryDoesNotHaveStaysUnresolved() {
        assertEquals(List.of("null/null"),
                speakers("The president said the sanctions would stay.", LocalDate.of(2025, 6, 20), "BBC News"));
    }

    @Test
    void aMovementsPossessiveIsItsMembersSide() {
        assertEquals(List.of("Khalil al-Hayya/Hamas"),
                speakers("Hamas's Khalil al-Hayya said the group had accepted the plan.", LocalDate.of(2025, 10, 3),
                        "BBC News"));
    }

    @Test
    void aStateMediumSpeaksForItsGovernment() {
        assertEquals(List.of("news agency BelTA/Belarus"),
                speakers("The leader swore the oath of office, news agency BelTA said.", LocalDate.of(2020, 9, 23),
                        "Daily Mail"));
    }

    @Test
    void anOppositionLeaderSpeaksForTheStatesOpposition() {
        assertEquals(List.of("Anna Lis/Belarusian opposition"),
                speakers("Belarusian opposition leader Anna Lis said the vote had been rigged.",
                        LocalDate.of(2020, 9, 23), "Daily Mail"));
    }

    @Test
    void anOrganWithoutACountryIsTheOneTheArticleIsAbout() {
        assertEquals(List.of("Olga Marek/Belarus"),
                speakers("Protests spread across Belarus. Belarus closed its borders. Interior Ministry spokeswoman "
                        + "Olga Marek said 600 people had been detained.", LocalDate.of(2020, 9, 7), "Daily Mail"));
    }

    @Test
    void anOppositionWithoutItsStateIsTheOneTheArticleWritesOf() {
        assertEquals(List.of("Pavel Dubko/Belarusian opposition"),
                speakers("The Belarusian opposition marched in Minsk and Kyiv, and Ukraine and Poland watched. "
                        + "Opposition candidate Pavel Dubko said the marches would go on.", LocalDate.of(2020, 9, 7),
                        "Daily Mail"));
    }

    @Test
    void aPalestinianOfficialIsOfTheSideTheArticleIsAbout() {
        List<String> found = speakers("Hamas negotiators met mediators in Doha. Hamas said it wanted guarantees, "
                + "and Israel waited. A Palestinian official said Hamas would answer within days.",
                LocalDate.of(2025, 7, 8), "BBC News");
        assertEquals("null/Hamas", found.get(found.size() - 1), found::toString);
    }

    @Test
    void aRoleWithItsPartyIsWhoeverHeldTheOfficeThatDay() {
        assertEquals(List.of("Benjamin Netanyahu/Israel"),
                speakers("Israel's prime minister said the hostages would be home within days.", LocalDate.of(2025, 10, 8),
                        "BBC News"));
    }
}
