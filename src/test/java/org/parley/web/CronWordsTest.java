package org.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The schedule in plain words, and its planned runs as its own zone's clocks show them, across a clock change. */
class CronWordsTest {

    @Test
    void theUsualSchedulesReadAsSentences() {
        assertEquals("every day at 02:30 (Europe/Brussels)", CronWords.withZone("30 2 * * *", "Europe/Brussels"));
        assertEquals(Optional.of("weekdays at 06:00"), CronWords.of("0 6 * * 1-5"));
        assertEquals(Optional.of("weekdays at 06:00"), CronWords.of("0 6 * * MON-FRI"));
        assertEquals(Optional.of("weekends at 23:05"), CronWords.of("5 23 * * 6,0"));
        assertEquals(Optional.of("every Monday and Thursday at 02:30"), CronWords.of("30 2 * * 4,1"));
        assertEquals(Optional.of("every Sunday at 01:00"), CronWords.of("0 1 * * 7"));
        assertEquals(Optional.of("every day at 02:30 and 14:30"), CronWords.of("30 14,2 * * *"));
        assertEquals(Optional.of("on the 1st of every month at 03:00"), CronWords.of("0 3 1 * *"));
        assertEquals(Optional.of("on the 22nd of every month at 03:00"), CronWords.of("0 3 22 * *"));
    }

    @Test
    void anUnusualExpressionIsShownAsItIs() {
        assertEquals(Optional.empty(), CronWords.of("*/15 * * * *"));
        assertEquals(Optional.empty(), CronWords.of("0 2 1-7 * 1"));
        assertEquals(Optional.empty(), CronWords.of("0 2 * 3 *"));
        assertEquals(Optional.empty(), CronWords.of("off"));
        assertEquals("cron */15 * * * * (UTC)", CronWords.withZone("*/15 * * * *", "UTC"));
    }

    @Test
    void plannedRunsAreShownInTheSchedulesZoneAcrossTheClocksGoingForward() {
        // given "30 2 * * *" in Brussels over the night of 29 March 2026, when 02:00 jumps to 03:00
        // (its CronPlan runs the missing 02:30 at the jump, 01:00 UTC)
        List<Instant> runs = List.of(Instant.parse("2026-03-28T01:30:00Z"), Instant.parse("2026-03-29T01:00:00Z"),
                Instant.parse("2026-03-30T00:30:00Z"));
        // then each reads as the Brussels clocks show it, in winter time and then in summer time
        assertEquals(List.of("Saturday 28 March 2026, 02:30 CET", "Sunday 29 March 2026, 03:00 CEST",
                "Monday 30 March 2026, 02:30 CEST"), CronWords.planned(runs, ZoneId.of("Europe/Brussels")));
    }
}
