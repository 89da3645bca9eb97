package org.parley.web;

import java.time.Instant;

/** The nightly schedule as the service shows and changes it; the launcher implements it. */
public interface ScheduleControl {

    /** The schedule now. */
    View view();

    /**
     * Changes the schedule (null keeps a value); the change is kept in the home and outlives the configuration.
     *
     * @throws IllegalArgumentException when the expression, zone or policy is not valid, with the reason
     */
    View change(String cron, String zone, String whenBusy, String user);

    /** Why the schedule cannot run as planned (its last tick failed, its expression never comes), or empty. */
    default java.util.Optional<String> problem() {
        return java.util.Optional.empty();
    }

    /** The next {@code n} planned runs (none when off); by default only the next one the view names. */
    default java.util.List<Instant> upcoming(int n) {
        Instant next = view().next();
        return next == null || n < 1 ? java.util.List.of() : java.util.List.of(next);
    }

    /** Queues the nightly run now, out of schedule; refused when nothing in the inbox is new. */
    RunControl.Ticket runNow(String user) throws java.io.IOException, ConflictException;

    /**
     * The schedule.
     *
     * @param cron        the Unix cron expression, or "off"
     * @param next        the next planned run, or null when off
     * @param lastPlanned the last planned run handled, or null
     * @param pending     a planned run waiting for the running one to end, or null
     */
    record View(String cron, String zone, String whenBusy, boolean enabled, Instant next, Instant lastPlanned,
                Instant pending) {
    }
}
