package org.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The runs list's filters: state, kind and user, and the queries that keep them from page to page. */
class RunsFilterTest {

    @Test
    void aKindStandsForTheKindsOfRequestTheServiceRecords() {
        RunsFilter nightly = RunsFilter.of("", "nightly", "", null);
        assertTrue(nightly.matches(run("scheduled", "scheduler")));
        assertTrue(nightly.matches(run("catch-up", "scheduler")));
        assertFalse(nightly.matches(run("manual", "analyst")));
        assertFalse(nightly.matches(run(null, null)), "a run started outside the service is of no kind");
        assertTrue(RunsFilter.of(null, "on-demand", null, null).matches(run("manual", "analyst")));
        assertTrue(RunsFilter.of(null, "restart", null, null).matches(run("restart", "admin")));
    }

    @Test
    void aUserFilterKeepsTheRunsThatUserAskedFor() {
        RunsFilter analyst = RunsFilter.of("completed", "on-demand", "analyst", null);
        assertTrue(analyst.matches(run("manual", "analyst")));
        assertFalse(analyst.matches(run("manual", "admin")));
        assertFalse(analyst.matches(run("restart", "analyst")));
        assertEquals(Set.of("COMPLETED"), analyst.statuses());
        assertTrue(analyst.isNarrowed());
        assertFalse(RunsFilter.of(null, null, null, "40").isNarrowed());
    }

    @Test
    void pagesKeepEveryFilter() {
        RunsFilter f = RunsFilter.of("failed", "nightly", "scheduler", null);
        assertEquals("?status=failed&kind=nightly&user=scheduler&before=42", f.older(42));
        RunsFilter older = RunsFilter.of("failed", "nightly", "scheduler", "42");
        assertEquals("?status=failed&kind=nightly&user=scheduler&before=42", older.getQuery());
        assertEquals("?status=failed&kind=nightly&user=scheduler", older.getNewest());
        assertEquals("", RunsFilter.of(null, null, null, null).getQuery());
    }

    @Test
    void anUnknownKindOrAUserThatIsNoNameIsRefusedNamingTheField() {
        assertEquals("kind must be one of on-demand, nightly, restart",
                assertThrows(IllegalArgumentException.class, () -> RunsFilter.of(null, "weekly", null, null)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RunsFilter.of(null, null, "a&b=c", null))
                .getMessage().startsWith("user must be"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RunsFilter.of("done", null, null, null))
                .getMessage().startsWith("status must be"));
    }

    private static ExecutionView run(String kind, String by) {
        ExecutionView.RequestView request = kind == null ? null
                : new ExecutionView.RequestView(1, kind, by, Instant.EPOCH, "inbox: talks", null);
        return new ExecutionView(7, 1, "COMPLETED", "COMPLETED", Instant.EPOCH, Instant.EPOCH, List.of(), request,
                Map.of(), List.of(), Instant.EPOCH, null);
    }
}
