package org.parley.launch;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.Optional;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;

/**
 * When a Unix cron expression (minute hour day-of-month month day-of-week), read in a time zone,
 * plans its runs; parsed by cron-utils.
 *
 * <p>The expression names local times (wall-clock times in the zone), and each planned local time
 * runs once, also across a clock change: a local time that occurs twice (the night the clocks go
 * back, 02:30 in Brussels is 00:30 and 01:30 UTC) runs at its first occurrence only; local times
 * that do not occur (the night the clocks go forward, 02:00 to 02:59 in Brussels) run once, at the
 * instant the clocks jump (03:00 local), together with a run planned for that instant. The
 * expression is matched on local date-times with cron-utils, and each match is then placed on the
 * time line here, so that the rule does not depend on how cron-utils treats a clock change.
 */
final class CronPlan {

    private static final CronParser PARSER = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));
    /** Past this many planned runs between two instants, counting stops: one catch-up covers them all. */
    private static final int COUNT_LIMIT = 1000;

    private final String expression;
    private final ZoneId zone;
    private final ExecutionTime times;

    private CronPlan(String expression, ZoneId zone, ExecutionTime times) {
        this.expression = expression;
        this.zone = zone;
        this.times = times;
    }

    /** Parses an expression and a zone; fails with the reason when either is not valid. */
    static CronPlan parse(String expression, String zone) {
        ZoneId zoneId;
        try {
            zoneId = ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("unknown time zone '" + zone + "'");
        }
        try {
            Cron cron = PARSER.parse(expression).validate();
            return new CronPlan(expression, zoneId, ExecutionTime.forCron(cron));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + expression + "' is not a Unix cron expression (minute hour "
                    + "day-of-month month day-of-week): " + e.getMessage());
        }
    }

    String expression() {
        return expression;
    }

    ZoneId zone() {
        return zone;
    }

    /** The first planned run strictly after an instant. */
    Optional<Instant> next(Instant after) {
        // a planned local time up to the local time of {@code after} runs at or before it (see instant)
        LocalDateTime local = LocalDateTime.ofInstant(after, zone);
        while (true) {
            Optional<LocalDateTime> planned = nextLocal(local);
            if (planned.isEmpty()) {
                return Optional.empty();
            }
            Instant at = instant(planned.get());
            if (at.isAfter(after)) {
                return Optional.of(at);
            }
            local = planned.get(); // the second hour of a night the clocks go back: its times have run
        }
    }

    /** The latest planned run in {@code (after, upTo]}, if there is one. */
    Optional<Instant> latestDue(Instant after, Instant upTo) {
        // in the second pass of a repeated hour, the rest of that hour ran at its first pass: look
        // back from the hour's end
        LocalDateTime local = LocalDateTime.ofInstant(upTo, zone).plusSeconds(1);
        ZoneOffsetTransition change = zone.getRules().getTransition(local);
        if (change != null && change.isOverlap()) {
            local = change.getDateTimeBefore();
        }
        while (true) {
            Optional<LocalDateTime> planned = lastLocal(local);
            if (planned.isEmpty()) {
                return Optional.empty();
            }
            Instant at = instant(planned.get());
            if (!at.isAfter(upTo)) {
                return at.isAfter(after) ? Optional.of(at) : Optional.empty();
            }
            local = planned.get();
        }
    }

    /**
     * The instant a planned local time runs at: itself where the zone has it once; its first
     * occurrence where the clocks go back over it; the clock change's instant where they jump over it.
     * Never decreasing as the local time grows, so that local order and time order agree.
     */
    private Instant instant(LocalDateTime local) {
        ZoneOffsetTransition change = zone.getRules().getTransition(local);
        if (change == null) {
            return local.atZone(zone).toInstant();
        }
        return change.isGap() ? change.getInstant() : local.toInstant(change.getOffsetBefore());
    }

    /** The first local date-time after {@code local} that the expression names. */
    private Optional<LocalDateTime> nextLocal(LocalDateTime local) {
        return times.nextExecution(local.atZone(ZoneOffset.UTC)).map(ZonedDateTime::toLocalDateTime);
    }

    /** The last local date-time before {@code local} that the expression names. */
    private Optional<LocalDateTime> lastLocal(LocalDateTime local) {
        return times.lastExecution(local.atZone(ZoneOffset.UTC)).map(ZonedDateTime::toLocalDateTime);
    }

    /** How many planned runs fall in {@code (after, upTo]}, counting up to a thousand. */
    int count(Instant after, Instant upTo) {
        int count = 0;
        Optional<Instant> next = next(after);
        while (next.isPresent() && !next.get().isAfter(upTo) && count < COUNT_LIMIT) {
            count++;
            next = next(next.get());
        }
        return count;
    }
}
