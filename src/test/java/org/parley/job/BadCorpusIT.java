package org.parley.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.batch.runtime.BatchStatus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parley.article.ArticleSet;
import org.parley.launch.JobParameters;
import org.parley.launch.Jobs;
import org.parley.launch.ParleyProcess;
import org.parley.launch.TestHome;

/**
 * Over forty bad and hostile entries, written by {@link BadCorpus}, in one set with the bundled
 * sample: the run completes, keeps every sample article, and names every bad entry with its reason;
 * each entry alone through {@code extract} ends with a clear word, or its attributions.
 */
class BadCorpusIT {

    /** The time an entry alone may take through {@code extract}, its JVM's start included. */
    private static final Duration EACH = Duration.ofSeconds(10);

    @TempDir
    static Path dir;
    static Path set;
    static List<BadCorpus.Bad> bad;
    static List<String> sample;

    @BeforeAll
    static void writeSet() throws Exception {
        set = dir.resolve("set");
        Path sampleSet = TestHome.sampleSet();
        try (Stream<Path> files = Files.walk(sampleSet)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path to = set.resolve(sampleSet.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
        sample = ArticleSet.list(set).stream().map(e -> e.doc()).toList();
        bad = BadCorpus.write(set);
        assertTrue(bad.size() >= 40, "a corpus of at least 40 entries: " + bad.size());
    }

    @Test
    void theRunCompletesKeepsEveryGoodArticleAndNamesEveryBadEntryWithItsReason() throws Exception {
        Path out = dir.resolve("out");
        long execution = TestHome.runToEnd(new JobParameters(set, out, List.of("pdf"), "briefing", null, null),
                Duration.ofMinutes(6));
        assertEquals(BatchStatus.COMPLETED, new Jobs().execution(execution).getBatchStatus());

        JsonNode manifest = new ObjectMapper().readTree(out.resolve(Long.toString(execution)).resolve("manifest.json").toFile());
        Set<String> named = new LinkedHashSet<>();
        for (JsonNode s : manifest.get("skipped")) {
            assertFalse(s.get("reason").asText().isBlank(), s.toString());
            named.add(s.get("doc").asText());
        }
        for (JsonNode p : manifest.get("passedOver")) {
            assertFalse(p.get("reason").asText().isBlank(), p.toString());
            named.add(p.get("doc").asText());
        }
        for (BadCorpus.Bad b : bad) {
            if (b.rejected()) {
                // a name past the column's length is kept as its start and a digest
                String start = b.doc().length() > 900 ? b.doc().substring(0, 900) : b.doc();
                assertTrue(named.stream().anyMatch(n -> n.equals(b.doc()) || n.startsWith(start)),
                        b.doc() + " is not named in the manifest: " + named);
            }
        }
        for (String doc : sample) {
            assertFalse(named.contains(doc), "a sample article was skipped: " + doc);
        }
        int articles = manifest.get("summary").get("articles").asInt() + manifest.get("summary").get("copies").asInt();
        assertTrue(articles >= sample.size(), "every sample article kept: " + articles + " of " + sample.size());
        assertTrue(manifest.get("rounds").size() > 0, "the sample's rounds are briefed");
    }

    @Test
    void eachEntryAloneThroughExtractEndsInTimeWithAClearWord() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        List<String> slow = new ArrayList<>();
        for (Path input : inputs()) {
            long start = System.nanoTime();
            ParleyProcess.Result r = ParleyProcess.run(work, EACH, "extract", input.toString());
            double seconds = (System.nanoTime() - start) / 1e9;
            String name = input.getFileName().toString();
            if (r.exitCode() == 0) {
                // attributions on standard output, or on standard error why there are none
                assertTrue(r.output().contains("\"doc\"") || r.output().contains("skipped ")
                        || r.output().contains("passed over ") || r.output().contains("no articles in ")
                        || r.output().contains("no attributions found"),
                        name + " gave no attributions and no word why:\n" + r.output());
            } else {
                assertTrue(r.output().contains(name) || r.output().contains("article set"),
                        name + " failed without naming itself:\n" + r.output());
                assertFalse(r.output().contains("\tat org.parley"), name + " ended with a stack trace:\n" + r.output());
            }
            System.out.printf("extract %s: exit %d, %.1f s%n", name.length() > 60 ? name.substring(0, 60) + "…" : name,
                    r.exitCode(), seconds);
            if (seconds > EACH.toSeconds()) {
                slow.add(name);
            }
        }
        assertEquals(List.of(), slow, "entries extract took longer than " + EACH + " on");
    }

    /** The corpus's files and folders as one would give them to extract, one by one. */
    private static List<Path> inputs() {
        Set<Path> inputs = new LinkedHashSet<>();
        for (BadCorpus.Bad b : bad) {
            String file = b.doc().replaceAll("(#\\d+|!/.*)$", "");
            inputs.add(set.resolve(file));
        }
        return List.copyOf(inputs);
    }
}
