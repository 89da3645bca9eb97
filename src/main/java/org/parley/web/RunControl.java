package org.parley.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the service asks of the batch side: start, queue, stop and restart runs, and read their
 * state. The launcher implements it, so this package never touches Jakarta Batch itself.
 */
public interface RunControl {

    /** The most partitions a run may ask for, of its extraction or its rendering. */
    int MAX_PARTITIONS = 64;

    /** Queues a run on an article set the service unpacked under the home; it starts when a slot is free. */
    Ticket startUploaded(Path articles, String source, RunOptions options, String user) throws IOException;

    /**
     * Queues a run on an article set under the inbox, named relative to it.
     *
     * @throws java.util.NoSuchElementException when there is no such set in the inbox (or the path leaves it)
     */
    Ticket startInbox(String relativePath, RunOptions options, String user) throws IOException;

    /**
     * Restarts a FAILED or STOPPED execution through the queue, with its original parameters and
     * these changes (formats, template, rounds, parties, partitions, renderPartitions; none for as it was). Rounds and
     * parties files are named relative to the inbox.
     *
     * @throws IllegalArgumentException naming a parameter that is unknown, may not change, or is bad
     */
    Ticket restart(long execution, java.util.Map<String, String> changes, String user) throws ConflictException;

    /** Whether an execution's article set can be run again, and on what, or why not. */
    Again again(long execution);

    /**
     * Queues a new run on the article set an execution read (see {@link #again}), with these
     * options and rounds and parties files named relative to the inbox (null or blank: the set's
     * own); the execution itself is left as it was.
     *
     * @throws java.util.NoSuchElementException when there is no such execution or its articles are gone
     * @throws IllegalArgumentException naming the rounds or parties file that is missing or broken
     */
    Ticket runAgain(long execution, RunOptions options, String rounds, String parties, String user) throws IOException;

    /** The files in the inbox a run may take as its rounds or parties file (.yaml, .yml), relative to it. */
    List<String> inboxFiles() throws IOException;

    /**
     * What a run again would read.
     *
     * @param possible whether the articles are still there
     * @param set      what the new run reads, in words, when possible
     * @param reason   why not, in words, when not
     */
    record Again(boolean possible, String set, String reason) {
    }

    /** Asks a running execution to stop at its next checkpoint. */
    void stop(long execution, String user) throws ConflictException;

    /** Takes a queued request off the queue. */
    void cancel(long request, String user) throws ConflictException;

    /** The most recent executions, newest first. */
    List<ExecutionView> recent(int limit);

    /**
     * Up to {@code limit} executions below the id {@code before} whose status is one of
     * {@code statuses} (Jakarta Batch's names; any when empty), newest first.
     */
    List<ExecutionView> recent(int limit, long before, java.util.Set<String> statuses);

    /** One execution with its skipped inputs, or empty when there is none. */
    Optional<ExecutionView> execution(long id);

    /** What became of a request: queued with its position, started with its execution, refused, cancelled. */
    Optional<Ticket> ticket(long request);

    /** The requests waiting for a run slot, in the order they will start. */
    List<QueuedView> queue();

    /** The article sets in the inbox (folders and .zip files), relative to it. */
    List<String> inboxSets() throws IOException;

    /** An execution's own log file, if it has one. */
    Optional<Path> log(long execution);

    /** Whether the batch runtime and the database answer. */
    boolean ready();

    /**
     * Marks a FAILED or STOPPED execution (the latest of its run) ABANDONED, never to be restarted.
     *
     * @throws ConflictException when it is running, completed, or was restarted already
     */
    void abandon(long execution, String user) throws ConflictException;

    /**
     * Deletes the records of the runs (job instances) whose executions all ended before a time:
     * jbatch's and Parley's, each run's in one transaction; their run folders too when asked (never latest/).
     * A run still running, queued, or waited on by a queued restart stays.
     *
     * @param dryRun only say what would go
     */
    Purged purge(java.time.Instant before, boolean folders, boolean dryRun) throws IOException;

    /**
     * What a purge deleted (or, on a dry run, would delete).
     *
     * @param instances  the runs, oldest first
     * @param executions their executions
     * @param folders    the executions whose run folders went
     */
    record Purged(java.time.Instant before, boolean dryRun, List<Long> instances, List<Long> executions,
                  List<Long> folders) {
    }

    /** The latest runs (job instances), newest first, each with its executions: the first try, then restarts. */
    List<Instance> instances(int limit);

    /** A run of the job and its executions' ids, oldest first. */
    record Instance(long instance, List<Long> executions) {
    }

    /**
     * How a new run is to be made.
     *
     * @param partitions       how many partitions its extraction runs in, or null for the default
     * @param renderPartitions the most partitions its rendering runs in, or null for the default
     */
    record RunOptions(List<String> formats, String template, Integer partitions, Integer renderPartitions) {
        public RunOptions(List<String> formats, String template) {
            this(formats, template, null, null);
        }
    }

    /**
     * What became of a request to run: started as an execution, or queued behind others.
     *
     * @param request   the request's id
     * @param state     QUEUED, STARTED, ENDED, CANCELLED or REFUSED
     * @param execution the execution, once started
     * @param position  1 for the next to start, when queued
     */
    record Ticket(long request, String state, Long execution, Integer position) {
    }
}
