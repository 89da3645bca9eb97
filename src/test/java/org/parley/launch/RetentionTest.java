package org.parley.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RetentionTest {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    private static Retention.Folder run(long execution, int daysAgo, String... rounds) {
        return new Retention.Folder(execution, NOW.minus(Duration.ofDays(daysAgo)), Set.of(rounds));
    }

    private static final List<Retention.Folder> RUNS = List.of(run(1, 50, "oslo", "vienna"), run(2, 40, "oslo"),
            run(3, 30, "valletta"), run(4, 20, "oslo"), run(5, 10, "oslo"));

    @Test
    void byCountTheNewestStayAndSoDoesTheLatestOfEveryRound() {
        // keep 2: 5 and 4; vienna's latest is 1 and valletta's is 3, so they stay too
        assertEquals(Set.of(2L), Retention.plan(RUNS, 2, 0, NOW));
    }

    @Test
    void byAgeOldFoldersGoButNotTheLatestOfARound() {
        assertEquals(Set.of(2L), Retention.plan(RUNS, 0, 25, NOW));
        assertEquals(Set.of(2L, 4L), Retention.plan(RUNS, 0, 5, NOW), "5 is oslo's latest, 1 vienna's, 3 valletta's");
    }

    @Test
    void noLimitsKeepEverything() {
        assertEquals(Set.of(), Retention.plan(RUNS, 0, 0, NOW));
    }

    @Test
    void aRunWithoutRoundsIsPrunedLikeAnyOther() {
        List<Retention.Folder> runs = List.of(run(1, 9, "oslo"), run(2, 8), run(3, 7, "oslo"));
        assertEquals(Set.of(1L, 2L), Retention.plan(runs, 1, 0, NOW));
    }
}
