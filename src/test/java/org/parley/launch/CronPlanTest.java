package org.parley.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Planned local times placed on the time line, above all on the nights the clocks change. */
class CronPlanTest {

    private static Instant utc(String instant) {
        return Instant.parse(instant);
    }

    /** Every planned run in {@code (from, to]}, by repeated next(). */
    private static List<Instant> runs(CronPlan plan, Instant from, Instant to) {
        List<Instant> runs = new ArrayList<>();
        Optional<Instant> next = plan.next(from);
        while (next.isPresent() && !next.get().isAfter(to)) {
            runs.add(next.get());
            next = plan.next(next.get());
        }
        return runs;
    }

    @Test
    void aLocalTimeTheClocksGoBackOverRunsAtItsFirstOccurrenceOnly() {
        // Brussels, 25 October 2026: 03:00 summer time becomes 02:00 winter time, so 02:30 local is
        // both 00:30 and 01:30 UTC
        CronPlan plan = CronPlan.parse("30 2 * * *", "Europe/Brussels");
        assertEquals(List.of(utc("2026-10-24T00:30:00Z"), utc("2026-10-25T00:30:00Z"), utc("2026-10-26T01:30:00Z")),
                runs(plan, utc("2026-10-23T12:00:00Z"), utc("2026-10-26T12:00:00Z")));
        assertEquals(Optional.of(utc("2026-10-26T01:30:00Z")), plan.next(utc("2026-10-25T00:30:00Z")));
        assertEquals(Optional.of(utc("2026-10-26T01:30:00Z")), plan.next(utc("2026-10-25T01:29:00Z")),
                "in the repeated hour the time has already run");
        assertEquals(1, plan.count(utc("2026-10-24T12:00:00Z"), utc("2026-10-25T12:00:00Z")));
        assertEquals(Optional.empty(), plan.latestDue(utc("2026-10-25T00:30:00Z"), utc("2026-10-25T01:45:00Z")),
                "the second 02:30 is not due again");
        assertEquals(Optional.of(utc("2026-10-25T00:30:00Z")),
                plan.latestDue(utc("2026-10-24T12:00:00Z"), utc("2026-10-25T01:45:00Z")));
    }

    @Test
    void aLocalTimeTheClocksJumpOverRunsOnceWhenTheyJump() {
        // Brussels, 29 March 2026: 02:00 winter time becomes 03:00 summer time (01:00 UTC)
        CronPlan plan = CronPlan.parse("30 2 * * *", "Europe/Brussels");
        assertEquals(List.of(utc("2026-03-28T01:30:00Z"), utc("2026-03-29T01:00:00Z"), utc("2026-03-30T00:30:00Z")),
                runs(plan, utc("2026-03-27T12:00:00Z"), utc("2026-03-30T12:00:00Z")));
        assertEquals(Optional.of(utc("2026-03-29T01:00:00Z")),
                plan.latestDue(utc("2026-03-28T12:00:00Z"), utc("2026-03-29T01:03:00Z")));
    }

    @Test
    void timesInASkippedHourAndAtItsEndRunOnceAndARepeatedHourRunsOnce() {
        CronPlan quarterly = CronPlan.parse("*/15 * * * *", "Europe/Brussels");
        // 00:00 to 01:45 winter time (8), then 02:00 to 03:00 all at the jump (1), then 03:15 to 03:45 (3)
        List<Instant> spring = runs(quarterly, utc("2026-03-28T22:59:00Z"), utc("2026-03-29T01:59:00Z"));
        assertEquals(12, spring.size(), spring.toString());
        assertEquals(1, spring.stream().filter(utc("2026-03-29T01:00:00Z")::equals).count());
        // 00:00 to 02:45 summer time (12), the repeated 02:00 to 02:45 not again, then 03:00 to 03:45 (4)
        List<Instant> autumn = runs(quarterly, utc("2026-10-24T21:59:00Z"), utc("2026-10-25T02:59:00Z"));
        assertEquals(16, autumn.size(), autumn.toString());
        assertEquals(Duration.ofMinutes(75), Duration.between(utc("2026-10-25T00:45:00Z"), autumn.get(12)),
                "after 02:45 summer time comes 03:00 winter time");
    }

    @Test
    void aZoneWithoutClockChangesIsPlainAndAnImpossibleDateNeverComes() {
        CronPlan plan = CronPlan.parse("0 2 * * *", "UTC");
        assertEquals(Optional.of(utc("2026-10-25T02:00:00Z")), plan.next(utc("2026-10-25T01:00:00Z")));
        assertEquals(Optional.of(utc("2026-10-25T02:00:00Z")),
                plan.latestDue(utc("2026-10-24T02:00:00Z"), utc("2026-10-25T02:00:00Z")));
        assertEquals(3, plan.count(utc("2026-10-24T02:00:00Z"), utc("2026-10-27T02:00:00Z")));
        assertEquals(Optional.empty(), CronPlan.parse("0 2 30 2 *", "UTC").next(utc("2026-10-25T01:00:00Z")));
    }
}
