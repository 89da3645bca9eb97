package org.parley.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;

/**
 * Locality-sensitive hashing over MinHash signatures: 40 bands of 3 positions. Two signatures
 * become candidates when one whole band agrees, which for Jaccard similarity 0.5 happens with
 * probability 0.995, for 0.4 with 0.93 and for 0.1 with 0.04; candidates are then checked exactly,
 * so only near pairs are ever compared, never all pairs. A bucket keeps its first
 * {@value #BUCKET_LIMIT} members: more than that share a band only when they are copies of one
 * story, and a new copy compared with the first of them finds its group all the same.
 */
final class LshIndex {

    static final int BANDS = 40;
    static final int ROWS = 3;
    static final int BUCKET_LIMIT = 64;

    private final Map<Long, List<Integer>> buckets = new HashMap<>();
    private int size;

    /** Adds the next signature (its index is the count so far) and returns the earlier candidates, sorted. */
    int[] add(MinHash.Signature s) {
        Set<Integer> candidates = new HashSet<>();
        int index = size++;
        for (int b = 0; b < BANDS; b++) {
            long key = ((long) b << 32) | (s.band(b, ROWS) & 0xffffffffL);
            List<Integer> bucket = buckets.computeIfAbsent(key, k -> new ArrayList<>(1));
            candidates.addAll(bucket);
            if (bucket.size() < BUCKET_LIMIT) {
                bucket.add(index);
            }
        }
        return candidates.stream().mapToInt(Integer::intValue).sorted().toArray();
    }
}
