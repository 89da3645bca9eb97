package org.parley.launch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.parley.article.Article;
import org.parley.article.ArticleEntry;
import org.parley.article.ArticleParser;
import org.parley.article.ArticleRejectedException;
import org.parley.article.ArticleSet;
import org.parley.extraction.Attribution;
import org.parley.extraction.AttributionExtractor;
import org.parley.extraction.AttributionJsonl;
import org.parley.party.PartyRegistry;
import org.parley.party.PartyResolver;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley extract}: attributions of articles as JSONL on standard output, no database. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print every attribution in the articles as one JSON object per line "
                + "(the format in DESIGN.md). Uses no database and no batch runtime.")
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Articles: files, folders or .zip sets.")
    List<Path> inputs;

    @Option(names = "--parties", paramLabel = "FILE", description = "A parties file extending the bundled registry.")
    Path partiesFile;

    @Override
    public Integer call() throws IOException {
        PartyRegistry parties = partiesFile == null ? PartyRegistry.bundled() : PartyRegistry.bundled().with(partiesFile);
        AttributionExtractor extractor = new AttributionExtractor(new PartyResolver(parties));
        ArticleParser parser = new ArticleParser();
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int skipped = 0;
        try (Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
            for (Path input : inputs) {
                for (ArticleEntry entry : ArticleSet.list(input)) {
                    try {
                        Article article = parser.parse(entry);
                        for (Attribution a : extractor.extract(article)) {
                            out.write(AttributionJsonl.line(article, a));
                            out.write('\n');
                        }
                    } catch (ArticleRejectedException e) {
                        skipped++;
                        err.println("skipped " + e.doc() + ": " + e.reason());
                    }
                }
            }
        }
        return 0; // skipped inputs are reported on standard error, not a failure
    }
}
