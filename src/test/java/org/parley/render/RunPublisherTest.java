package org.parley.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parley.briefing.Briefing;
import org.parley.briefing.RunSummary;

class RunPublisherTest {

    private final Briefing briefing = BriefingFixtures.small();
    private final RunSummary summary = new RunSummary(1, 0, 3,
            List.of(new RunSummary.RoundEntry(briefing.roundId(), "A round", "10 March", 3)), List.of());

    @Test
    void aRestartsRunFolderReplacesTheFoldersOfItsJobsEarlierTries(@TempDir Path out) throws IOException {
        Files.writeString(Files.createDirectories(out.resolve("5")).resolve("manifest.json"), "{\"execution\": 5}");
        Files.writeString(Files.createDirectories(out.resolve("4")).resolve("manifest.json"), "{\"execution\": 4}");

        Optional<RunManifest> manifest = publisher(out).publish(6, 3, Map.of(), List.of(briefing), summary,
                g -> g.writeObject(summary), List.of(), null, job(true, List.of(5L, 6L)));

        assertTrue(manifest.isPresent());
        assertEquals(List.of(".latest-6", "4", "6", "latest"), names(out), "run 4 is another job's and stays");
        assertEquals(names(out.resolve("6")).stream().filter(n -> !n.equals("manifest.json")).toList(),
                names(out.resolve("latest")));
    }

    @Test
    void aRunToldNotToPublishLeavesNothingOfItsOwn(@TempDir Path out) throws IOException {
        Optional<RunManifest> manifest = publisher(out).publish(6, 3, Map.of(), List.of(briefing), summary,
                g -> g.writeObject(summary), List.of(), null, job(false, List.of()));

        assertFalse(manifest.isPresent());
        assertEquals(List.of(), names(out), "no run folder, no staging folder, no latest/");
    }

    private static RunPublisher publisher(Path out) {
        return new RunPublisher(out, new BriefingRenderer(TemplateEngine.bundled(), BriefingFixtures.FONTS), TemplateEngine.BRIEFING,
                Set.of(Format.PDF));
    }

    private static RunPublisher.Job job(boolean publish, List<Long> earlier) {
        return new RunPublisher.Job() {
            @Override
            public boolean mayPublish() {
                return publish;
            }

            @Override
            public List<Long> earlierExecutions() {
                return earlier;
            }
        };
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
