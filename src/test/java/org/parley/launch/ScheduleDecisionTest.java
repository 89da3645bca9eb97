package org.parley.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import org.parley.launch.ScheduleDecision.Action;
import org.parley.store.ScheduleStore;

class ScheduleDecisionTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final CronPlan NIGHTLY = CronPlan.parse("0 2 * * *", "Europe/Brussels");

    private static Instant at(int month, int day, int hour, int minute) {
        return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, BRUSSELS).toInstant();
    }

    private static ScheduleStore.State handled(Instant last) {
        return new ScheduleStore.State(last.toEpochMilli(), null, null, null, null);
    }

    private static ScheduleDecision decide(ScheduleStore.State state, Instant now, boolean busy, boolean wait) {
        return ScheduleDecision.decide(NIGHTLY, state, now, busy, wait);
    }

    @Test
    void theFirstStartOnlyStartsCounting() {
        Instant now = at(3, 1, 12, 0);
        assertEquals(new ScheduleDecision(Action.BASELINE, now), decide(ScheduleStore.State.EMPTY, now, false, true));
    }

    @Test
    void nothingIsDueBeforeThePlannedTimeAndARunAtIt() {
        ScheduleStore.State last = handled(at(3, 1, 2, 0));
        assertEquals(Action.NOTHING, decide(last, at(3, 2, 1, 59), false, true).action());
        assertEquals(new ScheduleDecision(Action.RUN, at(3, 2, 2, 0)), decide(last, at(3, 2, 2, 0), false, true));
        assertEquals(new ScheduleDecision(Action.RUN, at(3, 2, 2, 0)), decide(last, at(3, 2, 2, 4), false, true));
    }

    @Test
    void missedRunsGiveOneCatchUpForTheLatest() {
        ScheduleStore.State last = handled(at(3, 1, 2, 0));
        assertEquals(new ScheduleDecision(Action.CATCH_UP, at(3, 5, 2, 0)), decide(last, at(3, 5, 9, 0), false, true));
        assertEquals(new ScheduleDecision(Action.CATCH_UP, at(3, 2, 2, 0)), decide(last, at(3, 2, 2, 30), false, true),
                "one missed run, found late, is a catch-up too");
    }

    @Test
    void aBusyServiceWaitsOrSkipsAsConfigured() {
        ScheduleStore.State last = handled(at(3, 1, 2, 0));
        assertEquals(new ScheduleDecision(Action.WAIT, at(3, 2, 2, 0)), decide(last, at(3, 2, 2, 1), true, true));
        assertEquals(new ScheduleDecision(Action.SKIP, at(3, 2, 2, 0)), decide(last, at(3, 2, 2, 1), true, false));
        ScheduleStore.State waiting = new ScheduleStore.State(at(3, 2, 2, 0).toEpochMilli(), at(3, 2, 2, 0).toEpochMilli(),
                null, null, null);
        assertEquals(Action.STILL_WAITING, decide(waiting, at(3, 2, 3, 0), true, true).action());
        assertEquals(new ScheduleDecision(Action.START_PENDING, at(3, 2, 2, 0)), decide(waiting, at(3, 2, 4, 0), false, true));
    }

    @Test
    void theZoneDecidesTheInstantAcrossDaylightSaving() {
        // Brussels moves to summer time on 29 March 2026: 02:00 local is then 00:00 UTC, not 01:00
        assertEquals(Instant.parse("2026-03-28T01:00:00Z"), NIGHTLY.next(Instant.parse("2026-03-27T12:00:00Z")).orElseThrow());
        assertEquals(Instant.parse("2026-03-30T00:00:00Z"), NIGHTLY.next(Instant.parse("2026-03-29T12:00:00Z")).orElseThrow());
        assertEquals(3, NIGHTLY.count(at(3, 1, 2, 0), at(3, 4, 2, 0)));
    }

    @Test
    void aBadExpressionOrZoneIsRefusedWithTheReason() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CronPlan.parse("every night", "UTC"))
                .getMessage().contains("is not a Unix cron expression"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CronPlan.parse("0 2 * * *", "Mars/Olympus"))
                .getMessage().contains("unknown time zone"));
    }
}
