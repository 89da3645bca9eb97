package org.parley.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Groups near-identical short texts, such as one statement as several outlets reported it, the
 * same way {@link NearDuplicates} groups articles: MinHash over 5-character shingles and LSH
 * banding. Two texts are one when their estimated Jaccard similarity is at least
 * {@value #SAME_TEXT_JACCARD}, or when {@value #SAME_TEXT_CONTAINMENT} of the shorter is in the
 * longer (a quote cut short). Texts under {@value #MIN_CHARS} normalised characters group only with
 * texts that normalise the same.
 */
public final class NearDuplicateTexts {

    /** Characters per shingle. */
    public static final int CHARS_PER_SHINGLE = 5;
    /** Estimated Jaccard similarity from which two texts are one. */
    public static final double SAME_TEXT_JACCARD = 0.6;
    /** Estimated containment of the shorter text from which it is a cut of the longer. */
    public static final double SAME_TEXT_CONTAINMENT = 0.9;
    /** Shorter texts than this must match exactly once normalised. */
    public static final int MIN_CHARS = 20;

    private NearDuplicateTexts() {
    }

    /**
     * The items grouped by near-identical text; groups in the order of their first item, items in
     * input order. Every item is in exactly one group.
     */
    public static <T> List<List<T>> group(List<T> items, Function<? super T, String> text) {
        LshIndex index = new LshIndex();
        UnionFind sets = new UnionFind();
        List<MinHash.Signature> signatures = new ArrayList<>();
        List<String> normalised = new ArrayList<>();
        for (T item : items) {
            String norm = Shingles.normalise(text.apply(item));
            MinHash.Signature s = MinHash.of(Shingles.chars(norm, CHARS_PER_SHINGLE));
            int i = sets.add();
            for (int j : index.add(s)) {
                if (sets.find(i) != sets.find(j) && same(norm, normalised.get(j), s, signatures.get(j))) {
                    sets.union(i, j);
                }
            }
            signatures.add(s);
            normalised.add(norm);
        }
        Map<Integer, List<T>> groups = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            groups.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(items.get(i));
        }
        return List.copyOf(groups.values());
    }

    private static boolean same(String a, String b, MinHash.Signature sa, MinHash.Signature sb) {
        if (a.length() < MIN_CHARS || b.length() < MIN_CHARS) {
            return a.equals(b);
        }
        return sa.jaccard(sb) >= SAME_TEXT_JACCARD || sa.containment(sb) >= SAME_TEXT_CONTAINMENT;
    }
}
