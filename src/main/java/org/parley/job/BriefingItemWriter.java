package org.parley.job;

import java.util.List;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;

import org.parley.render.Format;
import org.parley.render.StagingFolder;

/**
 * Places each rendered round's files in the run's staging folder, then records the round as finished
 * (rendered, or failed with why), and shows how many of the run's rounds are finished on any JVM.
 * Placing again what a killed try placed gives the same files, so a round is never half there.
 */
public class BriefingItemWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    @BatchProperty(name = "output")
    String output;

    @Inject
    @BatchProperty(name = "template")
    String template;

    @Inject
    @BatchProperty(name = "formats")
    String formats;

    /** The rounds of all the step's partitions. */
    @Inject
    @BatchProperty(name = "total")
    String total;

    @Override
    public void writeItems(List<Object> items) {
        JobEnvironment env = JobEnvironment.current();
        long run = job.getInstanceId();
        StagingFolder staging = new StagingFolder(env.output(output), run, template, Format.parse(formats));
        for (Object item : items) {
            StagingFolder.Rendering rendering = (StagingFolder.Rendering) item;
            staging.place(rendering);
            env.renders().record(run, rendering.roundId(), rendering.failure());
        }
        int rounds = Integer.parseInt(total);
        env.progress().advance(job.getExecutionId(), step.getStepName(), Math.min(rounds, env.renders().count(run)),
                rounds);
    }
}
