package org.parley.job;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.config.TemplateFolder;
import org.parley.launch.DocumentTexts;
import org.parley.launch.JobParameters;
import org.parley.launch.Jobs;
import org.parley.launch.TestHome;
import org.parley.web.RunControl;

/**
 * One render partition fails (a fault injected as its round is about to be rendered); the run
 * fails with nothing published, and its restart renders that partition's round only, leaving the
 * files the other partitions placed as they were, and publishes what an uninterrupted run publishes.
 * A failed run that is purged instead loses the staging folder it kept, in whatever output folder it had.
 */
class RenderRestartIT {

    private static final Duration LONG = Duration.ofMinutes(5);

    @TempDir
    Path out;

    @AfterEach
    void noFault() {
        BriefingItemProcessor.beforeRendering = round -> {
        };
    }

    @Test
    void aRestartRendersOnlyTheRoundsOfThePartitionThatFailed() throws Exception {
        Path set = TestHome.sampleSet();
        Jobs jobs = new Jobs();
        long clean = TestHome.runToEnd(parameters(set, out.resolve("clean")), LONG);
        assertEquals(BatchStatus.COMPLETED, jobs.execution(clean).getBatchStatus());
        Path cleanFolder = out.resolve("clean").resolve(Long.toString(clean));
        List<String> rounds = new ArrayList<>();
        manifest(cleanFolder).get("rounds").forEach(r -> rounds.add(r.get("id").asText()));
        assertTrue(rounds.size() >= 2, "the sample has rounds for several partitions: " + rounds);

        // given a run whose partition of one round fails
        String failing = rounds.get(rounds.size() / 2);
        List<String> rendered = Collections.synchronizedList(new ArrayList<>());
        BriefingItemProcessor.beforeRendering = round -> {
            rendered.add(round);
            if (round.equals(failing)) {
                throw new IllegalStateException("fault injected into the partition of " + round);
            }
        };
        Path output = out.resolve("restarted");
        long failed = TestHome.runToEnd(parameters(set, output), LONG);
        JobExecution first = jobs.execution(failed);
        assertEquals(BatchStatus.FAILED, first.getBatchStatus());
        assertEquals("renderBriefings failed: fault injected into the partition of " + failing, first.getExitStatus());
        assertEquals(new HashSet<>(rounds), new HashSet<>(rendered), "one partition per round, each run once");
        assertEquals(rounds.size(), rendered.size());
        assertFalse(Files.exists(output.resolve("latest")), "nothing published");
        assertFalse(Files.exists(output.resolve(Long.toString(failed))), "nothing published");
        Path staging = output.resolve(".run-" + jobs.instanceOf(failed) + ".staging");
        Map<String, Object> staged = fileKeys(staging);
        assertEquals(4 * (rounds.size() - 1), staged.size(), "PDF, Word, CSV and JSON of every other round: " + staged);
        assertTrue(staged.keySet().stream().noneMatch(name -> name.startsWith(failing + ".")), staged.toString());

        // when it is restarted without the fault
        rendered.clear();
        BriefingItemProcessor.beforeRendering = rendered::add;
        long restarted = jobs.restart(failed);
        assertEquals(BatchStatus.COMPLETED, jobs.await(restarted, LONG));

        // then only the failed partition's round was rendered, the others' files are those placed before,
        // and the run folder holds what the uninterrupted run's does
        assertEquals(List.of(failing), rendered);
        Path folder = output.resolve(Long.toString(restarted));
        Map<String, Object> published = fileKeys(folder);
        staged.forEach((name, key) -> assertEquals(key, published.get(name), name + " was not rendered again"));
        assertFalse(Files.exists(staging), "the staging folder became the run folder");
        assertEquals(fileKeys(cleanFolder).keySet(), published.keySet());
        for (String name : published.keySet()) {
            if (name.endsWith(".csv") || name.endsWith(".json") && !name.equals("manifest.json")) {
                assertArrayEquals(Files.readAllBytes(cleanFolder.resolve(name)), Files.readAllBytes(folder.resolve(name)),
                        name);
            }
        }
        assertEquals(2 * rounds.size(), DocumentTexts.assertSameTexts(cleanFolder, folder));
        assertEquals(withoutTimes(manifest(cleanFolder)), withoutTimes(manifest(folder)));
        assertEquals(new StepProgress("renderBriefings", rounds.size(), rounds.size(), 0, 0, true),
                TestHome.counts(restarted, "renderBriefings"), "the rounds rendered before count as done");
    }

