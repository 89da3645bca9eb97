package org.parley.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.parley.article.Article;
import org.parley.party.PartyRegistry;
import org.parley.party.PartyResolver;

/** Runs the extractor on short passages written for the tests, against a small made-up registry. */
final class Passages {

    /** A party file with one made-up state, so that tests do not hang on the bundled registry's contents. */
    private static final String PARTIES = """
            parties:
              - name: Freedonia
                fullName: Republic of Freedonia
                kind: state
                aliases: [the Republic of Freedonia]
                demonyms: [Freedonian, Freedonians]
                metonyms: [Fredville, the Palace]
              - name: Northern League
                kind: organisation
                aliases: [NL]
                phrases: [the league]
            """;

    private static AttributionExtractor extractor;

    private Passages() {
    }

    /** The attributions of an article whose first line is its title. */
    static List<Attribution> extract(String text) {
        int titleEnd = text.indexOf('\n');
        String title = titleEnd < 0 ? text : text.substring(0, titleEnd);
        Article article = new Article("test.txt", title, text, Math.min(text.length(), titleEnd + 1), null, null, null);
        return extractor().extract(article);
    }

    /** The text an attribution's span covers. */
    static String text(String article, Span span) {
        return span == null ? null : span.of(article);
    }

    static synchronized AttributionExtractor extractor() {
        if (extractor == null) {
            try {
                Path file = Files.createTempFile("parties", ".yaml");
                Files.writeString(file, PARTIES);
                PartyRegistry registry = PartyRegistry.bundled().with(file);
                Files.delete(file);
                extractor = new AttributionExtractor(new PartyResolver(registry));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return extractor;
    }
}
