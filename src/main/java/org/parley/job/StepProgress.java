package org.parley.job;

/**
 * How far one step of a running execution has come, updated after every chunk.
 *
 * @param step    the step's name
 * @param total   items the step will read, or -1 while unknown
 * @param read    items read so far
 * @param written items written so far
 * @param skipped items skipped so far
 * @param done    whether the step has ended
 */
public record StepProgress(String step, int total, long read, long written, long skipped, boolean done) {
}
