package org.parley.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.article.Article;

class OfficeHoldersTest {

    private static final PartyRegistry REGISTRY = PartyRegistry.bundled();
    private static final OfficeHolders HOLDERS = OfficeHolders.bundled(REGISTRY);
    private static final PartyResolver RESOLVER = new PartyResolver(REGISTRY);

    @Test
    void theDirectorySaysWhereItComesFromItsLicenceAndTheDayItIsCurrentTo() {
        assertTrue(HOLDERS.source().contains("public records"), HOLDERS.source());
        assertTrue(HOLDERS.source().contains("CC0-1.0"), HOLDERS.source());
        assertEquals(LocalDate.of(2025, 10, 31), HOLDERS.currentTo());
    }

    @ParameterizedTest(name = "{0} on {1} -> {2}, {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Boris Johnson             | 2020-09-01 | Boris Johnson             | United Kingdom
            Mr Johnson                | 2020-09-01 | Boris Johnson             | United Kingdom
            Johnson                   | 2017-03-01 | Boris Johnson             | United Kingdom
            President Putin           | 2021-06-16 | Vladimir Putin            | Russia
            Prime Minister Keir Starmer | 2025-03-02 | Keir Starmer            | United Kingdom
            Sir Keir                  | 2025-03-02 | Keir Starmer              | United Kingdom
            Zelenskyy                 | 2023-05-20 | Volodymyr Zelensky        | Ukraine
            Volodymyr Zelenskiy       | 2023-05-20 | Volodymyr Zelensky        | Ukraine
            Svetlana Tikhanovskaya    | 2020-09-10 | Sviatlana Tsikhanouskaya  | Belarusian opposition
            Tsikhanouskaya            | 2020-09-10 | Sviatlana Tsikhanouskaya  | Belarusian opposition
            Abdel Fattah el-Sisi      | 2025-10-13 | Abdel Fattah al-Sisi      | Egypt
            Sisi                      | 2025-10-13 | Abdel Fattah al-Sisi      | Egypt
            Binali Yildirim           | 2017-04-01 | Binali Yıldırım           | Turkey
            Mariusz Blaszczak         | 2022-03-01 | Mariusz Błaszczak         | Poland
            Jonas Gahr Store          | 2023-01-01 | Jonas Gahr Støre          | Norway
            Gideon Saar               | 2025-02-01 | Gideon Sa'ar              | Israel
            Antony John Blinken       | 2022-01-01 | Antony Blinken            | United States
            Sheikh Mohammed bin Abdulrahman Al Thani | 2025-07-10 | Mohammed bin Abdulrahman Al Thani | Qatar
            MBS                       | 2018-10-20 | Mohammed bin Salman       | Saudi Arabia
            Lord Frost                | 2020-06-05 | David Frost               | United Kingdom
            Ahmed al-Sharaa           | 2025-03-01 | Ahmed al-Sharaa           | Syria
            Abu Mohammed al-Jolani    | 2023-03-01 | Ahmed al-Sharaa           | HTS
            """)
    void aNameIsThePersonAndTheirPartyOnThatDay(String name, LocalDate date, String holder, String party) {
        assertEquals(Optional.of(holder), HOLDERS.holderOf(name, date).map(Holder::name));
        assertEquals(Optional.of(party), HOLDERS.partyOf(name, date).map(Party::name));
    }

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Michel Barnier     | 2020-12-24 | European Union
            Michel Barnier     | 2024-10-01 | France
            Donald Tusk        | 2018-06-01 | European Union
            Donald Tusk        | 2024-06-01 | Poland
            Mark Rutte         | 2025-06-24 | NATO
            Mark Rutte         | 2024-08-01 | Netherlands
            Jens Stoltenberg   | 2025-06-01 | Norway
            Kaja Kallas        | 2025-01-27 | European Union
            Boris Johnson      | 2023-03-01 | United Kingdom
            Mohamed Hamdan Dagalo | 2021-06-01 | Sudan
            Mohamed Hamdan Dagalo | 2024-06-01 | Rapid Support Forces
            """)
    void aPersonsPartyFollowsTheOfficeHeldOnTheDateOrTheNearestWithinAYear(String name, LocalDate date, String party) {
        assertEquals(Optional.of(party), HOLDERS.partyOf(name, date).map(Party::name));
    }

    @Test
    void aTermNotYetBegunGivesNoParty() {
        assertEquals(Optional.empty(), HOLDERS.partyOf("Joe Biden", LocalDate.of(2020, 10, 1)), "a candidate");
        assertEquals(Optional.empty(), HOLDERS.partyOf("Keir Starmer", LocalDate.of(2024, 3, 1)), "leader of the opposition");
        assertEquals(Optional.of("United States"), HOLDERS.partyOf("Joe Biden", LocalDate.of(2021, 2, 1)).map(Party::name));
    }

