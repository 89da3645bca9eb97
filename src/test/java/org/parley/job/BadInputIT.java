package org.parley.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.batch.runtime.BatchStatus;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parley.launch.JobParameters;
import org.parley.launch.Jobs;
import org.parley.launch.ParleyProcess;
import org.parley.launch.TestHome;
import org.parley.store.SkipStore;

/** A set of good articles mixed with every kind of bad input: the good are processed, the bad listed. */
class BadInputIT {

    /** A body of its own for each good article, so that none is taken for a reprint of another. */
    private static String body(String topic) {
        return switch (topic) {
            case "prisoners" -> "Negotiators agreed on Monday to exchange lists of prisoners held since the spring. "
                    + "Families gathered outside the hotel, and the mediator promised a first exchange within weeks. "
                    + "Officials on both sides said the lists would be checked by the Red Cross before any release.";
            case "sanctions" -> "The bloc's foreign ministers discussed easing sanctions on fertiliser exports, but "
                    + "three members objected. A diplomat said the measures would stay until troops pulled back, "
                    + "while the trade commissioner warned that farmers were already paying for the delay.";
            case "coffee" -> "Growers in the highlands expect a smaller harvest after a dry summer, the cooperative "
                    + "said. Prices on the exchange rose for a third week, and roasters said they would pass some "
                    + "of the cost to shoppers before the end of the year.";
            case "borders" -> "Survey teams began marking the disputed stretch of the border on Tuesday, a month "
                    + "after the ceasefire. Villagers on both banks of the river watched as engineers set concrete "
                    + "posts every two hundred metres along the agreed line.";
            default -> "Port officials reported record container traffic in October as shipping lines moved routes "
                    + "away from the straits. Customs staff worked extra shifts, and the harbour authority asked the "
                    + "government for two more cranes before the winter storms.";
        };
    }

    @TempDir
    static Path dir;
    static Path set;

    @BeforeAll
    static void writeSet() throws IOException {
        set = Files.createDirectories(dir.resolve("mixed"));
        Files.writeString(set.resolve("good-1.txt"), "Talks resume\n\n" + body("prisoners"));
        Files.writeString(set.resolve("good-2.md"), "# Second day\n\n" + body("sanctions"));
        Files.writeString(set.resolve("empty.txt"), "");
        Files.write(set.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        Files.write(set.resolve("latin1.txt"), ("Caf\u00e9 talks\n\n" + body("coffee")).getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(set.resolve("broken.json"), "{\"title\": \"Half\", \"body\": ");
        Files.writeString(set.resolve("feed.jsonl"), "{\"title\": \"Line one\", \"body\": \"" + body("borders") + "\"}\n"
                + "{\"title\": \"Line two\", \"body\": \n"
                + "{\"title\": \"Line three\", \"body\": \"" + body("trade") + "\"}\n");
        Files.writeString(set.resolve("bad-date.md"), "---\ndate: 2026-02-30\nsource: Wire\n---\n# Third day\n\n"
                + body("troops"));
        Files.writeString(set.resolve("nav-only.html"), "<html><head><title>Menu</title></head><body><nav><p>Home</p>"
                + "</nav><p>Subscribe</p></body></html>");
    }

    @Test
    void everyGoodArticleIsProcessedAndEveryBadOneListedWithItsReason() throws Exception {
        Path out = dir.resolve("out-job");
        long execution = TestHome.runToEnd(new JobParameters(set, out, List.of("pdf", "docx"), "briefing", null, null),
                Duration.ofMinutes(3));
        assertEquals(BatchStatus.COMPLETED, new Jobs().execution(execution).getBatchStatus());
        StepProgress ingest = TestHome.counts(execution, "ingestArticles");
        assertEquals(11, ingest.read());
        assertEquals(4, ingest.written());
        assertEquals(7, ingest.skipped());
        Map<String, String> reasons = new TreeMap<>();
        long run = new Jobs().instanceOf(execution);
        for (SkipStore.Skipped s : new SkipStore(TestHome.get().database()).list(run)) {
            reasons.put(s.doc(), s.reason());
        }
        assertEquals(List.of("bad-date.md", "binary.txt", "broken.json", "empty.txt", "feed.jsonl#2", "latin1.txt",
                "nav-only.html"), List.copyOf(reasons.keySet()));
        assertEquals("the date \"2026-02-30\" is no day of the calendar", reasons.get("bad-date.md"));
        assertEquals("empty", reasons.get("empty.txt"));
        assertEquals("binary content, not text", reasons.get("binary.txt"));
        assertTrue(reasons.get("latin1.txt").startsWith("not valid UTF-8"), reasons.get("latin1.txt"));
        assertTrue(reasons.get("broken.json").startsWith("malformed JSON"), reasons.get("broken.json"));
        assertTrue(reasons.get("feed.jsonl#2").startsWith("malformed JSON"), reasons.get("feed.jsonl#2"));
        assertTrue(reasons.get("nav-only.html").startsWith("no article text"), reasons.get("nav-only.html"));
        String manifest = Files.readString(out.resolve(Long.toString(execution)).resolve("manifest.json"));
        for (String doc : reasons.keySet()) {
            assertTrue(manifest.contains("\"doc\" : \"" + doc + "\""), doc + " missing from the manifest");
        }
    }

    @Test
    void theCommandLineSummaryListsEachSkippedInputWithItsReason() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        ParleyProcess.Result result = ParleyProcess.run(work, Duration.ofMinutes(3), "run", "--articles",
                set.toString(), "--home", dir.resolve("cli-home").toString());
        assertEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().contains("Articles: 11 read, 0 merged as copies, 0 kept as updated versions, 7 skipped"), result.output());
        assertTrue(result.output().contains("skipped empty.txt: empty"), result.output());
        assertTrue(result.output().contains("skipped binary.txt: binary content, not text"), result.output());
        assertTrue(result.output().contains("skipped feed.jsonl#2: malformed JSON"), result.output());
        assertTrue(result.output().contains("skipped nav-only.html: no article text"), result.output());
    }
}
