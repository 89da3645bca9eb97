package org.parley.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.parley.store.Database;
import org.parley.store.ProgressStore;

/** How the extraction is split into partitions, and how their progress adds up to the step's. */
class ArticlePartitionsTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Test
    void partitionsFollowFromTheNumberOfArticlesAlone() {
        assertEquals(1, ArticlePartitionMapper.count(0, ""));
        assertEquals(1, ArticlePartitionMapper.count(13, ""));
        assertEquals(1, ArticlePartitionMapper.count(250, null));
        assertEquals(2, ArticlePartitionMapper.count(251, null));
        assertEquals(3, ArticlePartitionMapper.count(600, ""));
        assertEquals(16, ArticlePartitionMapper.count(9446, ""), "at most 16, however large the set");
        assertEquals(4, ArticlePartitionMapper.count(13, "4"), "the job parameter wins");
        assertEquals(13, ArticlePartitionMapper.count(13, "20"), "never more partitions than articles");
    }

    @Test
    void partitionsShareOutEveryArticleOnceInSetOrder() {
        for (int articles : new int[] {1, 13, 600, 9446}) {
            for (int n = 1; n <= Math.min(articles, 16); n++) {
                int covered = 0;
                for (int i = 0; i < n; i++) {
                    int from = ArticlePartitionMapper.bound(articles, n, i);
                    int to = ArticlePartitionMapper.bound(articles, n, i + 1);
                    assertEquals(covered, from, "partition " + i + " of " + n + " starts where the one before ended");
                    assertTrue(to - from >= articles / n && to - from <= articles / n + 1, "even shares");
                    covered = to;
                }
                assertEquals(articles, covered);
            }
        }
    }

    @Test
    void aPartitionedStepCountsItsPartitionsSumsAndEndsWithTheStep() {
        Database db = Database.open("jdbc:derby:memory:partitions-test-" + DATABASES.incrementAndGet());
        RunProgress progress = new RunProgress(new ProgressStore(db), Clock.systemUTC());
        progress.update(7, "extractStatements", 0, 0, 0, false);
        progress.expectPartitioned(7, "extractStatements", 30);
        progress.update(7, "extractStatements", 0, 10, 10, 0);
        progress.update(7, "extractStatements", 1, 10, 9, 1);
        progress.update(7, "extractStatements", 0, 15, 15, 0);
        StepProgress running = only(progress.of(7));
        assertEquals(new StepProgress("extractStatements", 30, 25, 24, 1, false), running);
        // the whole step's own report (jbatch counts nothing there) ends it with the partitions' sums
        StepProgress ended = progress.update(7, "extractStatements", 0, 0, 0, true);
        assertEquals(new StepProgress("extractStatements", 30, 25, 24, 1, true), ended);
        assertEquals(ended, only(new RunProgress(new ProgressStore(db), Clock.systemUTC()).of(7)),
                "another process reads the same counts from the tables");
    }

    private static StepProgress only(List<StepProgress> steps) {
        assertEquals(1, steps.size(), steps.toString());
        return steps.get(0);
    }
}
