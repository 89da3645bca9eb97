package org.parley.launch;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The bars of issue 9, on real coverage of real talks: for every set under {@code <shared>/talks}
 * with a gold, the built jar runs the briefing job on the set (each article with its front matter,
 * as a feed carries it), and the shared scorer scores what the run's exports contain. Of issue 10:
 * as many briefings as the gold has rounds with statements, give or take one, none of them empty,
 * and round accuracy above a floor. Of issue 11: every round's files pass {@link BriefingChecks}, and
 * few summary lines are statements the gold puts in another round. A round export lists a statement
 * once with its other places ({@code alsoIn}); the scorer counts each place, so the exports are
 * scored with every place as its own row ({@code src/bench/exports-every-place.py}). Skipped, saying
 * why, where the shared folder or python3 is missing.
 */
class TalksQualityIT {

    private static final double QUOTES_F1 = 0.80;
    private static final double POSITIONS_F1 = 0.60;
    private static final double SPEAKER_ACCURACY = 0.90;
    private static final double PARTY_ACCURACY = 0.90;
    /**
     * Issue 10 asks 0.85 of round accuracy (one-to-one); this floor only keeps what its first
     * session reached on every set (0.50 to 0.82) from slipping back.
     */
    private static final double ROUND_ACCURACY_FLOOR = 0.45;
    /**
     * Issue 11 asks for no summary line from another round; with the rounds issue 10 finds, 7 of the
     * 136 lines of the four sets are (0 to 7 % per set). This floor keeps that from slipping back.
     */
    private static final double OTHER_ROUND_LINES_FLOOR = 0.10;

    private static Path shared() {
        return Path.of(System.getProperty("parley.shared", "../shared")).toAbsolutePath().normalize();
    }

