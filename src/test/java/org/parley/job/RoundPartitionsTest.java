package org.parley.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.IntStream;

import jakarta.batch.api.partition.PartitionPlan;

import org.junit.jupiter.api.Test;

/** The render step's partitions: one per round, at most 16, of consecutive rounds in round order. */
class RoundPartitionsTest {

    @Test
    void eachRoundIsAPartitionOfItsOwn() {
        PartitionPlan plan = RoundPartitionMapper.plan(List.of("a", "b", "c"));
        assertEquals(3, plan.getPartitions());
        assertEquals(List.of("a", "b", "c"), rounds(plan));
        assertEquals("1", plan.getPartitionProperties()[1].getProperty("partition"));
        assertEquals("3", plan.getPartitionProperties()[2].getProperty("total"));
    }

    @Test
    void manyRoundsAreSharedOutOverSixteenPartitionsInOrder() {
        List<String> ids = IntStream.range(0, 40).mapToObj(i -> "round-" + i).toList();
        PartitionPlan plan = RoundPartitionMapper.plan(ids);
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
    void aRunWithoutRoundsHasOneEmptyPartition() {
        PartitionPlan plan = RoundPartitionMapper.plan(List.of());
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
