package org.parley.job;

import java.util.function.Consumer;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;

import org.parley.briefing.Briefing;
import org.parley.config.TemplateFolder;
import org.parley.render.BriefingRenderer;
import org.parley.render.Format;
import org.parley.render.StagingFolder;
import org.parley.render.TemplateEngine;

/** Renders one round's briefing to its files in memory; a round whose content cannot be rendered is passed on with why. */
public class BriefingItemProcessor implements ItemProcessor {

    /**
     * Told of each round about to be rendered, for tests: what it throws fails the partition, as a
     * crash or a full disk would.
     */
    static volatile Consumer<String> beforeRendering = round -> {
    };

    @Inject
    JobContext job;

    @Inject
    @BatchProperty(name = "output")
    String output;

    @Inject
    @BatchProperty(name = "template")
    String template;

    @Inject
    @BatchProperty(name = "formats")
    String formats;

    private BriefingRenderer renderer;
    private StagingFolder staging;

    @Override
    public Object processItem(Object item) {
        JobEnvironment env = JobEnvironment.current();
        if (renderer == null) {
            renderer = new BriefingRenderer(new TemplateEngine(TemplateFolder.resolve()), env.home().fonts());
            staging = new StagingFolder(env.output(output), job.getInstanceId(), template, Format.parse(formats));
        }
        Briefing briefing = (Briefing) item;
        beforeRendering.accept(briefing.roundId());
        return staging.render(renderer, briefing);
    }
}
