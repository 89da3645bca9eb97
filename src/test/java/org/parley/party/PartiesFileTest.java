package org.parley.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartiesFileTest {

    @TempDir
    Path dir;

    @Test
    void aYamlFileAddsAPartyThatResolvesInRolesAndMentions() throws IOException {
        // given
        Path file = write("parties.yaml", """
                parties:
                  - name: Valdorian Front
                    kind: movement
                    aliases: [the Valdorian Liberation Front]
                    metonyms: [Kestra]
                    ambiguous: [Kestra]
                    phrases: [the militant group]
                notParties: [Kestra Strip]
                """);
        // when
        PartyResolver resolver = new PartyResolver(PartyRegistry.bundled().with(file));
        // then
        assertEquals(Optional.of("Valdorian Front"), resolver.partyOfRole("Valdorian Front spokesman").map(Party::name));
        assertEquals(Optional.of("Valdorian Front"), resolver.registry().match("the Valdorian Liberation Front").map(Party::name));
        assertEquals(Optional.empty(), resolver.registry().match("Kestra"), "listed as ambiguous");
        assertEquals(List.of(), resolver.registry().candidates("Kestra Strip"));
        assertEquals(PartyRegistry.bundled().parties().size() + 1, resolver.registry().parties().size());
    }

    @Test
    void aJsonEntryWithABundledNameReplacesIt() throws IOException {
        Path file = write("parties.json", """
                {"parties": [{"name": "Ukraine", "fullName": "Ukraine", "aliases": ["UA"], "metonyms": ["Bankova Street"]}]}
                """);
        PartyRegistry registry = PartyRegistry.bundled().with(file);
        Party ukraine = registry.byName("Ukraine").orElseThrow();
        assertEquals(List.of("Bankova Street"), ukraine.metonyms());
        assertEquals(Optional.empty(), registry.match("Kyiv"), "the bundled metonyms are replaced");
        assertEquals(Optional.of("Ukraine"), registry.match("UA").map(Party::name));
    }

    @Test
    void anEntryThatExtendsAddsFormsAndKeepsTheRest() throws IOException {
        Path file = write("extra.yml", """
                parties:
                  - name: Ukraine
                    extend: true
                    metonyms: [Bankova Street]
                    phrases: [the Ukrainian side]
                """);
        PartyRegistry registry = PartyRegistry.bundled().with(file);
        Party ukraine = registry.byName("Ukraine").orElseThrow();
        assertEquals("UKR", ukraine.code());
        assertEquals(List.of("Kyiv", "Kiev", "Bankova", "Bankova Street"), ukraine.metonyms());
        assertEquals(Optional.of("Ukraine"), registry.match("Bankova Street").map(Party::name));
        assertEquals(Optional.of("Ukraine"), registry.match("Kyiv").map(Party::name));
    }

    @Test
    void aMisspeltFieldIsAnErrorNamingThePartyAndTheField() throws IOException {
        Path file = write("typo.yaml", """
                parties:
                  - name: Hamas
                    metonym: [Gaza]
                """);
        IOException e = assertThrows(IOException.class, () -> PartyRegistry.bundled().with(file));
        assertTrue(e.getMessage().contains("'Hamas'") && e.getMessage().contains("'metonym'"), e.getMessage());
    }

    @Test
    void anUnknownKindIsAnErrorNamingThePartyAndTheKind() throws IOException {
        Path file = write("kind.yaml", """
                parties:
                  - name: Valdorian Front
                    kind: militia
                """);
        IOException e = assertThrows(IOException.class, () -> PartyRegistry.bundled().with(file));
        assertTrue(e.getMessage().contains("'Valdorian Front'") && e.getMessage().contains("'militia'"), e.getMessage());
    }

    @Test
    void aFileWithoutAPartiesListOrANameIsRejected() throws IOException {
        Path noList = write("empty.yaml", "notParties: [Gaza Strip]\n");
        Path noName = write("noname.json", "{\"parties\": [{\"aliases\": [\"X\"]}]}");
        assertTrue(assertThrows(IOException.class, () -> PartiesFile.read(noList)).getMessage().contains("'parties' list"));
        assertTrue(assertThrows(IOException.class, () -> PartiesFile.read(noName)).getMessage().contains("needs a name"));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
