package org.parley.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartyRegistryTest {

    private static final PartyRegistry REGISTRY = PartyRegistry.bundled();

    @Test
    void holdsEveryUnMemberStateTheObserversTaiwanAndKosovo() {
        Map<String, Long> byKind = REGISTRY.parties().stream()
                .collect(Collectors.groupingBy(Party::kind, Collectors.counting()));
        assertEquals(193L, byKind.get("state"));
        assertEquals(Set.of("Holy See", "Palestine"), namesOfKind("observer"));
        assertEquals(Set.of("Taiwan", "Kosovo"), namesOfKind("partially-recognised"));
        Set<String> codes = REGISTRY.parties().stream().filter(p -> p.kind().equals("state"))
                .map(Party::code).collect(Collectors.toSet());
        assertEquals(193, codes.size(), "every state has its own ISO alpha-3 code");
    }

    @Test
    void holdsTheMainOrganisationsAndGroupings() {
        for (String name : List.of("NATO", "European Union", "United Nations", "OSCE", "IAEA", "African Union",
                "ASEAN", "G7", "G20", "Arab League", "OPEC", "WTO", "E3")) {
            assertTrue(REGISTRY.byName(name).isPresent(), name);
        }
        assertEquals("grouping", REGISTRY.byName("E3").orElseThrow().kind());
    }

    @ParameterizedTest(name = "{0}: {1}, {2}")
    @CsvSource(delimiter = '|', textBlock = """
            United States  | American     | Washington        | United States of America
            United Kingdom | British      | London            | United Kingdom of Great Britain and Northern Ireland
            Russia         | Russian      | Moscow            | Russian Federation
            Ukraine        | Ukrainian    | Kyiv              | Ukraine
            China          | Chinese      | Beijing           | People's Republic of China
            France         | French       | Paris             | French Republic
            Germany        | German       | Berlin            | Federal Republic of Germany
            Iran           | Iranian      | Tehran            | Islamic Republic of Iran
            Israel         | Israeli      | Jerusalem         | State of Israel
            Turkey         | Turkish      | Ankara            | Republic of Türkiye
            Poland         | Polish       | Warsaw            | Republic of Poland
            Japan          | Japanese     | Tokyo             | Japan
            India          | Indian       | New Delhi         | Republic of India
            Pakistan       | Pakistani    | Islamabad         | Islamic Republic of Pakistan
            Saudi Arabia   | Saudi        | Riyadh            | Kingdom of Saudi Arabia
            Egypt          | Egyptian     | Cairo             | Arab Republic of Egypt
            Qatar          | Qatari       | Doha              | State of Qatar
            Belarus        | Belarusian   | Minsk             | Republic of Belarus
            Georgia        | Georgian     | Tbilisi           | Georgia
            Brazil         | Brazilian    | Brasilia          | Federative Republic of Brazil
            Mexico         | Mexican      | Mexico City       | United Mexican States
            Canada         | Canadian     | Ottawa            | Canada
            Australia      | Australian   | Canberra          | Australia
            Nigeria        | Nigerian     | Abuja             | Federal Republic of Nigeria
            South Africa   | South African| Pretoria          | Republic of South Africa
            Ethiopia       | Ethiopian    | Addis Ababa       | Federal Democratic Republic of Ethiopia
            Kenya          | Kenyan       | Nairobi           | Republic of Kenya
            North Korea    | North Korean | Pyongyang         | Democratic People's Republic of Korea
            South Korea    | South Korean | Seoul             | Republic of Korea
            Syria          | Syrian       | Damascus          | Syrian Arab Republic
            Afghanistan    | Afghan       | Kabul             | Islamic Republic of Afghanistan
            Switzerland    | Swiss        | Bern              | Swiss Confederation
            Austria        | Austrian     | Vienna            | Republic of Austria
            Belgium        | Belgian      | Brussels          | Kingdom of Belgium
            Kosovo         | Kosovar      | Pristina          | Republic of Kosovo
            Taiwan         | Taiwanese    | Taipei            | Taiwan
            Palestine      | Palestinian  | Ramallah          | State of Palestine
            """)
    void knowsWellKnownStatesByNameDemonymAndCapital(String name, String demonym, String capital, String fullName) {
        Party party = REGISTRY.byName(name).orElseThrow();
        assertEquals(fullName, party.fullName());
        assertTrue(party.demonyms().contains(demonym), party.demonyms()::toString);
        assertTrue(party.metonyms().contains(capital), party.metonyms()::toString);
        assertTrue(REGISTRY.candidates(capital).contains(party), capital);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            US             | United States
            U.S.           | United States
            the White House| United States
            UK             | United Kingdom
            Britain        | United Kingdom
            Downing Street | United Kingdom
            No 10          | United Kingdom
            the Kremlin    | Russia
            Kiev           | Ukraine
            EU             | European Union
            Nato           | NATO
            the North Atlantic Treaty Organization | NATO
            U.N.           | United Nations
            the UN nuclear watchdog | IAEA
            Organization for Security and Cooperation in Europe | OSCE
            Ivory Coast    | Ivory Coast
            Côte d'Ivoire  | Ivory Coast
            Türkiye        | Turkey
            Burma          | Myanmar
            the Vatican    | Holy See
            Guinea-Bissau  | Guinea-Bissau
            Papua New Guinea | Papua New Guinea
            """)
    void matchesAliasesAbbreviationsAndMetonyms(String form, String name) {
        assertEquals(Optional.of(name), REGISTRY.match(form).map(Party::name));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            No 10            | United Kingdom
            Number 10        | United Kingdom
            Downing Street   | United Kingdom
            Whitehall        | United Kingdom
            the Kremlin      | Russia
            the Elysée       | France
            the Elysee       | France
            Foggy Bottom     | United States
            the White House  | United States
            the Pentagon     | United States
            the Quai d'Orsay | France
            Zhongnanhai      | China
            the Blue House   | South Korea
            Bankova          | Ukraine
            the Kantei       | Japan
            South Block      | India
            Palazzo Chigi    | Italy
            """)
    void seatsOfGovernmentStandForTheirState(String form, String name) {
        assertEquals(Optional.of(name), REGISTRY.match(form).map(Party::name));
    }

    @Test
    void theChancelleryIsGermanysOrAustriasAndTheKnessetIsNoGovernment() {
        assertEquals(Set.of("Germany", "Austria"), names(REGISTRY.candidates("the Chancellery")));
        assertEquals(Optional.empty(), REGISTRY.match("the Chancellery"));
        assertEquals(Optional.empty(), REGISTRY.match("the Knesset"));
    }

    @Test
    void ambiguousFormsListEveryCandidateAndMatchNone() {
        assertEquals(Set.of("Belgium", "European Union", "NATO"), names(REGISTRY.candidates("Brussels")));
        assertEquals(Optional.empty(), REGISTRY.match("Brussels"));
        assertEquals(Optional.empty(), REGISTRY.match("the alliance"));
        assertEquals(Optional.empty(), REGISTRY.match("Georgia"));
        assertEquals(List.of(), REGISTRY.candidates("Geneva"));
    }

    @Test
    void abbreviationsAndCapitalisedNamesMatchOnlyAsWritten() {
        assertEquals(Optional.empty(), REGISTRY.match("us"));
        assertEquals(Optional.empty(), REGISTRY.match("turkey"));
        assertEquals(Optional.empty(), REGISTRY.match("chad"));
    }

    @Test
    void noTwoPartiesShareANameUnlessBothMarkItAmbiguous() {
        Map<String, String> owner = new HashMap<>();
        for (Party p : REGISTRY.parties()) {
            for (String form : nameForms(p)) {
                String other = owner.putIfAbsent(form, p.name());
                assertTrue(other == null || other.equals(p.name()), form + " names " + other + " and " + p.name());
            }
        }
    }

    private static List<String> nameForms(Party p) {
        return java.util.stream.Stream.of(List.of(p.name(), p.fullName()), p.aliases(), p.demonyms())
                .flatMap(List::stream).filter(f -> !p.ambiguous().contains(f)).toList();
    }

    private static Set<String> namesOfKind(String kind) {
        return REGISTRY.parties().stream().filter(p -> p.kind().equals(kind)).map(Party::name).collect(Collectors.toSet());
    }

    private static Set<String> names(List<Party> parties) {
        return parties.stream().map(Party::name).collect(Collectors.toSet());
    }
}
