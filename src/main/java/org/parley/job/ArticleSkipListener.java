package org.parley.job;

import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;

import org.parley.article.ArticleRejectedException;
import org.parley.store.SkipStore;

/** Records each skipped article with its reason, for the manifest and the run summary. */
public class ArticleSkipListener implements SkipProcessListener {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Override
    public void onSkipProcessItem(Object item, Exception e) {
        ArticleRejectedException rejected = (ArticleRejectedException) e;
        JobEnvironment.current().skips().record(job.getInstanceId(),
                new SkipStore.Skipped(rejected.doc(), step.getStepName(), rejected.reason()));
    }
}
