package org.parley.article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Finds the stories of a run: syndicated copies and cuts, merged into the article they copy, and
 * updated versions, kept as articles of their own. Two passes, so that a run of thousands compares
 * only near pairs: MinHash signatures of the bodies' 4-word shingles with LSH banding propose
 * candidate pairs, then {@link StoryVersions} decides each group of candidates from the texts,
 * paragraph by paragraph.
 *
 * <p>A pair is a candidate when LSH puts the two in one bucket and the estimated share of the
 * shorter one's shingles in the other is at least {@value #CANDIDATE_CONTAINMENT}, loose enough for
 * a cut with edits (the text check is exact and on 3-word shingles). Add every article of the run
 * ({@link #add}, from a stored {@link MinHash.Signature} or the article), then ask
 * {@link #stories(Function)}, which asks for the texts of one candidate group at a time.
 */
public final class NearDuplicates {

    /** Words per shingle of the signatures. */
    public static final int WORDS_PER_SHINGLE = 4;
    /** Estimated containment of the shorter article in the other from which a pair is compared by text. */
    public static final double CANDIDATE_CONTAINMENT = 0.4;
    /** Fewer shingles than this and a pair must be close in estimated Jaccard similarity instead. */
    public static final int MIN_SHINGLES_FOR_CONTAINMENT = 30;
    /** Estimated Jaccard similarity that makes a pair of short articles candidates. */
    public static final double CANDIDATE_JACCARD = 0.5;

    private final List<String> docs = new ArrayList<>();
    private final List<MinHash.Signature> signatures = new ArrayList<>();
    private final Map<String, Integer> byDoc = new HashMap<>();
    private final List<int[]> pairs = new ArrayList<>();
    private final LshIndex index = new LshIndex();
    private final UnionFind groups = new UnionFind();

    /** The stories of a whole run's articles, one per story, copies or not. */
    public static List<Story> cluster(List<Article> articles) {
        NearDuplicates duplicates = new NearDuplicates();
        Map<String, Article> byDoc = new HashMap<>();
        for (Article a : articles) {
            duplicates.add(a);
            byDoc.putIfAbsent(a.doc(), a);
        }
        return duplicates.stories(docs -> docs.stream().map(byDoc::get).toList());
    }

    /** The signature of an article's body, for {@link #add(String, MinHash.Signature)}. */
    public static MinHash.Signature signature(Article article) {
        return MinHash.of(Shingles.words(article.body(), WORDS_PER_SHINGLE));
    }

    /** Adds an article; adding a doc again changes nothing. */
    public void add(Article article) {
        if (!byDoc.containsKey(article.doc())) {
            add(article.doc(), signature(article));
        }
    }

    /** Adds an article by its stored signature; adding a doc again changes nothing. */
    public void add(String doc, MinHash.Signature signature) {
        if (byDoc.containsKey(doc)) {
            return;
        }
        int i = groups.add();
        docs.add(doc);
        signatures.add(signature);
        byDoc.put(doc, i);
        for (int j : index.add(signature)) {
            if (candidates(signature, signatures.get(j))) {
                pairs.add(new int[] {j, i});
                groups.union(i, j);
            }
        }
    }

    /** How many articles were added. */
    public int size() {
        return docs.size();
    }

    /** True when the two signatures are near enough for their texts to be compared. */
    public static boolean candidates(MinHash.Signature a, MinHash.Signature b) {
        return a.jaccard(b) >= CANDIDATE_JACCARD
                || Math.min(a.shingles(), b.shingles()) >= MIN_SHINGLES_FOR_CONTAINMENT
                && a.containment(b) >= CANDIDATE_CONTAINMENT;
    }

    /**
     * Every story so far, in the order of its first added member. The texts of a group of candidates
     * are asked for once, group by group, so a run holds one group's texts at a time.
     *
     * @param texts the articles of some added docs, in the order asked
     */
    public List<Story> stories(Function<List<String>, List<Article>> texts) {
        Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            byRoot.computeIfAbsent(groups.find(i), k -> new ArrayList<>()).add(i);
        }
        Map<Integer, List<int[]>> pairsByRoot = new HashMap<>();
        pairs.forEach(p -> pairsByRoot.computeIfAbsent(groups.find(p[0]), k -> new ArrayList<>()).add(p));
        // the texts of each group of candidates are read in turn (from one connection), then the
        // groups are compared on every core, each on its own, and their stories kept in set order
        List<Supplier<List<Story>>> decisions = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> group : byRoot.entrySet()) {
            List<Integer> members = group.getValue();
            if (members.size() == 1) {
                List<Story> alone = List.of(new Story(List.of(new Story.Member(docs.get(members.get(0)),
                        Story.Role.ORIGINAL, null))));
                decisions.add(() -> alone);
            } else {
                decisions.add(decide(members, pairsByRoot.get(group.getKey()), texts));
            }
        }
        List<Story> stories = new ArrayList<>();
        decisions.parallelStream().map(Supplier::get).toList().forEach(stories::addAll);
        return stories;
    }

    /** Reads a group's texts now; the returned decision compares them, on any thread. */
    private Supplier<List<Story>> decide(List<Integer> members, Collection<int[]> groupPairs,
                                         Function<List<String>, List<Article>> texts) {
        Map<Integer, Integer> local = new HashMap<>();
        members.forEach(m -> local.put(m, local.size()));
        List<Article> articles = texts.apply(members.stream().map(docs::get).toList());
        List<int[]> localPairs = groupPairs.stream().map(p -> new int[] {local.get(p[0]), local.get(p[1])}).toList();
        return () -> StoryVersions.decide(articles.stream().map(StoryText::of).toList(), localPairs);
    }
}