    @Test
    void aSuffixMakesAnotherPerson() {
        assertEquals(Optional.empty(), HOLDERS.holderOf("Donald Trump Jr.", LocalDate.of(2020, 9, 1)));
        assertEquals(Optional.empty(), HOLDERS.holderOf("Trump Jr", LocalDate.of(2020, 9, 1)));
        assertEquals(Optional.of("Lloyd Austin"), HOLDERS.holderOf("Lloyd J. Austin III", LocalDate.of(2022, 9, 1)).map(Holder::name));
    }

    @Test
    void outsideEveryTermByMoreThanAYearAPersonHasNoParty() {
        assertEquals(Optional.of("Boris Johnson"), HOLDERS.holderOf("Boris Johnson", LocalDate.of(2024, 6, 1)).map(Holder::name));
        assertEquals(Optional.empty(), HOLDERS.partyOf("Boris Johnson", LocalDate.of(2024, 6, 1)));
        assertEquals(Optional.empty(), HOLDERS.partyOf("Mohamed Hamdan Dagalo", LocalDate.of(2023, 5, 1)),
                "Sovereignty Council and RSF both held: two parties as near");
    }

    @Test
    void aSurnameAloneNeedsExactlyOneHolderInOfficeThatDay() {
        assertEquals(Optional.empty(), HOLDERS.holderOf("Johnson", LocalDate.of(2023, 3, 1)), "out of office");
        assertEquals(Optional.empty(), HOLDERS.holderOf("Harris", LocalDate.of(2024, 6, 1)), "Kamala and Simon Harris");
        assertEquals(Optional.of("Kamala Harris"), HOLDERS.holderOf("Harris", LocalDate.of(2022, 6, 1)).map(Holder::name));
        assertEquals(Optional.of("Joseph Aoun"), HOLDERS.holderOf("Aoun", LocalDate.of(2025, 3, 1)).map(Holder::name));
        assertEquals(Optional.of("Michel Aoun"), HOLDERS.holderOf("Aoun", LocalDate.of(2019, 3, 1)).map(Holder::name));
        assertEquals(Optional.empty(), HOLDERS.holderOf("Johnson", null), "no date, no surname");
        assertEquals(Optional.empty(), HOLDERS.holderOf("Lord Frost", LocalDate.of(2024, 1, 1)));
    }

    @Test
    void aFullNameSharedByTwoHoldersIsTheOneInOfficeOnTheDay() {
        assertEquals(Optional.empty(), HOLDERS.holderOf("King Abdullah", LocalDate.of(2014, 6, 1)), "Saudi and Jordanian kings");
        assertEquals(Optional.of("Jordan"), HOLDERS.partyOf("King Abdullah", LocalDate.of(2016, 6, 1)).map(Party::name));
    }

    @Test
    void unknownAndCommonNamesStayUnknown() {
        LocalDate day = LocalDate.of(2020, 9, 1);
        assertEquals(Optional.empty(), HOLDERS.holderOf("Ron Johnson", day));
        assertEquals(Optional.empty(), HOLDERS.holderOf("Singh", day), "listed without a surname of its own");
        assertEquals(Optional.empty(), HOLDERS.holderOf("Patel", day));
        assertEquals(Optional.empty(), HOLDERS.holderOf("the Prime Minister", day));
        assertEquals(Optional.empty(), HOLDERS.holderOf("", day));
    }

    @Test
    void inAnArticleASurnameAloneCountsOnlyWhereTheArticleWritesTheFullNameOrIsAboutTheHoldersParty() {
        LocalDate day = LocalDate.of(2020, 9, 1);
        Article british = Articles.of("uk.txt", "Sanctions\n\nBritain will act, Johnson said on Tuesday.");
        Article american = Articles.of("us.txt", "Budget\n\nThe Senate voted late, Johnson said on Tuesday.");
        Article trade = Articles.of("trade.txt", """
                Trade talks

                Boris Johnson spoke to the US President. Washington and the US Trade Representative want
                more, and America will press on. Mr Johnson said the UK would not rush.""");
        Article shops = Articles.of("cardiff.txt", """
                Shoppers told to wear masks

                Cases rose in Cardiff, Britain's health officials said, as the UK tightened rules and British
                shops were told to enforce them. Travel from Australia resumes. Morrison said staff would help.""");
        assertEquals(Optional.of("United Kingdom"), HOLDERS.partyOf("Johnson", day, RESOLVER.context(british)).map(Party::name));
        assertEquals(Optional.empty(), HOLDERS.partyOf("Johnson", day, RESOLVER.context(american)));
        assertEquals(Optional.of("United Kingdom"), HOLDERS.partyOf("Mr Johnson", day, RESOLVER.context(trade)).map(Party::name),
                "the full name is in the article");
        assertEquals(Optional.empty(), HOLDERS.partyOf("Morrison", day, RESOLVER.context(shops)), "Australia named, not the story");
        assertEquals(Optional.of("United Kingdom"), HOLDERS.partyOf("Boris Johnson", day, RESOLVER.context(american)).map(Party::name),
                "a full name needs no such support");
    }

