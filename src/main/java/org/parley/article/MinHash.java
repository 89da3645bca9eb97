package org.parley.article;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * MinHash signatures of shingle sets, with fixed seeds so that a signature stored today compares
 * with one made next year. Two signatures estimate the Jaccard similarity of their sets as the
 * share of positions where they agree.
 */
public final class MinHash {

    /** Positions in a signature: 40 LSH bands of 3 rows (see {@link NearDuplicates}). */
    public static final int SIZE = 120;
    private static final byte FORMAT_VERSION = 1;
    private static final long[] SEEDS = seeds();

    private MinHash() {
    }

    /**
     * A compact signature: how many shingles the text had, and the minimum of each hash function.
     * {@link #toBytes()} gives the 485-byte form a database column keeps.
     *
     * @param shingles the number of distinct shingles, which turns a Jaccard estimate into containment
     * @param mins     the top 32 bits of each function's minimum, {@link #SIZE} of them
     */
    public record Signature(int shingles, int[] mins) {

        public Signature {
            if (mins.length != SIZE) {
                throw new IllegalArgumentException("a signature has " + SIZE + " positions, not " + mins.length);
            }
            mins = mins.clone();
        }

        @Override
        public int[] mins() {
            return mins.clone();
        }

        /** The estimated Jaccard similarity of the two shingle sets. */
        public double jaccard(Signature other) {
            if (shingles == 0 || other.shingles == 0) {
                return 0;
            }
            int same = 0;
            for (int i = 0; i < SIZE; i++) {
                same += mins[i] == other.mins[i] ? 1 : 0;
            }
            return same / (double) SIZE;
        }

        /** The estimated share of the smaller set that is also in the larger one. */
        public double containment(Signature other) {
            double j = jaccard(other);
            int smaller = Math.min(shingles, other.shingles);
            return smaller == 0 ? 0 : Math.min(1, j * (shingles + other.shingles) / (1 + j) / smaller);
        }

        int band(int band, int rows) {
            return Arrays.hashCode(Arrays.copyOfRange(mins, band * rows, band * rows + rows));
        }

        /** A version byte, the shingle count and the positions, big-endian. */
        public byte[] toBytes() {
            ByteBuffer b = ByteBuffer.allocate(1 + 4 + 4 * SIZE).put(FORMAT_VERSION).putInt(shingles);
            for (int m : mins) {
                b.putInt(m);
            }
            return b.array();
        }

        /** Reads {@link #toBytes()}; fails on bytes of another length or version. */
        public static Signature fromBytes(byte[] bytes) {
            if (bytes.length != 1 + 4 + 4 * SIZE || bytes[0] != FORMAT_VERSION) {
                throw new IllegalArgumentException("not a version " + FORMAT_VERSION + " MinHash signature ("
                        + bytes.length + " bytes)");
            }
            ByteBuffer b = ByteBuffer.wrap(bytes, 1, bytes.length - 1);
            int shingles = b.getInt();
            int[] mins = new int[SIZE];
            for (int i = 0; i < SIZE; i++) {
                mins[i] = b.getInt();
            }
            return new Signature(shingles, mins);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Signature s && s.shingles == shingles && Arrays.equals(s.mins, mins);
        }

        @Override
        public int hashCode() {
            return 31 * shingles + Arrays.hashCode(mins);
        }

        @Override
        public String toString() {
            return "Signature[" + shingles + " shingles]";
        }
    }

    /** The signature of a set of shingle hashes. */
    public static Signature of(long[] shingles) {
        long[] min = new long[SIZE];
        Arrays.fill(min, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int i = 0; i < SIZE; i++) {
                long h = mix(s ^ SEEDS[i]) >>> 1;
                if (h < min[i]) {
                    min[i] = h;
                }
            }
        }
        int[] mins = new int[SIZE];
        for (int i = 0; i < SIZE; i++) {
            mins[i] = (int) (min[i] >>> 31);
        }
        return new Signature(shingles.length, mins);
    }

    /** The SplitMix64 finaliser: a fast 64-bit hash with good avalanche. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] seeds = new long[SIZE];
        long state = 0x5eed_9a71_e7L;
        for (int i = 0; i < SIZE; i++) {
            state += 0x9e3779b97f4a7c15L;
            seeds[i] = mix(state);
        }
        return seeds;
    }
}
