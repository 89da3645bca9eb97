package org.parley.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parley.briefing.Briefing;
import org.parley.briefing.RunSummary;

/** A run's staging folder: a round is finished when all its files are in place, and only then published. */
class StagingFolderTest {

    private final Briefing briefing = BriefingFixtures.small();
    private final RunSummary summary = new RunSummary(1, 0, 3,
            List.of(new RunSummary.RoundEntry(briefing.roundId(), "A round", "10 March", 3)), List.of());

    @Test
    void aRoundIsHeldOnceEachOfItsFilesIsInPlace(@TempDir Path out) throws IOException {
        StagingFolder staging = new StagingFolder(out, 7, TemplateEngine.BRIEFING, Set.of(Format.PDF));
        assertEquals(out.resolve(".run-7.staging"), staging.folder());
        String id = briefing.roundId();
        assertEquals(List.of(id + ".pdf", id + ".csv", id + ".json"),
                staging.files(id).stream().map(f -> f.getFileName().toString()).toList(), "Format order");

        Map<String, byte[]> some = new LinkedHashMap<>();
        some.put(id + ".pdf", new byte[] {1});
        some.put(id + ".csv", new byte[] {2});
        staging.place(new StagingFolder.Rendering(id, some, Optional.empty()));
        assertFalse(staging.holds(id), "a placement killed before the JSON");

        StagingFolder.Rendering rendering = staging.render(new BriefingRenderer(TemplateEngine.bundled(),
                BriefingFixtures.FONTS), briefing);
        assertEquals(Optional.empty(), rendering.failure());
        staging.place(rendering);
        assertTrue(staging.holds(id));
    }

    @Test
    void aFailedRoundPlacesNothingAndSaysWhy(@TempDir Path dir) throws IOException {
        Path templates = BriefingRendererTest.copyBundledTemplates(dir.resolve("templates"));
        Files.writeString(templates.resolve("briefing.ftlh"), "<html><body>${briefing.cover.nosuch}</body></html>");
        StagingFolder staging = new StagingFolder(dir.resolve("out"), 7, TemplateEngine.BRIEFING, Set.of(Format.PDF));

        StagingFolder.Rendering rendering = staging.render(new BriefingRenderer(new TemplateEngine(templates),
                BriefingFixtures.FONTS), briefing);
        staging.place(rendering);

        assertTrue(rendering.failure().orElseThrow().startsWith("Template \"briefing.ftlh\" failed"),
                rendering.failure().toString());
        assertFalse(staging.holds(briefing.roundId()));
        assertFalse(Files.exists(staging.folder()));
    }

    @Test
    void publishingTheStagedRoundsLeavesOutWhatAKilledPlacementLeft(@TempDir Path out) throws IOException {
        StagingFolder staging = new StagingFolder(out, 7, TemplateEngine.BRIEFING, Set.of(Format.PDF));
        BriefingRenderer renderer = new BriefingRenderer(TemplateEngine.bundled(), BriefingFixtures.FONTS);
        staging.place(staging.render(renderer, briefing));
        Files.writeString(staging.folder().resolve("." + briefing.roundId() + ".pdf.0123abcd.tmp"), "half");
        RunPublisher publisher = new RunPublisher(out, renderer, TemplateEngine.BRIEFING, Set.of(Format.PDF));

        RunManifest manifest = publisher.publishStaged(staging, 8, 7, Map.of(), List.of(briefing), Map.of(), summary,
                g -> g.writeObject(summary), List.of(), null, job(true)).orElseThrow();

        assertEquals(List.of(briefing.roundId() + ".csv", briefing.roundId() + ".json", briefing.roundId() + ".pdf",
                "manifest.json"), names(out.resolve("8")));
        assertEquals(3, manifest.rounds().get(0).files().size());
        assertFalse(Files.exists(staging.folder()), "moved into place as the run folder");
    }

    @Test
    void aRunToldNotToPublishKeepsItsStagedRoundsForItsRestart(@TempDir Path out) throws IOException {
        StagingFolder staging = new StagingFolder(out, 7, TemplateEngine.BRIEFING, Set.of(Format.PDF));
        BriefingRenderer renderer = new BriefingRenderer(TemplateEngine.bundled(), BriefingFixtures.FONTS);
        staging.place(staging.render(renderer, briefing));
        RunPublisher publisher = new RunPublisher(out, renderer, TemplateEngine.BRIEFING, Set.of(Format.PDF));

        assertFalse(publisher.publishStaged(staging, 8, 7, Map.of(), List.of(briefing), Map.of(), summary,
                g -> g.writeObject(summary), List.of(), null, job(false)).isPresent());

        assertEquals(List.of(".run-7.staging"), names(out));
        assertTrue(staging.holds(briefing.roundId()));
        assertFalse(Files.exists(staging.folder().resolve(RunPublisher.MANIFEST)));
    }

    @Test
    void whenEveryRoundFailedTheFirstFailureFailsThePublication(@TempDir Path out) {
        StagingFolder staging = new StagingFolder(out, 7, TemplateEngine.BRIEFING, Set.of(Format.PDF));
        RunPublisher publisher = new RunPublisher(out, new BriefingRenderer(TemplateEngine.bundled(),
                BriefingFixtures.FONTS), TemplateEngine.BRIEFING, Set.of(Format.PDF));

        RenderException e = assertThrows(RenderException.class, () -> publisher.publishStaged(staging, 8, 7, Map.of(),
                List.of(briefing), Map.of(briefing.roundId(), "Template \"briefing.ftlh\" failed"), summary,
                g -> g.writeObject(summary), List.of(), null, job(true)));
        assertEquals("Template \"briefing.ftlh\" failed", e.getMessage());
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> publisher.publishStaged(staging,
                8, 7, Map.of(), List.of(briefing), Map.of(), summary, g -> g.writeObject(summary), List.of(), null,
                job(true)));
        assertTrue(missing.getMessage().contains("was neither rendered"), missing.getMessage());
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static RunPublisher.Job job(boolean publish) {
        return new RunPublisher.Job() {
            @Override
            public boolean mayPublish() {
                return publish;
            }

            @Override
            public List<Long> earlierExecutions() {
                return List.of();
            }
        };
    }
}
