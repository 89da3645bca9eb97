package org.parley.job;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import jakarta.batch.runtime.BatchStatus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.launch.DocumentTexts;
import org.parley.launch.JobParameters;
import org.parley.launch.Jobs;
import org.parley.launch.TestHome;

/**
 * The extraction split into partitions, run by jbatch on the machine's cores, gives the same
 * statements, exports and documents as one partition.
 */
class PartitionedRunIT {

    @TempDir
    Path out;

    @Test
    void fivePartitionsGiveWhatOneGives() throws Exception {
        Path set = TestHome.sampleSet();
        JobParameters parameters = new JobParameters(set, null, List.of("pdf", "docx"), "briefing", null,
                set.resolve("parties.yaml"));
        long one = run(parameters.withPartitions(1), out.resolve("one"));
        long five = run(parameters.withPartitions(5), out.resolve("five"));

        Path oneFolder = out.resolve("one").resolve(Long.toString(one));
        Path fiveFolder = out.resolve("five").resolve(Long.toString(five));
        List<String> exports = exports(oneFolder);
        assertTrue(exports.size() >= 4, "a JSON and a CSV export per round: " + exports);
        assertEquals(exports, exports(fiveFolder));
        for (String name : exports) {
            assertArrayEquals(Files.readAllBytes(oneFolder.resolve(name)), Files.readAllBytes(fiveFolder.resolve(name)),
                    name);
        }
        assertTrue(DocumentTexts.assertSameTexts(oneFolder, fiveFolder) >= 2);
        StepProgress extracted = JobEnvironment.current().progress().of(five).stream()
                .filter(p -> p.step().equals("extractStatements")).findFirst().orElseThrow();
        assertEquals(new StepProgress("extractStatements", 13, 13, 13, 0, true), extracted,
                "the five partitions' counts add up to the set's 13 originals");
    }

    private static long run(JobParameters parameters, Path output) throws Exception {
        JobParameters p = new JobParameters(parameters.articles(), output, parameters.formats(), parameters.template(),
                parameters.rounds(), parameters.parties(), null, parameters.partitions());
        long execution = TestHome.runToEnd(p, Duration.ofMinutes(5));
        assertEquals(BatchStatus.COMPLETED, new Jobs().execution(execution).getBatchStatus());
        return execution;
    }

    private static List<String> exports(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> (n.endsWith(".json") || n.endsWith(".csv")) && !n.equals("manifest.json")).sorted().toList();
        }
    }
}