    @ParameterizedTest(name = "{0}, {1}, {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Prime Minister     | United Kingdom | 2020-09-01 | Boris Johnson
            Prime Minister     | United Kingdom | 2022-10-01 | Liz Truss
            Chancellor         | Germany        | 2020-09-01 | Angela Merkel
            Secretary of State | United States  | 2020-09-01 | Mike Pompeo
            Foreign Secretary  | United Kingdom | 2020-09-01 | Dominic Raab
            Monarch            | United Kingdom | 2020-09-01 | Queen Elizabeth II
            Monarch            | United Kingdom | 2023-05-06 | King Charles III
            """)
    void whoHeldAnOfficeOnADay(String office, String party, LocalDate date, String holder) {
        Party p = REGISTRY.byName(party).orElseThrow();
        assertEquals(Optional.of(holder), HOLDERS.holderOfOffice(office, p, date).map(Holder::name));
    }

    @Test
    void onTheDayOfAHandoverNoOneHoldsTheOfficeAlone() {
        Party uk = REGISTRY.byName("United Kingdom").orElseThrow();
        assertEquals(Optional.empty(), HOLDERS.holderOfOffice("Prime Minister", uk, LocalDate.of(2022, 9, 6)));
        assertEquals(Optional.empty(), HOLDERS.holderOfOffice("President", uk, LocalDate.of(2022, 9, 1)));
    }

    @Test
    void everyHolderHeldAnOfficeIn2015OrLater() {
        LocalDate from = LocalDate.of(2015, 1, 1);
        for (Holder h : HOLDERS.holders()) {
            assertTrue(h.terms().stream().anyMatch(t -> t.end() == null || !t.end().isBefore(from)), h.name());
        }
    }

    @Test
    void aDateLessPreciseThanADayNeedsANote() {
        IOException e = assertThrows(IOException.class, () -> read("""
                {"_source": "s", "_licence": "CC0-1.0", "_current": "2025-10-31", "holders": [
                  {"name": "Ann Example", "terms": [{"office": "Foreign Minister", "party": "Norway", "start": "2020-03"}]}]}
                """));
        assertTrue(e.getMessage().contains("'2020-03'") && e.getMessage().contains("Ann Example"), e.getMessage());
    }

    @Test
    void aMonthStartsOnItsFirstDayAndEndsOnItsLast() throws IOException {
        OfficeHoldersFile file = read("""
                {"_source": "s", "_licence": "CC0-1.0", "_current": "2025-10-31", "holders": [
                  {"name": "Ann Example", "terms": [{"office": "Foreign Minister", "party": "Norway", "start": "2020-03",
                   "end": "2021", "note": "months as recalled"}]}]}
                """);
        Holder.Term term = file.holders().get(0).terms().get(0);
        assertEquals(LocalDate.of(2020, 3, 1), term.start());
        assertEquals(LocalDate.of(2021, 12, 31), term.end());
    }

    @Test
    void anUnknownPartyOrFieldIsAnError() {
        IOException party = assertThrows(IOException.class, () -> read("""
                {"_source": "s", "_licence": "CC0-1.0", "_current": "2025-10-31", "holders": [
                  {"name": "Ann Example", "terms": [{"office": "Foreign Minister", "party": "Norvegia", "start": "2020-03-01"}]}]}
                """));
        assertTrue(party.getMessage().contains("'Norvegia'"), party.getMessage());
        IOException field = assertThrows(IOException.class, () -> read("""
                {"_source": "s", "_licence": "CC0-1.0", "_current": "2025-10-31", "holders": [
                  {"name": "Ann Example", "surname": ["Example"], "terms": []}]}
                """));
        assertTrue(field.getMessage().contains("'surname'"), field.getMessage());
    }

    @Test
    void theTermsOfAPersonAreInFileOrder() {
        Holder johnson = HOLDERS.holderOf("Boris Johnson", null).orElseThrow();
        assertEquals(List.of("Foreign Secretary", "Prime Minister"), johnson.terms().stream().map(Holder.Term::office).toList());
        assertEquals(Optional.of("United Kingdom"), johnson.partyOn(null).map(Party::name), "one party over all terms");
    }

    private static OfficeHoldersFile read(String json) throws IOException {
        return OfficeHoldersFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), REGISTRY, "test.json");
    }
}
