package org.parley.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;

import org.parley.article.ArticleSet;
import org.parley.article.SetContents;
import org.parley.store.InputStore;

/**
 * Before every execution of a run: the first records what its article set holds (names, sizes,
 * digests); a restart compares the set with that record and fails at once, saying what changed,
 * when it is not the same input, rather than resume where a checkpoint points into other entries.
 */
public class ArticleSetJobListener extends AbstractJobListener {

    @Inject
    JobContext job;

    @Inject
    @BatchProperty(name = "articles")
    String articles;

    @Override
    public void beforeJob() throws Exception {
        if (articles == null || articles.isBlank()) {
            return; // the first step names the missing parameter
        }
        Optional<String> changed = check(job.getInstanceId(), articles, true);
        if (changed.isPresent()) {
            job.setExitStatus(changed.get());
            throw new IllegalStateException(changed.get());
        }
    }

    /**
     * Why a run cannot be resumed on its article set as it is now (what changed since its first
     * execution read it), or empty when it can; {@code record} records the set of a run that has none.
     */
    public static Optional<String> check(long run, String articles, boolean record) throws IOException {
        InputStore inputs = JobEnvironment.current().inputs();
        List<SetContents.Entry> recorded = inputs.recorded(run);
        if (recorded.isEmpty() && !record) {
            return Optional.empty();
        }
        List<SetContents.Entry> now = SetContents.of(ArticleSet.list(Path.of(articles)));
        if (recorded.isEmpty()) {
            inputs.record(run, now);
            return Optional.empty();
        }
        return SetContents.changes(recorded, now).map(changes -> "The article set " + articles
                + " changed since this run first read it (" + changes + "), so it cannot be resumed: start a new run "
                + "on the set as it is now");
    }
}
