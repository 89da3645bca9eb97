package org.parley.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.IntStream;

import jakarta.batch.api.partition.PartitionPlan;

import org.junit.jupiter.api.Test;

/** The render step's partitions: one per round, at most 16 (or the renderPartitions parameter), of consecutive rounds in round order. */
class RoundPartitionsTest {

    @Test
    void eachRoundIsAPartitionOfItsOwn() {
        PartitionPlan plan = RoundPartitionMapper.plan(List.of("a", "b", "c"), RoundPartitionMapper.MAX_PARTITIONS);
        assertEquals(3, plan.getPartitions());
        assertEquals(List.of("a", "b", "c"), rounds(plan));
        assertEquals("1", plan.getPartitionProperties()[1].getProperty("partition"));
        assertEquals("3", plan.getPartitionProperties()[2].getProperty("total"));
    }

    @Test
    void manyRoundsAreSharedOutOverSixteenPartitionsInOrder() {
        List<String> ids = IntStream.range(0, 40).mapToObj(i -> "round-" + i).toList();
        PartitionPlan plan = RoundPartitionMapper.plan(ids, RoundPartitionMapper.most(null));
        assertEquals(16, plan.getPartitions());
        List<String> all = new ArrayList<>();
        for (Properties p : plan.getPartitionProperties()) {
            List<String> part = List.of(p.getProperty("rounds").split("\n"));
            assertEquals(true, part.size() == 2 || part.size() == 3, part.toString());
            all.addAll(part);
        }
        assertEquals(ids, all);
    }

    @Test
    void theParameterSetsTheMostPartitionsAndRoundsAreGroupedUnderIt() {
        List<String> ids = IntStream.range(0, 7).mapToObj(i -> "round-" + i).toList();

        PartitionPlan plan = RoundPartitionMapper.plan(ids, RoundPartitionMapper.most(" 3 "));

        assertEquals(3, plan.getPartitions());
        assertEquals(List.of("round-0\nround-1", "round-2\nround-3", "round-4\nround-5\nround-6"), rounds(plan));
        assertEquals("7", plan.getPartitionProperties()[2].getProperty("total"));
        assertEquals(Math.min(3, Runtime.getRuntime().availableProcessors()), plan.getThreads());
    }

    @Test
    void moreThanSixteenPartitionsWhenTheParameterAsksAndNeverMoreThanRounds() {
        List<String> forty = IntStream.range(0, 40).mapToObj(i -> "round-" + i).toList();
        assertEquals(32, RoundPartitionMapper.plan(forty, RoundPartitionMapper.most("32")).getPartitions());
        assertEquals(40, RoundPartitionMapper.plan(forty, RoundPartitionMapper.most("64")).getPartitions());
        assertEquals(2, RoundPartitionMapper.plan(List.of("a", "b"), RoundPartitionMapper.most("64")).getPartitions());
        assertEquals(1, RoundPartitionMapper.plan(forty, RoundPartitionMapper.most("1")).getPartitions());
    }

    @Test
    void aParameterTheLauncherWouldRefuseFailsNamingIt() {
        for (String bad : List.of("0", "65", "two", "-1")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RoundPartitionMapper.most(bad));
            assertEquals("renderPartitions must be 1 to 64, not '" + bad + "'", e.getMessage());
        }
    }

    @Test
    void aRunWithoutRoundsHasOneEmptyPartition() {
        PartitionPlan plan = RoundPartitionMapper.plan(List.of(), RoundPartitionMapper.most(""));
        assertEquals(1, plan.getPartitions());
        assertEquals("", plan.getPartitionProperties()[0].getProperty("rounds"));
        assertEquals("0", plan.getPartitionProperties()[0].getProperty("total"));
    }

    private static List<String> rounds(PartitionPlan plan) {
        List<String> rounds = new ArrayList<>();
        for (Properties p : plan.getPartitionProperties()) {
            rounds.add(p.getProperty("rounds"));
        }
        return rounds;
    }
}
