package org.parley.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.article.Article;

/** The roles and mentions of the shared seed article, where {@code ../shared/seed} exists. */
class SeedArticleTest {

    private static final PartyResolver RESOLVER = new PartyResolver(PartyRegistry.bundled());
    private static Article seed;

    @BeforeAll
    static void readSeed() throws IOException {
        Path dir = Path.of(System.getProperty("parley.shared", "../shared"), "seed");
        Assumptions.assumeTrue(Files.isDirectory(dir), "no seed articles at " + dir.toAbsolutePath());
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Assumptions.assumeFalse(files.isEmpty(), "no seed article in " + dir);
        seed = Articles.of(files.get(0).getFileName().toString(), Files.readString(files.get(0)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            NATO Secretary-General            | NATO
            Russian Deputy Foreign Minister   | Russia
            Russia's Deputy Defense Minister  | Russia
            US Deputy Secretary of State      | United States
            """)
    void theSeedRolesResolve(String role, String party) {
        assertTrue(seed.text().contains(role), "the seed article writes " + role);
        assertEquals(Optional.of(party), RESOLVER.partyOfRole(role, seed).map(Party::name));
        assertEquals(Optional.of(party), RESOLVER.partyOfRole(role).map(Party::name));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Moscow                                                  | Russia
            the alliance                                            | NATO
            Russia                                                  | Russia
            The North Atlantic Treaty Organization (NATO)           | NATO
            The Interfax news agency                                |
            Russian Deputy Foreign Minister Alexander Grushko       | Russia
            Russia's Deputy Defense Minister Alexander Fomin        | Russia
            """)
    void theSeedMentionsResolve(String mention, String party) {
        assertEquals(Optional.ofNullable(party), RESOLVER.partyOfMention(mention, seed).map(Party::name));
    }
}
