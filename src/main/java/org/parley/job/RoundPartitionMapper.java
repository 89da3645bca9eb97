package org.parley.job;

import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;

import org.parley.render.Format;
import org.parley.render.StagingFolder;

/**
 * Splits the rounds a run renders ({@link RoundSelection}) into partitions of consecutive rounds: one
 * per round, at most 16 (or the {@code renderPartitions} job parameter). The plan comes from the stored
 * briefings and that parameter alone, so a restart with the same parameters finds the same partitions; the rounds a failed or killed execution finished stay finished, and the rounds that
 * failed are tried again. In Java SE the partitions run on the machine's cores; on a server with a
 * batch dispatcher, on any of its executors, each reading its rounds from the database.
 */
public class RoundPartitionMapper implements PartitionMapper {

    /** At most this many partitions, however many rounds, unless the job parameter says otherwise. */
    static final int MAX_PARTITIONS = 16;
    /** The most a job parameter may ask for (the launcher refuses more before a run starts). */
    private static final int MOST_ASKED = 64;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    @BatchProperty(name = "newArticles")
    String newArticles;

    @Inject
    @BatchProperty(name = "output")
    String output;

    @Inject
    @BatchProperty(name = "template")
    String template;

    @Inject
    @BatchProperty(name = "formats")
    String formats;

    @Inject
    @BatchProperty(name = "renderPartitions")
    String renderPartitions;

    @Override
    public PartitionPlan mapPartitions() throws Exception {
        JobEnvironment env = JobEnvironment.current();
        long run = job.getInstanceId();
        List<String> rounds = RoundSelection.of(env, run, newArticles).roundIds();
        StagingFolder staging = new StagingFolder(env.output(output), run, template, Format.parse(formats));
        Map<String, String> outcomes = env.renders().outcomes(run);
        int done = 0;
        for (String round : rounds) {
            if ("".equals(outcomes.get(round)) && staging.holds(round)) {
                done++;
            } else if (outcomes.containsKey(round)) {
                env.renders().forget(run, round); // failed, or its files are gone: rendered again
            }
        }
        env.progress().advance(job.getExecutionId(), step.getStepName(), done, rounds.size());
        return plan(rounds, most(renderPartitions));
    }

    /**
     * The most partitions a parameter allows: {@value #MAX_PARTITIONS} when it is not given. One the
     * launcher would have refused (on a server's REST API, say) fails the step naming it.
     */
    static int most(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return MAX_PARTITIONS;
        }
        String value = parameter.strip();
        if (!value.matches("[0-9]{1,9}") || Integer.parseInt(value) < 1 || Integer.parseInt(value) > MOST_ASKED) {
            throw new IllegalArgumentException("renderPartitions must be 1 to " + MOST_ASKED + ", not '" + value + "'");
        }
        return Integer.parseInt(value);
    }

    /**
     * Partitions of consecutive rounds (properties {@code partition}, {@code rounds}: their ids a line
     * each, {@code total}: the rounds of all partitions), one per round but at most {@code most}, on
     * as many threads as there are cores. Every
     * partition starts on a restart, and its reader passes over the rounds already finished: what the
     * database and the staging folder hold is the truth of what was done, on any runtime.
     */
    static PartitionPlan plan(List<String> rounds, int most) {
        int n = Math.max(1, Math.min(most, rounds.size()));
        Properties[] props = new Properties[n];
        for (int i = 0; i < n; i++) {
            props[i] = new Properties();
            props[i].setProperty("partition", String.valueOf(i));
            props[i].setProperty("rounds", String.join("\n", rounds.subList(
                    ArticlePartitionMapper.bound(rounds.size(), n, i), ArticlePartitionMapper.bound(rounds.size(), n, i + 1))));
            props[i].setProperty("total", String.valueOf(rounds.size()));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(n);
        plan.setThreads(Math.min(n, Runtime.getRuntime().availableProcessors()));
        plan.setPartitionProperties(props);
        plan.setPartitionsOverride(true);
        return plan;
    }
}
