package org.parley.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides, from their texts, which articles of one group of candidates are the same story, and
 * which of those are copies of another member and which are versions of it.
 *
 * <p>An article whose text is in another ({@link Overlap#containment()} at least {@value #SAME_STORY})
 * and that adds fewer than {@value #NEW_WORDS} words of new paragraphs to it (a syndicated copy, a cut, an
 * exact duplicate) is a copy of it, unless it is the earlier version of a story the other updates:
 * dated before it, or on the same day (or undated) while the other opens with a new lead. A cut of
 * a wire story keeps the wire's lead; an update is written through with a new top, or comes a day
 * later. A member that adds text is extracted; it is an update of the earlier version whose text it
 * repeats most, if it repeats at least {@value #SAME_STORY} of it. Articles that share less (a later
 * story that reuses some background paragraphs of an earlier one, stories written to one pattern)
 * are stories of their own. Only the candidate pairs given are compared.
 */
final class StoryVersions {

    /**
     * Share of an article's text that another repeats from which it may be a copy of it or the version
     * it updates: most of it. A cut with several edited sentences keeps about 75 %; two articles
     * written to one pattern about 50 %, though each paragraph's phrases are all somewhere in the other.
     */
    static final double SAME_STORY = 0.7;
    /** Fewer shingles than this and the shorter must also be most of the longer. */
    static final int MIN_SHINGLES = 30;
    /** Words of new paragraphs from which an article adds text to another: about one news paragraph. */
    static final int NEW_WORDS = 20;

    /** Story order: earliest date first (undated last), then the shorter (a story grows as it is updated), then by doc. */
    static final Comparator<StoryText> STORY_ORDER = Comparator
            .comparing((StoryText t) -> t.date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(t -> t.shingles.length)
            .thenComparing(t -> t.doc);

    private final List<StoryText> texts;
    private final int[] rank;
    private final Map<Integer, Map<Integer, Overlap>> overlaps = new HashMap<>();

    private StoryVersions(List<StoryText> texts) {
        this.texts = texts;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(texts::get, STORY_ORDER));
        rank = new int[texts.size()];
        for (int r = 0; r < order.size(); r++) {
            rank[order.get(r)] = r;
        }
    }

    /**
     * The stories among some articles, each member with its role; stories in the order of their
     * first member in {@code texts}, members in story order.
     *
     * @param pairs the candidate pairs, as indexes into {@code texts}: the only pairs compared
     */
    static List<Story> decide(List<StoryText> texts, List<int[]> pairs) {
        StoryVersions v = new StoryVersions(texts);
        pairs.forEach(p -> v.compare(p[0], p[1]));
        int[] copyOf = v.copies();
        int[] updateOf = v.updates(copyOf);
        UnionFind stories = new UnionFind();
        texts.forEach(t -> stories.add());
        for (int i = 0; i < texts.size(); i++) {
            int of = copyOf[i] >= 0 ? copyOf[i] : updateOf[i];
            if (of >= 0) {
                stories.union(i, of);
            }
        }
        Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            byRoot.computeIfAbsent(stories.find(i), k -> new ArrayList<>()).add(i);
        }
        List<Story> out = new ArrayList<>();
        for (List<Integer> members : byRoot.values()) {
            members.sort(Comparator.comparingInt(i -> v.rank[i]));
            out.add(new Story(members.stream().map(i -> v.member(i, copyOf[i], updateOf[i])).toList()));
        }
        return out;
    }

    /** Measures a candidate pair both ways and keeps it when most of the shorter one is in the other. */
    private void compare(int a, int b) {
        if (a == b || overlap(a, b) != null) {
            return;
        }
        Overlap ab = Overlap.of(texts.get(a), texts.get(b), NEW_WORDS);
        Overlap ba = Overlap.of(texts.get(b), texts.get(a), NEW_WORDS);
        int smaller = Math.min(texts.get(a).shingles.length, texts.get(b).shingles.length);
        double shorterKept = Math.max(ab.containment(), ba.containment());
        boolean same = shorterKept >= SAME_STORY
                && (smaller >= MIN_SHINGLES || Math.min(ab.containment(), ba.containment()) >= SAME_STORY);
        if (same) {
            overlaps.computeIfAbsent(a, k -> new HashMap<>()).put(b, ab);
            overlaps.computeIfAbsent(b, k -> new HashMap<>()).put(a, ba);
        }
    }

    private Overlap overlap(int a, int b) {
        return overlaps.getOrDefault(a, Map.of()).get(b);
    }

    /** True when {@code x} adds no text to {@code y} and is not the earlier version of a story {@code y} updates. */
    private boolean copies(int x, int y) {
        Overlap xy = overlap(x, y);
        Overlap yx = overlap(y, x);
        if (xy.newWords() >= NEW_WORDS || xy.containment() < SAME_STORY) {
            return false;
        }
        if (yx.newWords() < NEW_WORDS) {
            return rank[y] < rank[x]; // the same text both ways: the later copies the earlier
        }
        return !earlierVersion(texts.get(x), texts.get(y), yx);
    }

    private static boolean earlierVersion(StoryText x, StoryText y, Overlap yx) {
        if (x.date != null && y.date != null && !x.date.equals(y.date)) {
            return x.date.isBefore(y.date);
        }
        return yx.newLead();
    }

    /** For each member, the member it is a copy of (an extracted one), or -1. */
    private int[] copies() {
        int[] target = new int[texts.size()];
        for (int x = 0; x < texts.size(); x++) {
            target[x] = -1;
            for (int y : overlaps.getOrDefault(x, Map.of()).keySet()) {
                if (copies(x, y) && (target[x] < 0 || better(x, y, target[x]))) {
                    target[x] = y;
                }
            }
        }
        int[] resolved = new int[texts.size()];
        for (int x = 0; x < texts.size(); x++) {
            resolved[x] = root(target, x);
        }
        return resolved;
    }

    /** True when {@code y} holds more of {@code x} than {@code z} does, or as much and is earlier. */
    private boolean better(int x, int y, int z) {
        double cy = overlap(x, y).containment();
        double cz = overlap(x, z).containment();
        return cy > cz || cy == cz && rank[y] < rank[z];
    }

    /** Follows copies of copies to an extracted member; on a cycle, its earliest member is the one extracted. */
    private int root(int[] target, int x) {
        List<Integer> path = new ArrayList<>();
        int at = x;
        while (target[at] >= 0 && !path.contains(at)) {
            path.add(at);
            at = target[at];
        }
        if (target[at] >= 0) { // a cycle through at
            List<Integer> cycle = path.subList(path.indexOf(at), path.size());
            int earliest = cycle.stream().min(Comparator.comparingInt(i -> rank[i])).orElseThrow();
            target[earliest] = -1;
            return earliest == x ? -1 : earliest;
        }
        return at == x ? -1 : at;
    }

    /** For each extracted member, the earlier version it updates, or -1. */
    private int[] updates(int[] copyOf) {
        int[] updateOf = new int[texts.size()];
        for (int v = 0; v < texts.size(); v++) {
            updateOf[v] = -1;
            if (copyOf[v] >= 0) {
                continue;
            }
            double best = -1;
            for (Map.Entry<Integer, Overlap> e : overlaps.getOrDefault(v, Map.of()).entrySet()) {
                int earlier = copyOf[e.getKey()] >= 0 ? copyOf[e.getKey()] : e.getKey();
                double repeated = overlap(e.getKey(), v).containment();
                if (earlier != v && rank[earlier] < rank[v] && repeated >= SAME_STORY && (repeated > best
                        || repeated == best && rank[earlier] > rank[updateOf[v]])) {
                    best = repeated;
                    updateOf[v] = earlier;
                }
            }
        }
        return updateOf;
    }

    private Story.Member member(int i, int copyOf, int updateOf) {
        String doc = texts.get(i).doc;
        if (copyOf >= 0) {
            return new Story.Member(doc, Story.Role.COPY, texts.get(copyOf).doc);
        }
        if (updateOf >= 0) {
            return new Story.Member(doc, Story.Role.UPDATE, texts.get(updateOf).doc);
        }
        return new Story.Member(doc, Story.Role.ORIGINAL, null);
    }
}
