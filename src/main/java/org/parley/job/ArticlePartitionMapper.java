package org.parley.job;

import java.util.List;
import java.util.Properties;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;

/**
 * Splits the run's articles to extract into partitions of consecutive articles in set order, after
 * marking the copies once for all of them. The number of partitions follows from the number of
 * articles alone (or the {@code partitions} job parameter), so a restart finds the same partitions;
 * each then extracts only the articles it had not stored. In Java SE they run on the machine's
 * cores; on a server with a batch dispatcher, on any of its executors.
 */
public class ArticlePartitionMapper implements PartitionMapper {

    /** Articles per partition before another partition is worth its start. */
    static final int ARTICLES_PER_PARTITION = 250;
    /** At most this many partitions, however large the set. */
    static final int MAX_PARTITIONS = 16;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    @BatchProperty(name = "partitions")
    String partitions;

    @Override
    public PartitionPlan mapPartitions() {
        JobEnvironment env = JobEnvironment.current();
        List<String> docs = env.articles().markCopies(job.getInstanceId());
        env.progress().expectPartitioned(job.getExecutionId(), step.getStepName(), docs.size());
        return plan(docs.size(), partitions);
    }

    /**
     * Partitions of {@code items} consecutive items (properties {@code partition}, {@code from},
     * {@code to}), as many as {@link #count} says, on as many threads as there are cores. On a
     * restart every partition starts again, and its reader skips what it had stored: jbatch SE cannot
     * restart the partitions of a killed process (it saved no partition count), and what is stored
     * is the truth of what was done on any runtime.
     */
    static PartitionPlan plan(int items, String partitions) {
        int n = count(items, partitions);
        Properties[] props = new Properties[n];
        for (int i = 0; i < n; i++) {
            props[i] = new Properties();
            props[i].setProperty("partition", String.valueOf(i));
            props[i].setProperty("from", String.valueOf(bound(items, n, i)));
            props[i].setProperty("to", String.valueOf(bound(items, n, i + 1)));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(n);
        plan.setThreads(Math.min(n, Runtime.getRuntime().availableProcessors()));
        plan.setPartitionProperties(props);
        plan.setPartitionsOverride(true);
        return plan;
    }

    /** Whether a partition property holds a number (jbatch leaves {@code #{partitionPlan[...]}} as is outside one). */
    static boolean given(String property) {
        return property != null && property.matches("[0-9]{1,9}");
    }

    /** How many partitions for this many articles: the job parameter when given, else one per 250, at most 16. */
    static int count(int articles, String parameter) {
        if (parameter != null && !parameter.isBlank()) {
            return Math.max(1, Math.min(Integer.parseInt(parameter.strip()), Math.max(1, articles)));
        }
        return Math.max(1, Math.min(MAX_PARTITIONS, (articles + ARTICLES_PER_PARTITION - 1) / ARTICLES_PER_PARTITION));
    }

    /** Where partition {@code i} of {@code n} starts: the articles shared out as evenly as they go. */
    static int bound(int articles, int n, int i) {
        return (int) ((long) articles * i / n);
    }
}
