package org.parley.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;

import org.parley.article.PassedOver;
import org.parley.briefing.Briefing;
import org.parley.briefing.BriefingJson;
import org.parley.briefing.RunSummary;
import org.parley.config.TemplateFolder;
import org.parley.render.BriefingRenderer;
import org.parley.render.Format;
import org.parley.render.ManifestJson;
import org.parley.render.RunPublisher;
import org.parley.render.TemplateEngine;
import org.parley.store.BriefingStore;

/**
 * Renders the run's briefings and publishes the run folder, {@code latest/} and the manifest. A
 * nightly run names its new articles, and only the rounds they touch are rendered. A stop asked
 * while it renders publishes nothing; once it publishes, it finishes ({@link PublishGate}).
 */
public class RenderBriefingsBatchlet extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    @BatchProperty(name = "output")
    String output;

    @Inject
    @BatchProperty(name = "formats")
    String formats;

    @Inject
    @BatchProperty(name = "template")
    String template;

    @Inject
    @BatchProperty(name = "newArticles")
    String newArticles;

    @Inject
    @BatchProperty(name = "articles")
    String articles;

    @Override
    public String process() throws Exception {
        JobEnvironment env = JobEnvironment.current();
        long run = job.getInstanceId();
        List<Briefing> briefings = new ArrayList<>();
        for (BriefingStore.Stored stored : env.briefings().list(run)) {
            briefings.add(BriefingJson.read(stored.json(), Briefing.class));
        }
        // the summary's statement lists can be most of a large run's data: read past here, copied into the manifest
        RunSummary summary = env.briefings().summary(run, ManifestJson::readLightSummary);
        Path folder = output == null || output.isBlank() ? env.home().briefings() : Path.of(output);
        BriefingRenderer renderer = new BriefingRenderer(new TemplateEngine(TemplateFolder.resolve()), env.home().fonts());
        RunPublisher publisher = new RunPublisher(folder, renderer, template, Format.parse(formats));
        String note = null;
        if (newArticles != null && !newArticles.isBlank()) {
            Set<String> files = TouchedRounds.newFiles(Path.of(newArticles));
            List<Briefing> touched = TouchedRounds.of(briefings, files, env.articles().originals(run));
            if (touched.size() < briefings.size()) {
                note = "Only the " + touched.size() + " of " + briefings.size() + " rounds that the " + files.size()
                        + " new files touch were rendered; the others keep their files of earlier runs in latest/.";
                briefings = touched;
            }
        }
        long execution = job.getExecutionId();
        try {
            boolean published = publisher.publish(execution, run, parameters(), briefings, summary,
                    g -> env.briefings().summary(run, json -> copy(json, g)), env.skips().list(run), note,
                    new RunPublisher.Job() {
                        @Override
                        public boolean mayPublish() {
                            return PublishGate.beginPublishing(execution);
                        }

                        @Override
                        public List<PassedOver.Entry> passedOver() {
                            try {
                                return articles == null || articles.isBlank() ? List.of()
                                        : PassedOver.of(Path.of(articles));
                            } catch (IOException e) {
                                return List.of(new PassedOver.Entry(articles, "the set could not be listed again "
                                        + "for the files it holds that are no articles: " + e.getMessage()));
                            }
                        }

                        @Override
                        public void rendered(int done, int total) {
                            env.progress().advance(execution, step.getStepName(), done, total);
                        }

                        @Override
                        public List<Long> earlierExecutions() {
                            JobOperator operator = BatchRuntime.getJobOperator();
                            return operator.getJobExecutions(operator.getJobInstance(execution)).stream()
                                    .map(JobExecution::getExecutionId).toList();
                        }
                    }).isPresent();
            return published ? "COMPLETED" : "STOPPED";
        } finally {
            PublishGate.ended(execution);
        }
    }

    private static Void copy(java.io.Reader json, JsonGenerator g) throws IOException {
        try (JsonParser parser = g.getCodec().getFactory().createParser(json)) {
            parser.nextToken();
            g.copyCurrentStructure(parser);
        }
        return null;
    }

    private Map<String, String> parameters() {
        Map<String, String> params = new TreeMap<>();
        BatchRuntime.getJobOperator().getParameters(job.getExecutionId())
                .forEach((k, v) -> params.put(String.valueOf(k), String.valueOf(v)));
        return params;
    }
}
