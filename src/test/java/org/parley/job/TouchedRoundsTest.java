package org.parley.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.parley.briefing.Briefing;

class TouchedRoundsTest {

    private static Briefing round(String id, String... docs) {
        List<Briefing.Source> sources = new java.util.ArrayList<>();
        for (int k = 0; k < docs.length; k++) {
            sources.add(new Briefing.Source(k + 1, "Outlet", "2026-03-09", "Title", null, docs[k]));
        }
        return new Briefing(id, null, List.of(), List.of(), null, null, sources, null, List.of());
    }

    @Test
    void aNewFileTouchesTheRoundsItIsASourceOfOrWhoseSourceItReprints() {
        List<Briefing> briefings = List.of(round("oslo", "old.txt"), round("vienna", "old.txt", "feed.jsonl#2"),
                round("valletta", "wire.txt"), round("reykjavik", "old.txt"));
        Map<String, String> originals = Map.of("old.txt", "old.txt", "feed.jsonl#2", "feed.jsonl#2",
                "reprint.txt", "wire.txt", "wire.txt", "wire.txt");
        List<Briefing> touched = TouchedRounds.of(briefings, Set.of("feed.jsonl", "reprint.txt"), originals);
        assertEquals(List.of("vienna", "valletta"), touched.stream().map(Briefing::roundId).toList());
    }

    @Test
    void whenEveryFileIsNewEveryRoundIsTouchedEvenOneWithoutAStatement() {
        List<Briefing> briefings = List.of(round("oslo", "a.txt"), round("reykjavik"));
        List<Briefing> touched = TouchedRounds.of(briefings, Set.of("a.txt", "b.txt"), Map.of("a.txt", "a.txt",
                "b.txt", "b.txt"));
        assertEquals(List.of("oslo", "reykjavik"), touched.stream().map(Briefing::roundId).toList());
    }

    @Test
    void aFileStandsForTheArticlesInItAndNoOther() {
        assertTrue(TouchedRounds.isIn("feed.jsonl#3", Set.of("feed.jsonl")));
        assertTrue(TouchedRounds.isIn("set.zip!/a.txt", Set.of("set.zip")));
        assertTrue(TouchedRounds.isIn("sub/a.txt", Set.of("sub/a.txt")));
        assertFalse(TouchedRounds.isIn("feed.jsonl2#3", Set.of("feed.jsonl")));
        assertFalse(TouchedRounds.isIn("a.txt", Set.of("sub/a.txt")));
    }
}
