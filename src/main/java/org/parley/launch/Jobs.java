package org.parley.launch;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.StepExecution;

import org.parley.job.ArticleSetJobListener;
import org.parley.job.PublishGate;

/**
 * The one facade over Jakarta Batch's {@link JobOperator}: start, await, stop and restart the
 * {@code briefing} job, and read its executions. It adds what the API lacks: waiting with a
 * timeout, and the guards a restart needs (only FAILED or STOPPED, with the original parameters).
 */
public final class Jobs {

    /** The job's name, also its XML file name. */
    public static final String BRIEFING = "briefing";

    /** The statuses an execution ends in: it will not move again by itself. */
    static final Set<BatchStatus> TERMINAL = Set.of(BatchStatus.COMPLETED, BatchStatus.FAILED,
            BatchStatus.STOPPED, BatchStatus.ABANDONED);
    private static final Set<BatchStatus> RESTARTABLE = Set.of(BatchStatus.FAILED, BatchStatus.STOPPED);

    /** How many runs a paged listing reads from the job repository at a time. */
    private static final int RUNS_AT_ONCE = 100;

    private final JobOperator operator;

    /** A facade over the runtime's job operator; the runtime must be configured ({@link Home#open}). */
    public Jobs() {
        this(BatchRuntime.getJobOperator());
    }

    /** A facade over another operator: a Liberty server's, through its batch REST API ({@link BatchRestOperator}). */
    Jobs(JobOperator operator) {
        this.operator = operator;
    }

    /** Whether the runs go on an Open Liberty server (its batch REST API), not in this process's jbatch runtime. */
    boolean onServer() {
        return operator instanceof BatchRestOperator;
    }

    /** Starts the briefing job; returns its execution id. */
    public long start(JobParameters parameters) {
        return withAppClassLoader(() -> operator.start(BRIEFING, parameters.toProperties()));
    }

    /**
     * Restarts a FAILED or STOPPED execution with its original parameters; returns the new execution id.
     *
     * @throws JobStateException when the execution is not restartable, with the reason
     */
    public long restart(long executionId) throws JobStateException {
        return restart(executionId, new Properties());
    }

    /**
     * Restarts a FAILED or STOPPED execution with these parameters, the whole set (jbatch gives a
     * restart only what it is passed), or with its original ones when none are given.
     *
     * @throws JobStateException when the execution is not restartable, with the reason
     */
    public long restart(long executionId, Properties parameters) throws JobStateException {
        checkRestartable(executionId);
        Properties used = parameters.isEmpty() ? operator.getParameters(executionId) : parameters;
        return withAppClassLoader(() -> operator.restart(executionId, used));
    }

    /**
     * Fails with the reason when an execution cannot be restarted: it is not FAILED or STOPPED, or
     * a later execution of its run exists.
     */
    public void checkRestartable(long executionId) throws JobStateException {
        requireLatestEnded(executionId, "restart");
        String articles = operator.getParameters(executionId).getProperty("articles");
        if (articles != null && !articles.isBlank()) {
            try {
                Optional<String> changed = ArticleSetJobListener.check(instanceOf(executionId), articles, false);
                if (changed.isPresent()) {
                    throw new JobStateException(changed.get());
                }
            } catch (IOException e) {
                throw new JobStateException("the article set " + articles + " of execution " + executionId
                        + " cannot be read: " + e.getMessage());
            }
        }
    }

    /**
     * Asks a running execution to stop; it ends STOPPED at its next checkpoint. One that is already
     * publishing its briefings is not stopped: it ends COMPLETED in moments (a JobStateException says so).
     */
    public void stop(long executionId) throws JobStateException {
        BatchStatus status = execution(executionId).getBatchStatus();
        if (status != BatchStatus.STARTING && status != BatchStatus.STARTED) {
            throw new JobStateException("execution " + executionId + " is " + status + "; only a running execution can be stopped");
        }
        if (!PublishGate.stop(executionId)) {
            throw new JobStateException("execution " + executionId + " is publishing its briefings and ends COMPLETED "
                    + "in a moment; it was not stopped");
        }
        operator.stop(executionId);
    }

    /**
     * Marks a FAILED or STOPPED execution ABANDONED: it is never restarted. Only the latest
     * execution of its run may be abandoned (an earlier one was restarted already).
     */
    public void abandon(long executionId) throws JobStateException {
        requireLatestEnded(executionId, "abandon");
        try {
            operator.abandon(executionId);
        } catch (UnsupportedOperationException e) {
            throw new JobStateException(e.getMessage());
        }
    }

