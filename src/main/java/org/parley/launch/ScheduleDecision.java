package org.parley.launch;

import java.time.Duration;
import java.time.Instant;

import org.parley.store.ScheduleStore;

/**
 * What the nightly schedule does at one tick, decided from the plan, what it handled last, the
 * time and whether a run is going; a pure function, so that every case has a unit test.
 *
 * @param action  what to do
 * @param planned the planned time it concerns (for BASELINE, the time it starts counting from)
 */
public record ScheduleDecision(Action action, Instant planned) {

    /** A planned run more than this late was missed (the service was down): its run is a catch-up. */
    static final Duration LATE = Duration.ofMinutes(5);

    /** The possible decisions. */
    public enum Action {
        /** First start: nothing can have been missed before; start counting from now. */
        BASELINE,
        /** No planned run is due. */
        NOTHING,
        /** A planned run is due: run it. */
        RUN,
        /** One or more planned runs were missed while the service was down: run once now. */
        CATCH_UP,
        /** A run is due but another is going, and the policy is to wait: remember it. */
        WAIT,
        /** A run is due but another is going, and the policy is to skip it. */
        SKIP,
        /** The run that waited can start now. */
        START_PENDING,
        /** The run that waits must wait on. */
        STILL_WAITING
    }

    static ScheduleDecision decide(CronPlan plan, ScheduleStore.State state, Instant now, boolean busy, boolean wait) {
        if (state.lastPlanned() == null) {
            return new ScheduleDecision(Action.BASELINE, now);
        }
        if (state.pending() != null) {
            Instant pending = Instant.ofEpochMilli(state.pending());
            return new ScheduleDecision(busy ? Action.STILL_WAITING : Action.START_PENDING, pending);
        }
        Instant last = Instant.ofEpochMilli(state.lastPlanned());
        Instant due = plan.latestDue(last, now).orElse(null);
        if (due == null) {
            return new ScheduleDecision(Action.NOTHING, null);
        }
        if (busy) {
            return new ScheduleDecision(wait ? Action.WAIT : Action.SKIP, due);
        }
        boolean missed = plan.count(last, now) > 1 || Duration.between(due, now).compareTo(LATE) > 0;
        return new ScheduleDecision(missed ? Action.CATCH_UP : Action.RUN, due);
    }
}
