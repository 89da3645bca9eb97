package org.parley.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.JobStartException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.operations.NoSuchJobInstanceException;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.StepExecution;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The batch-REST implementation of Jakarta Batch's {@link JobOperator}: the briefing job of an Open
 * Liberty deployment of {@code parley-liberty.war}, started, followed, stopped and restarted through
 * the server's {@code /ibm/api/batch} API, so {@code parley serve} drives the servers' runs as it
 * drives its own jbatch runtime's. Only the briefing job is there. Liberty's API cannot abandon an
 * execution: that is refused, naming the server's own tools.
 */
final class BatchRestOperator implements JobOperator {

    private static final String API = "/ibm/api/batch";
    /** How long a submitted job may wait in Liberty's queue before its first execution exists. */
    private static final Duration DISPATCH = Duration.ofMinutes(2);

    private final LibertyClient client;

    BatchRestOperator(LibertyClient client) {
        this.client = client;
    }

    @Override
    public Set<String> getJobNames() {
        return Set.of(Jobs.BRIEFING);
    }

    @Override
    public int getJobInstanceCount(String jobName) {
        int count = 0;
        for (int page = 0; ; page++) {
            int n = instancesPage(page, 100).size();
            count += n;
            if (n < 100) {
                return count;
            }
        }
    }

    /** Newest first, as Liberty lists them; {@code start} is read page by page of {@code count}. */
    @Override
    public List<JobInstance> getJobInstances(String jobName, int start, int count) {
        if (count <= 0) {
            return List.of();
        }
        List<JobInstance> found = new ArrayList<>();
        int page = start / count;
        int skip = start % count;
        while (found.size() < count) {
            List<JobInstance> batch = instancesPage(page++, count);
            batch.stream().skip(skip).filter(i -> i.getJobName().equals(jobName)).limit(count - found.size())
                    .forEach(found::add);
            skip = 0;
            if (batch.size() < count) {
                break;
            }
        }
        return found;
    }

    private List<JobInstance> instancesPage(int page, int size) {
        JsonNode answer = get(API + "/jobinstances?page=" + page + "&pageSize=" + size);
        List<JobInstance> instances = new ArrayList<>();
        if (answer != null) {
            answer.forEach(i -> instances.add(RestExecutions.instance(i)));
        }
        instances.sort(Comparator.comparingLong(JobInstance::getInstanceId).reversed());
        return instances;
    }

    @Override
    public List<Long> getRunningExecutions(String jobName) {
        List<Long> running = new ArrayList<>();
        for (JobInstance i : getJobInstances(jobName, 0, 100)) {
            for (JobExecution e : getJobExecutions(i)) {
                if (e.getBatchStatus() == BatchStatus.STARTING || e.getBatchStatus() == BatchStatus.STARTED
                        || e.getBatchStatus() == BatchStatus.STOPPING) {
                    running.add(e.getExecutionId());
                }
            }
        }
        return running;
    }

    @Override
    public Properties getParameters(long executionId) {
        return getJobExecution(executionId).getJobParameters();
    }

    @Override
    public long start(String jobName, Properties parameters) {
        JsonNode answer = send("POST", API + "/jobinstances", LibertyClient.submission(parameters));
        if (answer == null || !answer.has("instanceId")) {
            throw new JobStartException("the Liberty server at " + client.base() + " did not take the job: " + answer);
        }
        return firstExecutionAfter(answer.get("instanceId").asLong(), 0);
    }

    @Override
    public long restart(long executionId, Properties parameters) {
        JobInstance instance = getJobInstance(executionId);
        JsonNode answer = send("PUT", API + "/jobexecutions/" + executionId + "?action=restart",
                LibertyClient.restart(parameters));
        if (answer == null) {
            throw new JobRestartException("the Liberty server at " + client.base() + " has no execution " + executionId);
        }
        return firstExecutionAfter(instance.getInstanceId(), executionId);
    }

    /** The first execution of the instance with an id above {@code after}, once Liberty has dispatched it. */
    private long firstExecutionAfter(long instance, long after) {
        long deadline = System.nanoTime() + DISPATCH.toNanos();
        while (true) {
            for (JobExecution e : getJobExecutions(new RestExecutions.Instance(instance, Jobs.BRIEFING))) {
                if (e.getExecutionId() > after) {
                    return e.getExecutionId();
                }
            }
            if (System.nanoTime() > deadline) {
                throw new JobStartException("job instance " + instance + " on " + client.base()
                        + " has no execution after " + DISPATCH.toMinutes() + " minutes: is an executor running?");
            }
            pause();
        }
    }

    @Override
    public void stop(long executionId) {
        if (send("PUT", API + "/jobexecutions/" + executionId + "?action=stop", null) == null) {
            throw new JobExecutionNotRunningException("execution " + executionId + " is not running on " + client.base());
        }
    }

    @Override
    public void abandon(long executionId) {
        throw new UnsupportedOperationException("Liberty's batch REST API cannot abandon an execution; on the server, "
                + "purge its job instance (DELETE /ibm/api/batch/jobinstances/ID) or leave it " + "FAILED");
    }

    @Override
    public JobInstance getJobInstance(long executionId) {
        RestExecutions.Execution e = (RestExecutions.Execution) getJobExecution(executionId);
        return new RestExecutions.Instance(e.instanceId(), e.getJobName());
    }

    @Override
    public List<JobExecution> getJobExecutions(JobInstance instance) {
        JsonNode answer = get(API + "/jobinstances/" + instance.getInstanceId() + "/jobexecutions");
        if (answer == null) {
            throw new NoSuchJobInstanceException("there is no job instance " + instance.getInstanceId() + " on "
                    + client.base());
        }
        List<JobExecution> executions = new ArrayList<>();
        answer.forEach(e -> executions.add(RestExecutions.execution(e)));
        return executions;
    }

    @Override
    public JobExecution getJobExecution(long executionId) {
        JsonNode answer = get(API + "/jobexecutions/" + executionId);
        if (answer == null) {
            throw new NoSuchJobExecutionException("there is no execution " + executionId + " on " + client.base());
        }
        return RestExecutions.execution(answer);
    }

    @Override
    public List<StepExecution> getStepExecutions(long executionId) {
        JsonNode answer = get(API + "/jobexecutions/" + executionId + "/stepexecutions");
        if (answer == null) {
            throw new NoSuchJobExecutionException("there is no execution " + executionId + " on " + client.base());
        }
        List<StepExecution> steps = new ArrayList<>();
        answer.forEach(s -> {
            if (s.hasNonNull("stepExecutionId") && !s.path("stepName").asText("").isEmpty()) {
                steps.add(RestExecutions.step(s)); // not the links Liberty lists beside the steps
            }
        });
        return steps;
    }

    private JsonNode get(String path) {
        return send("GET", path, null);
    }

    private JsonNode send(String method, String path, String body) {
        try {
            return client.call(method, path, body);
        } catch (IOException e) {
            throw new UncheckedIOException("the Liberty server at " + client.base() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling the Liberty server at " + client.base(), e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Liberty to dispatch a job", e);
        }
    }
}