    /** Fails with the reason unless the execution is FAILED or STOPPED and the latest of its run. */
    private void requireLatestEnded(long executionId, String verb) throws JobStateException {
        BatchStatus status = execution(executionId).getBatchStatus();
        if (!RESTARTABLE.contains(status)) {
            throw new JobStateException("execution " + executionId + " is " + status
                    + "; only a FAILED or STOPPED execution can be " + verb + "ed");
        }
        long latest = latestExecutionOf(executionId);
        if (latest != executionId) {
            throw new JobStateException("execution " + executionId + " was already restarted as execution " + latest
                    + "; " + verb + " that one instead");
        }
    }

    /** The most recent runs (job instances) of the briefing job, newest first, with their executions' ids. */
    public List<Run> runs(int limit) {
        List<Run> runs = new ArrayList<>();
        if (!operator.getJobNames().contains(BRIEFING)) {
            return runs;
        }
        for (JobInstance instance : operator.getJobInstances(BRIEFING, 0, limit)) {
            List<Long> ids = new ArrayList<>();
            for (JobExecution e : operator.getJobExecutions(instance)) {
                ids.add(e.getExecutionId());
            }
            ids.sort(Comparator.naturalOrder());
            runs.add(new Run(instance.getInstanceId(), ids));
        }
        return runs;
    }

    /** A run of the job (a job instance) and its executions, oldest first: the first try and its restarts. */
    public record Run(long instance, List<Long> executions) {
    }

    /** The execution's status now. */
    public BatchStatus status(long executionId) {
        return operator.getJobExecution(executionId).getBatchStatus();
    }

    /** Polls until the execution ends or the timeout passes; returns its last status. */
    public BatchStatus await(long executionId, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = 20;
        while (true) {
            BatchStatus status = status(executionId);
            if (TERMINAL.contains(status) || System.nanoTime() >= deadline) {
                return status;
            }
            Thread.sleep(pause);
            pause = Math.min(pause * 2, 250);
        }
    }

    /** One execution. */
    public JobExecution execution(long executionId) throws JobStateException {
        try {
            return operator.getJobExecution(executionId);
        } catch (NoSuchJobExecutionException e) {
            throw new JobStateException("there is no execution " + executionId);
        }
    }

    /** The steps an execution has run, in order. */
    public List<StepExecution> steps(long executionId) {
        // in the order they started: jbatch's query has no order, and PostgreSQL gives none
        List<StepExecution> steps = new ArrayList<>(operator.getStepExecutions(executionId));
        steps.sort(Comparator.comparingLong(StepExecution::getStepExecutionId));
        return steps;
    }

    /** The most recent executions of the briefing job, newest first. */
    public List<JobExecution> recent(int limit) {
        List<JobExecution> executions = new ArrayList<>();
        if (!operator.getJobNames().contains(BRIEFING)) {
            return executions;
        }
        for (JobInstance instance : operator.getJobInstances(BRIEFING, 0, limit)) {
            executions.addAll(operator.getJobExecutions(instance));
        }
        executions.sort(Comparator.comparingLong(JobExecution::getExecutionId).reversed());
        return executions.size() > limit ? executions.subList(0, limit) : executions;
    }

    /**
     * Up to {@code limit} executions of the briefing job whose id is below {@code before} and whose
     * status is one of {@code statuses} (any when empty), newest first. Runs are read newest first,
     * a hundred at a time, until enough are found.
     */
    public List<JobExecution> recent(int limit, long before, Set<BatchStatus> statuses) {
        List<JobExecution> found = new ArrayList<>();
        if (!operator.getJobNames().contains(BRIEFING)) {
            return found;
        }
        for (int start = 0; found.size() < limit; start += RUNS_AT_ONCE) {
            List<JobInstance> instances = operator.getJobInstances(BRIEFING, start, RUNS_AT_ONCE);
            for (JobInstance instance : instances) {
                for (JobExecution e : operator.getJobExecutions(instance)) {
                    if (e.getExecutionId() < before && (statuses.isEmpty() || statuses.contains(e.getBatchStatus()))) {
                        found.add(e);
                    }
                }
            }
            if (instances.size() < RUNS_AT_ONCE) {
                break;
            }
        }
        found.sort(Comparator.comparingLong(JobExecution::getExecutionId).reversed());
        return found.size() > limit ? found.subList(0, limit) : found;
    }

    /** The parameters an execution was started with. */
    public Properties parameters(long executionId) {
        return operator.getParameters(executionId);
    }

    /** The job instance (a run and its restarts) an execution belongs to. */
    public long instanceOf(long executionId) {
        return operator.getJobInstance(executionId).getInstanceId();
    }

    private long latestExecutionOf(long executionId) {
        JobInstance instance = operator.getJobInstance(executionId);
        return operator.getJobExecutions(instance).stream().mapToLong(JobExecution::getExecutionId).max()
                .orElse(executionId);
    }

    /** jbatch loads job XML and artifacts through the context class loader: make it see Parley's classes. */
    private static long withAppClassLoader(java.util.function.LongSupplier action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Jobs.class.getClassLoader());
        try {
            return action.getAsLong();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
