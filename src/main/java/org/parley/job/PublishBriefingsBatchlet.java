package org.parley.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.parley.briefing.RunSummary;
import org.parley.config.TemplateFolder;
import org.parley.render.BriefingRenderer;
import org.parley.render.Format;
import org.parley.render.ManifestJson;
import org.parley.render.RunPublisher;
import org.parley.render.StagingFolder;
import org.parley.render.TemplateEngine;

/**
 * Publishes what the render partitions placed in the run's staging folder: the run folder,
 * {@code latest/} and the manifest, listing the rounds that could not be rendered with why. A stop
 * asked before it publishes makes it publish nothing (the staging folder waits for the restart);
 * once it publishes, it finishes ({@link PublishGate}).
 */
public class PublishBriefingsBatchlet extends AbstractBatchlet {

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
        long execution = job.getExecutionId();
        env.progress().advance(execution, step.getStepName(), 0, 1);
        RoundSelection selection = RoundSelection.of(env, run, newArticles);
        Map<String, String> failures = new HashMap<>();
        env.renders().outcomes(run).forEach((round, failure) -> {
            if (!failure.isEmpty()) {
                failures.put(round, failure);
            }
        });
        // the summary's statement lists can be most of a large run's data: read past here, copied into the manifest
        RunSummary summary = env.briefings().summary(run, ManifestJson::readLightSummary);
        Path folder = env.output(output);
        BriefingRenderer renderer = new BriefingRenderer(new TemplateEngine(TemplateFolder.resolve()), env.home().fonts());
        RunPublisher publisher = new RunPublisher(folder, renderer, template, Format.parse(formats));
        StagingFolder staging = new StagingFolder(folder, run, template, Format.parse(formats));
        try {
            boolean published = publisher.publishStaged(staging, execution, run, parameters(), selection.rendered(),
                    failures, summary, g -> env.briefings().summary(run, json -> copy(json, g)), env.skips().list(run),
                    selection.note(), new RunPublisher.Job() {
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
                        public List<Long> earlierExecutions() {
                            JobOperator operator = BatchRuntime.getJobOperator();
                            return operator.getJobExecutions(operator.getJobInstance(execution)).stream()
                                    .map(JobExecution::getExecutionId).toList();
                        }
                    }).isPresent();
            env.progress().advance(execution, step.getStepName(), 1, 1);
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
