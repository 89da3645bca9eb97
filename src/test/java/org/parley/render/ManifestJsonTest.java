package org.parley.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.briefing.BriefingJson;
import org.parley.briefing.RunSummary;
import org.parley.store.SkipStore;

/** Manifests and summaries read past their statement lists, which a large run fills with tens of thousands. */
class ManifestJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @TempDir
    Path dir;

    private static RunSummary summary() {
        List<RunSummary.UnassignedStatement> unassigned = List.of(
                new RunSummary.UnassignedStatement("a.txt", 0, "Anna Berg", "EU", "indirect", "indirect", "said", 10, 40,
                        "the talks were constructive", "fits no round"),
                new RunSummary.UnassignedStatement("b.txt", 2, null, null, "direct", "full", null, 5, 30,
                        "\"We will not give up\"", "fits no round"));
        RunSummary.RoundEntry round = new RunSummary.RoundEntry("2026-03-02-geneva", "Talks in Geneva", "2 March 2026", 12);
        return new RunSummary(14, 1, 40, List.of(round), unassigned).withTable(List.of("EU", "United Kingdom"));
    }

    @Test
    void aManifestIsReadWithoutItsStatementListsAndTheirLengthIsCounted() throws IOException {
        RunManifest whole = new RunManifest(7, 3, Map.of("articles", "/sets/a"), Instant.parse("2026-12-02T10:00:00Z"),
                summary(), List.of(new SkipStore.Skipped("x.bin", "ingestArticles", "not an article")),
                List.of(new RunManifest.RoundFiles("2026-03-02-geneva", "Talks in Geneva", "2 March 2026", 12, List.of())),
                null);
        Path file = dir.resolve("manifest.json");
        Files.write(file, JSON.writeValueAsBytes(whole));

        RunManifest light = ManifestJson.readLight(file);
        assertEquals(List.of(), light.summary().unassigned());
        assertEquals(List.of(), light.summary().notBriefed());
        assertEquals(whole.summary().rounds(), light.summary().rounds());
        assertEquals(whole.summary().table(), light.summary().table());
        assertEquals(whole.rounds(), light.rounds());
        assertEquals(whole.skipped(), light.skipped());
        assertEquals(40, light.summary().statements());
        assertEquals(2, ManifestJson.count(file, "unassigned"));
        assertEquals(0, ManifestJson.count(file, "notBriefed"));
    }

    @Test
    void aStoredSummaryIsReadWithoutItsStatementLists() throws IOException {
        String stored = BriefingJson.write(summary());
        assertTrue(stored.contains("constructive"));
        RunSummary light = ManifestJson.readLightSummary(new StringReader(stored));
        assertEquals(List.of(), light.unassigned());
        assertEquals(summary().rounds(), light.rounds());
        assertEquals(summary().withTable(List.of("EU", "United Kingdom")).table(), light.table());
    }
}
