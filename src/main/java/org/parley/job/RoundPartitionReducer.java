package org.parley.job;

import java.util.Map;

import jakarta.batch.api.partition.AbstractPartitionReducer;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;

import org.parley.render.RenderException;
import org.parley.store.BriefingStore;

/**
 * Fails the render step when its partitions ended but every round failed: the fault is then the
 * template's or the machine's, not one round's content, and the first round's failure is the run's.
 * A round that failed among others is left out of the run with why, and the run goes on.
 */
public class RoundPartitionReducer extends AbstractPartitionReducer {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Override
    public void beforePartitionedStepCompletion() {
        JobEnvironment env = JobEnvironment.current();
        Map<String, String> outcomes = env.renders().outcomes(job.getInstanceId());
        if (outcomes.isEmpty() || outcomes.containsValue("")) {
            return;
        }
        for (BriefingStore.Stored round : env.briefings().list(job.getInstanceId())) {
            String failure = outcomes.get(round.roundId());
            if (failure != null) {
                RenderException e = new RenderException(failure);
                PartitionFailures.note(job.getExecutionId(), step.getStepName(), e); // the step's exit status says it
                throw e;
            }
        }
    }
}