    @TestFactory
    Stream<DynamicTest> everyTalksSetMeetsTheBars() throws IOException {
        assumeTrue(System.getProperty("parley.jar") != null, "an integration test: run by failsafe in mvn verify");
        Path talks = shared().resolve("talks");
        Path eval = shared().resolve("eval");
        assumeTrue(Files.isDirectory(talks), "no talks sets at " + talks + ": their bars are not checked");
        assumeTrue(Files.isRegularFile(eval.resolve("score_talks.py")), "no talks scorer in " + eval);
        assumeTrue(hasPython(), "python3 is not on the PATH: the talks sets are not scored");
        List<Path> sets = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(talks)) {
            dirs.filter(d -> Files.isRegularFile(d.resolve("gold.json"))).sorted().forEach(sets::add);
        }
        assumeTrue(!sets.isEmpty(), "no talks set with a gold under " + talks);
        return sets.stream().map(set -> DynamicTest.dynamicTest(set.getFileName().toString(), () -> meetsTheBars(set, eval)));
    }

    private static void meetsTheBars(Path set, Path eval) throws Exception {
        String name = set.getFileName().toString();
        Path work = Path.of("target", "talks-quality", name).toAbsolutePath();
        TestHome.deleteTree(work);
        Files.createDirectories(work);
        Path input = work.resolve("in");
        python(eval.resolve("talks_to_input.py"), set.toString(), input.toString());
        ParleyProcess.Result run = ParleyProcess.run(work, Duration.ofMinutes(10), "run", "--home",
                work.resolve("home").toString(), "--articles", input.toString(), "--output", work.resolve("out").toString());
        assertEquals(0, run.exitCode(), () -> "the run on " + name + " failed:\n" + run.output());
        Path folder;
        try (Stream<Path> runs = Files.list(work.resolve("out"))) {
            folder = runs.filter(p -> p.getFileName().toString().matches("\\d+")).findFirst().orElseThrow();
        }
        List<String> rounds = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json") && !n.equals("manifest.json"))
                    .sorted().forEach(n -> rounds.add(n.substring(0, n.length() - ".json".length())));
        }
        for (String round : rounds) {
            BriefingChecks.check(folder, round);
        }
        Path everyPlace = work.resolve("every-place");
        python(Path.of("src/bench/exports-every-place.py"), folder.toString(), everyPlace.toString());
        String system = python(eval.resolve("briefing_exports_to_jsonl.py"), everyPlace.toString(), input.toString(),
                set.resolve("text").toString());
        Path systemFile = work.resolve("system.jsonl");
        Files.writeString(systemFile, system, StandardCharsets.UTF_8);
        JsonNode r = new ObjectMapper().readTree(python(eval.resolve("score_talks.py"), "--gold",
                set.resolve("gold.json").toString(), "--text-dir", set.resolve("text").toString(), "--system",
                systemFile.toString(), "--mixed-as-direct", "--json"));
        JsonNode quotes = r.get("direct");
        JsonNode positions = r.get("positions");
        double speaker = pooled(quotes, positions, "speaker");
        double party = pooled(quotes, positions, "party");
        double roundAccuracy = r.get("round").get("one_to_one").get("all").get("accuracy").asDouble();
        double otherRoundLines = SummaryRounds.otherRoundShare(set, input, folder, rounds);
        JsonNode manifest = new ObjectMapper().readTree(folder.resolve("manifest.json").toFile());
        List<Integer> briefed = new ArrayList<>();
        manifest.get("rounds").forEach(b -> briefed.add(b.get("statements").asInt()));
        JsonNode gold = new ObjectMapper().readTree(set.resolve("gold.json").toFile());
        java.util.Set<String> goldRounds = new java.util.HashSet<>();
        gold.get("articles").forEach(a -> List.of("direct_quotes", "positions").forEach(k -> a.get(k).forEach(s -> {
            if (!s.get("round").isNull()) {
                goldRounds.add(s.get("round").asText());
            }
        })));
        assertAll(name,
                () -> assertTrue(quotes.get("f1").asDouble() >= QUOTES_F1,
                        name + ": quotes F1 " + quotes.get("f1").asDouble() + " < " + QUOTES_F1),
                () -> assertTrue(positions.get("f1").asDouble() >= POSITIONS_F1,
                        name + ": positions F1 " + positions.get("f1").asDouble() + " < " + POSITIONS_F1),
                () -> assertTrue(speaker >= SPEAKER_ACCURACY, name + ": speaker accuracy " + speaker + " < " + SPEAKER_ACCURACY),
                () -> assertTrue(party >= PARTY_ACCURACY, name + ": party accuracy " + party + " < " + PARTY_ACCURACY),
                () -> assertEquals(0, r.get("ignored_system_records").asInt(),
                        name + ": statements from page furniture in the exports"),
                () -> assertTrue(briefed.stream().allMatch(n -> n > 0), name + ": a briefing with no statement " + briefed),
                () -> assertTrue(Math.abs(briefed.size() - goldRounds.size()) <= 1,
                        name + ": " + briefed.size() + " briefings for " + goldRounds.size() + " rounds with statements"),
                () -> assertTrue(roundAccuracy >= ROUND_ACCURACY_FLOOR,
                        name + ": round accuracy (one-to-one) " + roundAccuracy + " < " + ROUND_ACCURACY_FLOOR),
                () -> assertTrue(otherRoundLines <= OTHER_ROUND_LINES_FLOOR,
                        name + ": summary lines from another round " + otherRoundLines + " > " + OTHER_ROUND_LINES_FLOOR));
    }

    /** An accuracy over the matches of both pools together. */
    private static double pooled(JsonNode quotes, JsonNode positions, String field) {
        int correct = quotes.get(field).get("correct").asInt() + positions.get(field).get("correct").asInt();
        int n = quotes.get(field).get("n").asInt() + positions.get(field).get("n").asInt();
        return n == 0 ? 0 : (double) correct / n;
    }

    private static String python(Path script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", script.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), script + " did not finish");
        assertEquals(0, p.exitValue(), script.getFileName() + " failed");
        return new String(out, StandardCharsets.UTF_8);
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
