package org.parley.job;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;

import org.parley.briefing.Briefing;
import org.parley.briefing.BriefingJson;
import org.parley.render.Format;
import org.parley.render.StagingFolder;

/**
 * Reads a render partition's briefings from the database, less the rounds an earlier try of the run
 * rendered into its staging folder; its checkpoint is the index of the next round.
 */
public class BriefingItemReader extends AbstractItemReader {

    @Inject
    JobContext job;

    /** The partition's round ids, one a line ({@link RoundPartitionMapper}). */
    @Inject
    @BatchProperty(name = "rounds")
    String rounds;

    @Inject
    @BatchProperty(name = "output")
    String output;

    @Inject
    @BatchProperty(name = "template")
    String template;

    @Inject
    @BatchProperty(name = "formats")
    String formats;

    private List<String> ids;
    private int next;
    private Map<String, String> outcomes;
    private StagingFolder staging;

    @Override
    public void open(Serializable checkpoint) {
        JobEnvironment env = JobEnvironment.current();
        // an empty plan value may reach here unresolved, as its expression
        ids = rounds == null || rounds.isBlank() || rounds.startsWith("#{") ? List.of() : List.of(rounds.split("\n"));
        outcomes = env.renders().outcomes(job.getInstanceId());
        staging = new StagingFolder(env.output(output), job.getInstanceId(), template, Format.parse(formats));
        next = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    @Override
    public Object readItem() {
        while (next < ids.size() && "".equals(outcomes.get(ids.get(next))) && staging.holds(ids.get(next))) {
            next++;
        }
        if (next >= ids.size()) {
            return null;
        }
        String round = ids.get(next++);
        String model = JobEnvironment.current().briefings().model(job.getInstanceId(), round);
        if (model == null) {
            throw new IllegalStateException("run " + job.getInstanceId() + " has no briefing of round " + round
                    + " to render: its briefings were assembled again since its partitions were planned");
        }
        return BriefingJson.read(model, Briefing.class);
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
