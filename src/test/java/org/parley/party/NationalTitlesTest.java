package org.parley.party;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NationalTitlesTest {

    private static final OfficeHolders HOLDERS = OfficeHolders.bundled(PartyRegistry.bundled());

    @ParameterizedTest(name = "{0} in an outlet of {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            the Prime Minister          | United Kingdom | United Kingdom
            The Foreign Secretary       | United Kingdom | United Kingdom
            the Home Secretary          | United Kingdom | United Kingdom
            the Chancellor              | United Kingdom | United Kingdom
            the Defence Secretary       | United Kingdom | United Kingdom
            the Health Secretary        | United Kingdom | United Kingdom
            the Culture Secretary       | United Kingdom | United Kingdom
            Downing Street spokesman    | United Kingdom | United Kingdom
            the President               | United States  | United States
            the Secretary of State      | United States  | United States
            the Vice-President          | United States  | United States
            the Vice President          | United States  | United States
            the Pentagon press secretary| United States  | United States
            the Chancellor              | Germany        | Germany
            the Foreign Secretary       | India          | India
            the prime minister          | Israel         | Israel
            Taoiseach                   | United States  | Ireland
            the Tanaiste                | United Kingdom | Ireland
            Chancellor of the Exchequer | France         | United Kingdom
            Downing Street spokeswoman  | Russia         | United Kingdom
            White House press secretary | United Kingdom | United States
            the Chief Cabinet Secretary | United States  | Japan
            """)
    void anUnqualifiedTitleIsTheHomeCountrysOfficeOrThatOfTheOneCountryWithIt(String title, String home, String party) {
        assertEquals(Optional.of(party), HOLDERS.partyOfOffice(title, home).map(Party::name));
    }

    @ParameterizedTest(name = "{0} in an outlet of {1} -> unknown")
    @CsvSource(delimiter = '|', textBlock = """
            the President          | United Kingdom
            the Vice President     | United Kingdom
            the Chancellor         | United States
            the Foreign Secretary  | United States
            the Home Secretary     | France
            the Secretary of State | United Kingdom
            the Prime Minister     | United States
            the Prime Minister     |
            the President          |
            the press secretary    | United Kingdom
            British Prime Minister | United Kingdom
            """)
    void aTitleTheHomeCountryHasNoOfficeForNamesNoParty(String title, String home) {
        assertEquals(Optional.empty(), HOLDERS.partyOfOffice(title, home));
    }
}
