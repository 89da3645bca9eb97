package org.parley.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

    @Test
    void aRoundWhoseContentBreaksTheTemplateIsLeftOutWithWhyAndTheOthersArePublished(@TempDir Path dir)
            throws IOException {
        Path out = dir.resolve("out");
        Briefing other = otherRound(briefing, "2025-04-01-lake-talks-vienna");
        RunPublisher publisher = new RunPublisher(out, new BriefingRenderer(new TemplateEngine(breaksOn("2025-04", dir)),
                BriefingFixtures.FONTS), TemplateEngine.BRIEFING, Set.of(Format.PDF));

        RunManifest manifest = publisher.publish(6, 3, Map.of(), List.of(briefing, other), summary,
                g -> g.writeObject(summary), List.of(), null, job(true, List.of(6L))).orElseThrow();

        assertEquals(List.of(briefing.roundId()), manifest.rounds().stream().map(RunManifest.RoundFiles::id).toList());
        assertEquals(1, manifest.notRendered().size());
        assertEquals(other.roundId(), manifest.notRendered().get(0).id());
        assertTrue(manifest.notRendered().get(0).reason().startsWith("Template \"briefing.ftlh\" failed at line"),
                manifest.notRendered().get(0).reason());
        assertTrue(Files.readString(out.resolve("6/manifest.json")).contains("\"notRendered\""));
        assertTrue(names(out.resolve("latest")).stream().allMatch(n -> n.startsWith(briefing.roundId() + ".")),
                "only the rendered round's files in latest/: " + names(out.resolve("latest")));
        assertTrue(names(out.resolve("latest")).contains(briefing.roundId() + ".pdf"));
    }

    @Test
    void whenEveryRoundFailsTheRunFailsAndPublishesNothing(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        RunPublisher publisher = new RunPublisher(out, new BriefingRenderer(new TemplateEngine(breaksOn("2025", dir)),
                BriefingFixtures.FONTS), TemplateEngine.BRIEFING, Set.of(Format.PDF));

        RenderException e = assertThrows(RenderException.class, () -> publisher.publish(6, 3, Map.of(),
                List.of(briefing, otherRound(briefing, "2025-04-01-x")), summary, g -> g.writeObject(summary),
                List.of(), null, job(true, List.of(6L))));

        assertTrue(e.getMessage().startsWith("Template \"briefing.ftlh\" failed"), e.getMessage());
        assertFalse(Files.exists(out.resolve("6")), "no run folder");
        assertFalse(Files.exists(out.resolve("latest")), "no latest/");
    }

    /** A copy of the bundled templates whose briefing fails on a round whose id starts with {@code prefix}. */
    private static Path breaksOn(String prefix, Path dir) throws IOException {
        Path templates = BriefingRendererTest.copyBundledTemplates(dir.resolve("templates"));
        Path template = templates.resolve("briefing.ftlh");
        Files.writeString(template, Files.readString(template).replaceFirst("<body>",
                "<body><#if briefing.roundId?starts_with(\"" + prefix + "\")><p>\\${briefing.cover.nosuch}</p></#if>"));
        return templates;
    }

    private static Briefing otherRound(Briefing b, String id) {
        return new Briefing(id, b.cover(), b.summary(), b.parties(), b.issues(), b.changes(), b.sources(), b.method(),
                b.statements(), b.voices(), b.outcome());
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
