package org.parley.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds syndicated copies: exact and near-duplicate articles, from MinHash signatures of their
 * bodies' 4-word shingles, with LSH banding so a run of thousands compares only near pairs.
 *
 * <p>Two articles are the same story when the estimated Jaccard similarity of their shingles is at
 * least {@value #SAME_STORY_JACCARD}, or when at least {@value #SAME_STORY_CONTAINMENT} of the
 * shorter one's shingles are in the longer (a shortened reprint), the shorter having at least
 * {@value #MIN_SHINGLES_FOR_CONTAINMENT} shingles. A reprint with a new headline and dateline and a
 * few edited sentences scores about 0.6 to 0.9; two stories on the same talks score under 0.1.
 * Copies are grouped transitively. Use it over a whole run ({@link #cluster(List)}) or
 * incrementally: {@link #add} each article (or a stored {@link MinHash.Signature}) as it comes, then
 * ask {@link #groups()}.
 */
public final class NearDuplicates {

    /** Words per shingle. */
    public static final int WORDS_PER_SHINGLE = 4;
    /** Estimated Jaccard similarity from which two articles are one story. */
    public static final double SAME_STORY_JACCARD = 0.5;
    /** Estimated containment of the shorter article from which it is a cut of the longer. */
    public static final double SAME_STORY_CONTAINMENT = 0.8;
    /** Fewer shingles than this and containment is not trusted. */
    public static final int MIN_SHINGLES_FOR_CONTAINMENT = 30;

    /** One added article, as much as grouping needs. */
    private record Entry(String doc, LocalDate date, String outlet, MinHash.Signature signature) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Integer> byDoc = new HashMap<>();
    private final LshIndex index = new LshIndex();
    private final UnionFind sets = new UnionFind();

    /** The groups of a whole run's articles, one per story, copies or not. */
    public static List<DuplicateGroup> cluster(List<Article> articles) {
        NearDuplicates duplicates = new NearDuplicates();
        articles.forEach(duplicates::add);
        return duplicates.groups();
    }

    /** The signature of an article's body, for {@link #add(String, LocalDate, String, MinHash.Signature)}. */
    public static MinHash.Signature signature(Article article) {
        return MinHash.of(Shingles.words(article.body(), WORDS_PER_SHINGLE));
    }

    /** Adds an article; adding a doc again changes nothing. */
    public void add(Article article) {
        if (!byDoc.containsKey(article.doc())) {
            add(article.doc(), article.date(), article.outlet(), signature(article));
        }
    }

    /** Adds an article by its stored signature; adding a doc again changes nothing. */
    public void add(String doc, LocalDate date, String outlet, MinHash.Signature signature) {
        if (byDoc.containsKey(doc)) {
            return;
        }
        int i = sets.add();
        entries.add(new Entry(doc, date, outlet, signature));
        byDoc.put(doc, i);
        for (int j : index.add(signature)) {
            if (sets.find(i) != sets.find(j) && sameStory(signature, entries.get(j).signature())) {
                sets.union(i, j);
            }
        }
    }

    /** True when the two signatures are of the same story, by the thresholds above. */
    public static boolean sameStory(MinHash.Signature a, MinHash.Signature b) {
        return a.jaccard(b) >= SAME_STORY_JACCARD
                || Math.min(a.shingles(), b.shingles()) >= MIN_SHINGLES_FOR_CONTAINMENT
                && a.containment(b) >= SAME_STORY_CONTAINMENT;
    }

    /** Every story so far, each with its copies, ordered by canonical copy. */
    public List<DuplicateGroup> groups() {
        Map<Integer, List<Entry>> byRoot = new TreeMap<>();
        for (int i = 0; i < entries.size(); i++) {
            byRoot.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(entries.get(i));
        }
        List<DuplicateGroup> groups = new ArrayList<>();
        for (List<Entry> members : byRoot.values()) {
            groups.add(group(members));
        }
        groups.sort(Comparator.comparing((DuplicateGroup g) -> entries.get(byDoc.get(g.canonical())), EARLIEST));
        return groups;
    }

    /** The story a doc belongs to, if it was added. */
    public Optional<DuplicateGroup> groupOf(String doc) {
        Integer i = byDoc.get(doc);
        if (i == null) {
            return Optional.empty();
        }
        int root = sets.find(i);
        List<Entry> members = new ArrayList<>();
        for (int j = 0; j < entries.size(); j++) {
            if (sets.find(j) == root) {
                members.add(entries.get(j));
            }
        }
        return Optional.of(group(members));
    }

    private static DuplicateGroup group(List<Entry> members) {
        List<Entry> sorted = new ArrayList<>(members);
        sorted.sort(EARLIEST);
        Set<String> outlets = new LinkedHashSet<>();
        sorted.forEach(e -> outlets.add(e.outlet() != null ? e.outlet() : e.doc()));
        return new DuplicateGroup(sorted.get(0).doc(), sorted.stream().map(Entry::doc).toList(), List.copyOf(outlets));
    }

    /** Earliest date first, undated last, then by doc name so that ties are the same in every run. */
    private static final Comparator<Entry> EARLIEST = Comparator
            .comparing(Entry::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Entry::doc);
}
