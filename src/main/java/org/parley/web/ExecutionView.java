package org.parley.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One execution of the briefing job as the service shows it.
 *
 * @param id          the execution id (also the run folder's name)
 * @param instance    the job instance, shared by a run and its restarts
 * @param status      the batch status (STARTING, STARTED, STOPPING, STOPPED, FAILED, COMPLETED, ABANDONED)
 * @param exitStatus  the exit status, the reason of a failure
 * @param start       when it started, or null
 * @param end         when it ended, or null
 * @param steps       its steps in order, with live counts while they run
 * @param request     who asked for it and how, or null when it was started outside the service
 * @param parameters  its job parameters
 * @param skipped     the inputs it skipped, with reasons (detail only; empty in lists)
 * @param lastProgress the last time it was seen to move (its record updated, a step started or ended,
 *                    a chunk's progress saved), or null
 * @param stalledAdvice what to do about it when it is STARTED but has not moved for longer than the
 *                    service allows; null otherwise
 */
public record ExecutionView(long id, long instance, String status, String exitStatus, Instant start, Instant end,
                            List<StepView> steps, RequestView request, Map<String, String> parameters,
                            List<SkipView> skipped, Instant lastProgress, String stalledAdvice) {

    /** Whether it is STARTED but has not moved for longer than the service allows (see {@link #stalledAdvice}). */
    @JsonProperty
    public boolean stalled() {
        return stalledAdvice != null;
    }

    /** Whether it is still going. */
    @JsonProperty
    public boolean running() {
        return status.equals("STARTING") || status.equals("STARTED") || status.equals("STOPPING");
    }

    /** Whether it may be restarted (FAILED or STOPPED). */
    @JsonProperty
    public boolean restartable() {
        return status.equals("FAILED") || status.equals("STOPPED");
    }

    /**
     * One step.
     *
     * @param read  items read so far; for a batchlet, the parts of its work done (renderBriefings' rounds)
     * @param total items the step reads in all (a batchlet's parts), or -1 when not known
     */
    public record StepView(String name, String status, long read, long written, long skipped, int total,
                           Instant start, Instant end) {
    }

    /** Who asked for a run, what kind it is (manual, scheduled, catch-up, restart) and on what. */
    public record RequestView(long id, String kind, String by, Instant requested, String source, Long restartOf) {
    }

    /** One skipped input and why. */
    public record SkipView(String doc, String step, String reason) {
    }
}
