package org.parley.extraction;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.parley.article.Article;
import org.parley.article.ArticleEntry;
import org.parley.article.ArticleParser;
import org.parley.article.ArticleRejectedException;
import org.parley.article.ArticleSet;
import org.parley.party.PartyRegistry;
import org.parley.party.PartyResolver;

/**
 * The regression guard of issues 3 and 9: extracts PolNeAR's dev split, scores it with the shared scorer
 * and fails below the bars. Skipped where the split or python3 is missing.
 */
class ExtractionQualityIT {

    // issue 9: not worse than before it (0.676, 0.869, 0.923, 0.624, to three places)
    private static final double ALL_F1 = 0.6755;
    private static final double QUOTED_F1 = 0.8685;
    private static final double SOURCE_ACCURACY = 0.9225;
    private static final double FULL_F1 = 0.6235;

    @Test
    void devSplitMeetsTheBars() throws Exception {
        // failsafe sets parley.jar (see the pom); a surefire run picked up by a package pattern skips
        assumeTrue(System.getProperty("parley.jar") != null, "an integration test: run by failsafe in mvn verify");
        Path dev = SharedData.dir().resolve("polnear/dev");
        Path scorer = SharedData.dir().resolve("eval/score_attributions.py");
        assumeTrue(Files.isDirectory(dev.resolve("text")), "no PolNeAR dev split at " + dev.toAbsolutePath());
        assumeTrue(Files.isRegularFile(scorer), "no scorer at " + scorer.toAbsolutePath());
        assumeTrue(hasPython(), "python3 is not on the PATH");

        Path output = Path.of("target", "extraction-quality", "dev.jsonl");
        int articles = extract(dev.resolve("text"), output);
        assertEquals(84, articles, "articles extracted from the dev split");

        JsonNode subsets = score(scorer, dev, output).get("subsets");
        double all = subsets.get("all").get("lenient").get("f1").asDouble();
        double quoted = subsets.get("quoted").get("lenient").get("f1").asDouble();
        double source = subsets.get("all").get("source").get("accuracy").asDouble();
        double full = subsets.get("all").get("full").get("f1").asDouble();
        assertAll(
                () -> assertTrue(all >= ALL_F1, "all attributions, lenient F1 " + all + " < " + ALL_F1),
                () -> assertTrue(quoted >= QUOTED_F1, "quoted, lenient F1 " + quoted + " < " + QUOTED_F1),
                () -> assertTrue(source >= SOURCE_ACCURACY, "source accuracy " + source + " < " + SOURCE_ACCURACY),
                () -> assertTrue(full >= FULL_F1, "full attribution F1 " + full + " < " + FULL_F1));
    }

    /** Extracts every article of a folder into one JSONL file; returns how many articles were read. */
    private static int extract(Path folder, Path output) throws IOException {
        Files.createDirectories(output.getParent());
        AttributionExtractor extractor = new AttributionExtractor(new PartyResolver(PartyRegistry.bundled()));
        ArticleParser parser = new ArticleParser();
        int articles = 0;
        try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            for (ArticleEntry entry : ArticleSet.list(folder)) {
                try {
                    Article article = parser.parse(entry);
                    for (Attribution a : extractor.extract(article)) {
                        out.write(AttributionJsonl.line(article, a));
                        out.write('\n');
                    }
                    articles++;
                } catch (ArticleRejectedException e) {
                    // counted below: the assertion on the number of articles says how many were lost
                }
            }
        }
        return articles;
    }

    private static JsonNode score(Path scorer, Path gold, Path system) throws IOException, InterruptedException {
        Process python = new ProcessBuilder("python3", scorer.toString(), "--gold-dir", gold.toString(),
                "--system", system.toString(), "--json").redirectErrorStream(true).start();
        byte[] out = python.getInputStream().readAllBytes();
        assertTrue(python.waitFor(5, TimeUnit.MINUTES), "the scorer did not finish");
        String text = new String(out, StandardCharsets.UTF_8);
        assertEquals(0, python.exitValue(), "the scorer failed: " + text);
        return new ObjectMapper().readTree(text);
    }

    private static boolean hasPython() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
