package org.parley.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.store.Database;
import org.parley.store.ProgressStore;

/** A batchlet's own count of its work (rounds rendered) as its step's progress. */
class RunProgressTest {

    @Test
    void aBatchletsRoundsAreItsProgressAndItsListenerDoesNotResetThem() {
        Database db = Database.open("jdbc:derby:memory:run-progress-test");
        RunProgress progress = new RunProgress(new ProgressStore(db), Clock.systemUTC());
        // given the step listener's report at the start (a batchlet has no metrics: zeros)
        progress.update(9, "renderBriefings", 0, 0, 0, false);
        // when the batchlet renders two of its three rounds
        progress.advance(9, "renderBriefings", 0, 3);
        progress.advance(9, "renderBriefings", 2, 3);
        // then
        assertEquals(new StepProgress("renderBriefings", 3, 2, 0, 0, false), only(progress.of(9)));
        StepProgress ended = progress.update(9, "renderBriefings", 0, 0, 0, true);
        assertEquals(new StepProgress("renderBriefings", 3, 2, 0, 0, true), ended,
                "the listener's end keeps the batchlet's count");
        assertEquals(ended, only(new RunProgress(new ProgressStore(db), Clock.systemUTC()).of(9)),
                "another process reads the same from the tables");
    }

    @Test
    void aPartitionedRendersRoundsFinishedOnAnyJvmAreItsProgress() {
        Database db = Database.open("jdbc:derby:memory:run-progress-test");
        RunProgress mapperJvm = new RunProgress(new ProgressStore(db), Clock.systemUTC());
        RunProgress partitionJvm = new RunProgress(new ProgressStore(db), Clock.systemUTC());
        // given the mapper's count of the rounds an earlier try finished
        mapperJvm.advance(10, "renderBriefings", 1, 4);
        // when partitions on another JVM finish rounds, reporting out of order, and their listeners report chunks
        partitionJvm.advance(10, "renderBriefings", 3, 4);
        partitionJvm.advance(10, "renderBriefings", 2, 4);
        partitionJvm.update(10, "renderBriefings", 0, 1, 1, 0);
        // then the count never goes back, and the step's end where it was planned keeps the table's
        assertEquals(new StepProgress("renderBriefings", 4, 3, 0, 0, false), only(partitionJvm.of(10)));
        assertEquals(new StepProgress("renderBriefings", 4, 3, 0, 0, true),
                mapperJvm.update(10, "renderBriefings", 0, 0, 0, true));
    }

    private static StepProgress only(List<StepProgress> steps) {
        assertEquals(1, steps.size(), steps.toString());
        return steps.get(0);
    }
}
