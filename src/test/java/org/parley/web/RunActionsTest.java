package org.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The options of a run the API starts: a bad one is refused naming it, before anything is staged. */
class RunActionsTest {

    @Test
    void theRenderPartitionsOfANewRunAreAWholeNumberFromOneToSixtyFour() {
        assertEquals(new RunControl.RunOptions(List.of("pdf"), "briefing", null, 8),
                RunActions.options("pdf", null, null, " 8 "));
        assertEquals(null, RunActions.options(null, null, null, "").renderPartitions(), "none: the job's default");
        assertEquals(null, RunActions.options(null, null).renderPartitions());
        for (String bad : List.of("0", "65", "eight", "-3", "1.5")) {
            assertEquals("renderPartitions must be 1 to 64, not '" + bad + "'", assertThrows(IllegalArgumentException.class,
                    () -> RunActions.options(null, null, null, bad)).getMessage());
        }
    }

    @Test
    void thePartitionsOfANewRunAreAWholeNumberFromOneToSixtyFour() {
        assertEquals(new RunControl.RunOptions(List.of("pdf", "docx"), "briefing", 4, null),
                RunActions.options(null, null, " 4 ", null));
        assertEquals(new RunControl.RunOptions(List.of("docx"), "summary", 64, 2),
                RunActions.options("docx", "summary", "64", "2"));
        assertEquals(null, RunActions.options(null, null, "", null).partitions(), "none: one per 250 articles");
        assertEquals(null, RunActions.options(null, null).partitions());
        for (String bad : List.of("0", "65", "four", "-1", "2.5")) {
            assertEquals("partitions must be 1 to 64, not '" + bad + "'", assertThrows(IllegalArgumentException.class,
                    () -> RunActions.options(null, null, bad, "8")).getMessage());
        }
    }
}
