package org.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.ToLongFunction;

import org.junit.jupiter.api.Test;

class PagingTest {

    private static final List<Long> RUNS = List.of(90L, 71L, 70L, 12L, 3L);
    private static final ToLongFunction<Long> ID = Long::longValue;

    @Test
    void aLimitIsTheDefaultWhenAbsentAndTheMaximumWhenLarger() {
        assertEquals(20, Paging.limit(null, 20, 500));
        assertEquals(20, Paging.limit("", 20, 500));
        assertEquals(1, Paging.limit("1", 20, 500));
        assertEquals(500, Paging.limit("500", 20, 500));
        assertEquals(500, Paging.limit("999999999", 20, 500));
    }

    @Test
    void aLimitThatIsNotAWholeNumberFromOneUpIsRefusedByName() {
        for (String bad : List.of("abc", "0", "-5", "2.5", "1e3", " 7", "1234567890")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Paging.limit(bad, 20, 500));
            assertEquals("limit must be a whole number of 1 or more (more than 500 is read as 500), not '" + bad + "'",
                    e.getMessage());
        }
    }

    @Test
    void beforeIsAnExecutionIdOrTheFirstPage() {
        assertEquals(Long.MAX_VALUE, Paging.before(null));
        assertEquals(71, Paging.before("71"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Paging.before("yesterday"));
        assertEquals("before must be an execution id, not 'yesterday'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Paging.before("1234567890123456789"));
    }

    @Test
    void pagesFollowEachOtherWithoutGapOrOverlapUntilTheLast() {
        Paging.Page<Long> first = Paging.page(RUNS, ID, Long.MAX_VALUE, 2);
        assertEquals(List.of(90L, 71L), first.items());
        assertEquals(71L, first.next());

        Paging.Page<Long> second = Paging.page(RUNS, ID, first.next(), 2);
        assertEquals(List.of(70L, 12L), second.items());
        assertEquals(12L, second.next());

        Paging.Page<Long> last = Paging.page(RUNS, ID, second.next(), 2);
        assertEquals(List.of(3L), last.items());
        assertNull(last.next());
    }

    @Test
    void aFullLastPageHasNoNextAndAnIdNotListedStillPages() {
        assertNull(Paging.page(RUNS, ID, Long.MAX_VALUE, 5).next());
        assertEquals(List.of(70L, 12L, 3L), Paging.page(RUNS, ID, 71, 20).items());
        assertEquals(List.of(12L), Paging.page(RUNS, ID, 50, 1).items(), "the id before need not be listed: a run pruned meanwhile");
        assertEquals(List.of(), Paging.page(RUNS, ID, 3, 20).items());
    }
}