    @Test
    void purgingAFailedRunDeletesTheStagingFolderItKeptInTheOutputFolderItWasGiven() throws Exception {
        Path set = TestHome.sampleSet();
        Jobs jobs = new Jobs();
        // given a failed run that kept, in an output folder of its own, what its other partitions rendered
        long purged = failedRun(set, out.resolve("purged"));
        Path purgedStaging = out.resolve("purged").resolve(".run-" + jobs.instanceOf(purged) + ".staging");
        assertFalse(fileKeys(purgedStaging).isEmpty(), "the other rounds' files wait for a restart");
        Instant between = Instant.now().plusMillis(50);
        while (!Instant.now().isAfter(between)) {
            Thread.sleep(10);
        }
        // and one that failed the same way later
        long kept = failedRun(set, out.resolve("kept"));
        Path keptStaging = out.resolve("kept").resolve(".run-" + jobs.instanceOf(kept) + ".staging");

        // when the runs that ended before the later one are purged
        assertTrue(TestHome.purge(between, true, true).executions().contains(purged));
        assertTrue(Files.isDirectory(purgedStaging), "a dry run deletes nothing");
        RunControl.Purged done = TestHome.purge(between, true, false);

        // then the purged run's staging folder went with its records, and the later run's stays for its restart
        assertTrue(done.executions().contains(purged) && !done.executions().contains(kept), done.toString());
        assertFalse(Files.exists(purgedStaging), "the purged run can never be restarted: its staging folder went");
        assertTrue(Files.isDirectory(out.resolve("purged")), "the output folder itself stays");
        assertFalse(fileKeys(keptStaging).isEmpty(), "the later run's staging folder stays");
        assertEquals(BatchStatus.FAILED, jobs.execution(kept).getBatchStatus());
    }

    /** A run into {@code output} whose first round to render fails, so that the run fails once the others are rendered. */
    private static long failedRun(Path set, Path output) throws Exception {
        AtomicReference<String> failing = new AtomicReference<>();
        BriefingItemProcessor.beforeRendering = round -> {
            if (failing.compareAndSet(null, round) || round.equals(failing.get())) {
                throw new IllegalStateException("fault injected into the partition of " + round);
            }
        };
        long execution = TestHome.runToEnd(parameters(set, output), LONG);
        assertEquals(BatchStatus.FAILED, new Jobs().execution(execution).getBatchStatus());
        return execution;
    }

    @Test
    void aTemplateThatFailsEveryRoundFailsTheRenderStepAndItsRestartRendersThemAllOnceItIsFixed() throws Exception {
        Path set = TestHome.sampleSet();
        Path templates = Files.createDirectories(out.resolve("templates"));
        Files.writeString(templates.resolve("broken.ftlh"), "<html><body>${noSuchThing.title}</body></html>\n");
        String before = System.getProperty(TemplateFolder.PROPERTY);
        System.setProperty(TemplateFolder.PROPERTY, templates.toString());
        try {
            Jobs jobs = new Jobs();
            JobParameters broken = new JobParameters(set, out.resolve("out"), List.of("pdf"), "broken", null,
                    set.resolve("parties.yaml"));
            long failed = TestHome.runToEnd(broken, LONG);
            assertEquals(BatchStatus.FAILED, jobs.execution(failed).getBatchStatus());
            String exit = jobs.execution(failed).getExitStatus();
            assertTrue(exit.startsWith("renderBriefings failed: Template \"broken.ftlh\" failed"), exit);
            assertTrue(exit.contains("noSuchThing"), exit);

            Files.writeString(templates.resolve("broken.ftlh"), "<html><body><p>${briefing.cover.title}</p></body></html>\n");
            List<String> rendered = Collections.synchronizedList(new ArrayList<>());
            BriefingItemProcessor.beforeRendering = rendered::add;
            long restarted = jobs.restart(failed);
            assertEquals(BatchStatus.COMPLETED, jobs.await(restarted, LONG));
            JsonNode manifest = manifest(out.resolve("out").resolve(Long.toString(restarted)));
            assertEquals(rendered.size(), manifest.get("rounds").size(), "every round, rendered again: " + rendered);
            assertEquals(0, manifest.get("notRendered").size());
        } finally {
            if (before == null) {
                System.clearProperty(TemplateFolder.PROPERTY);
            } else {
                System.setProperty(TemplateFolder.PROPERTY, before);
            }
        }
    }

    private static JobParameters parameters(Path set, Path output) {
        return new JobParameters(set, output, List.of("pdf", "docx"), "briefing", null, set.resolve("parties.yaml"));
    }

    private static JsonNode manifest(Path folder) throws IOException {
        return new ObjectMapper().readTree(folder.resolve("manifest.json").toFile());
    }

    /** The manifest without what differs between any two runs: ids, times, paths, and the documents' checksums. */
    private static JsonNode withoutTimes(JsonNode manifest) {
        ObjectNode copy = ((ObjectNode) manifest).deepCopy();
        copy.remove(List.of("execution", "instance", "finished", "parameters"));
        for (JsonNode round : copy.get("rounds")) {
            for (JsonNode file : round.get("files")) {
                if (file.get("name").asText().matches(".*\\.(pdf|docx)")) {
                    ((ObjectNode) file).remove(List.of("bytes", "sha256"));
                }
            }
        }
        return copy;
    }

    /** Each file of a folder (not the manifest) to its file system key: the same key, the same file, never rewritten. */
    private static Map<String, Object> fileKeys(Path folder) throws IOException {
        Map<String, Object> keys = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (!name.equals("manifest.json")) {
                    keys.put(name, Files.readAttributes(f, BasicFileAttributes.class).fileKey());
                }
            }
        }
        return keys;
    }
}
