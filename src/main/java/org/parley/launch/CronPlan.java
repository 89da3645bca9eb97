package org.parley.launch;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;

/**
 * When a Unix cron expression (minute hour day-of-month month day-of-week), read in a time zone,
 * plans its runs; parsed and computed by cron-utils.
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
        return times.nextExecution(ZonedDateTime.ofInstant(after, zone)).map(ZonedDateTime::toInstant);
    }

    /** The latest planned run in {@code (after, upTo]}, if there is one. */
    Optional<Instant> latestDue(Instant after, Instant upTo) {
        return times.lastExecution(ZonedDateTime.ofInstant(upTo.plusSeconds(1), zone)).map(ZonedDateTime::toInstant)
                .filter(t -> t.isAfter(after) && !t.isAfter(upTo));
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
