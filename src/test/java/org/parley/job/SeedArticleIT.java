package org.parley.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.batch.runtime.BatchStatus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parley.extraction.ArticleAttributions;
import org.parley.extraction.Attribution;
import org.parley.launch.JobParameters;
import org.parley.launch.Jobs;
import org.parley.launch.TestHome;
import org.parley.store.StatementStore;

/** The article that started Parley, where the shared folder has it: its four officials and their parties. */
class SeedArticleIT {

    @TempDir
    Path out;

    @Test
    void findsTheFourOfficialsWithTheirParties() throws Exception {
        Path seed = Path.of(System.getProperty("parley.shared", "../shared")).resolve("seed");
        assumeTrue(Files.isDirectory(seed), "no seed article folder at " + seed);
        long execution = TestHome.runToEnd(new JobParameters(seed, out, List.of("pdf"), "briefing", null, null),
                Duration.ofMinutes(3));
        assertEquals(BatchStatus.COMPLETED, new Jobs().execution(execution).getBatchStatus());
        long run = new Jobs().instanceOf(execution);
        var db = TestHome.get().database();
        Map<String, String> partyOf = new TreeMap<>();
        for (ArticleAttributions a : new StatementStore(db).load(run)) {
            for (Attribution s : a.attributions()) {
                if (s.speaker() != null) {
                    partyOf.merge(s.speaker(), String.valueOf(s.party()), (x, y) -> x.equals(y) ? x : x + "|" + y);
                }
            }
        }
        assertEquals("NATO", partyOf.get("Jens Stoltenberg"), partyOf.toString());
        assertEquals("Russia", partyOf.get("Alexander Grushko"), partyOf.toString());
        assertEquals("Russia", partyOf.get("Alexander Fomin"), partyOf.toString());
        assertEquals("United States", partyOf.get("Wendy Sherman"), partyOf.toString());
    }
}
