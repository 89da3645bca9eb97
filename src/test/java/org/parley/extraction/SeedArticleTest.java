package org.parley.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.article.Article;
import org.parley.article.ArticleEntry;
import org.parley.article.ArticleParser;
import org.parley.party.PartyRegistry;
import org.parley.party.PartyResolver;

/** The hard cases of the seed article, where {@code <shared>/seed} exists. */
class SeedArticleTest {

    private static String text;
    private static List<Attribution> found;

    @BeforeAll
    static void extractSeed() throws Exception {
        Path seed = SharedData.dir().resolve("seed");
        assumeTrue(Files.isDirectory(seed), "no seed article at " + seed.toAbsolutePath());
        Path file;
        try (Stream<Path> files = Files.list(seed)) {
            file = files.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
        }
        Article article = new ArticleParser().parse(file.getFileName().toString(), ArticleEntry.Format.TXT,
                Files.readAllBytes(file));
        text = article.text();
        found = new AttributionExtractor(new PartyResolver(PartyRegistry.bundled())).extract(article);
    }

    private static Attribution withContent(String start) {
        return found.stream().filter(a -> a.content().of(text).startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no attribution whose content starts with: " + start));
    }

    @Test
    void partialQuoteIsAMixedStatementOfSherman() {
        Attribution a = withContent("that the demands were 'not a start'");
        assertEquals(Kind.MIXED, a.kind());
        assertEquals("Wendy Sherman", a.speaker());
        assertEquals("United States", a.party());
        assertEquals("US Deputy Secretary of State", a.role());
    }

    @Test
    void heSaidAfterShermansQuoteIsSherman() {
        Attribution a = withContent("Russia did not make any commitments to de-escalate");
        assertEquals("he", a.source().of(text));
        assertEquals("Wendy Sherman", a.speaker());
        assertEquals("United States", a.party());
    }

    @Test
    void moscowSaidIsRussia() {
        Attribution a = withContent("the situation was \"very dangerous\"");
        assertEquals("Moscow", a.source().of(text));
        assertEquals("Russia", a.speaker());
        assertEquals("Russia", a.party());
    }

    @Test
    void russiaDeniesPlansToAttack() {
        Attribution a = withContent("plans to attack Ukraine");
        assertEquals("denies", a.cue().of(text));
        assertEquals("Russia", a.source().of(text));
        assertEquals("Russia", a.party());
    }

    @Test
    void stoltenbergIsNato() {
        Attribution a = withContent("the alliance was willing to hold arms talks");
        assertEquals("Jens Stoltenberg", a.speaker());
        assertEquals("NATO Secretary-General", a.role());
        assertEquals("NATO", a.party());
        assertEquals("NATO", withContent("\"There is a real risk").party());
    }

    @Test
    void grushkoAndFominAreRussia() {
        Attribution grushko = withContent("\"If there is a search for vulnerabilities");
        assertEquals("Alexander Grushko", grushko.speaker());
        assertEquals("Russian Deputy Foreign Minister", grushko.role());
        assertEquals("Russia", grushko.party());
        Attribution fomin = withContent("NATO's \"ignorance\"");
        assertEquals("Alexander Fomin", fomin.speaker());
        assertEquals("Russia", fomin.party());
    }

    @Test
    void everyStatementOfShermanIsTheUnitedStates() {
        List<Attribution> sherman = found.stream().filter(a -> "Wendy Sherman".equals(a.speaker())).toList();
        assertEquals(5, sherman.size());
        sherman.forEach(a -> assertEquals("United States", a.party(), a.content().of(text)));
    }
}
