package org.parley.round;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns round drafts into {@link Round}s: drops meetings only mentioned in passing, names what is
 * left with stable ids and titles, and orders them by date. A meeting is a round when a rounds file
 * gives it; when an article places it and dates it to a day or a week within two weeks of its own
 * day, and either reports it in its headline or lede or calls it by a name (a forum, a host, an
 * ordinal); or when it lies in the past and a statement's own sentence recalls it. "A summit in
 * Geneva in June", recalled in passing, and "technical talks next Thursday", announced in passing,
 * are no rounds, nor is a meeting the coverage names as the meeting of a party not at the table ("the
 * NATO summit" in coverage of US-Iran talks): those are context.
 */
final class RoundFinisher {

    /** How far from its article's day a meeting mentioned once, with no statements, may lie. */
    private static final int NEARBY_DAYS = 14;

    private final Map<String, Anchor> anchors;
    /** Each article's rounds of talks counted in one place (see {@link ArticleReading#sessions}). */
    private final Map<String, Map<String, Integer>> sessions;

    private final java.util.function.Predicate<String> atTable;

    RoundFinisher(Map<String, Anchor> anchors, Map<String, Map<String, Integer>> sessions, java.util.function.Predicate<String> atTable) {
        this.anchors = anchors;
        this.sessions = sessions;
        this.atTable = atTable;
    }

    /** The drafts that are rounds; {@code recalled} are those a statement's own sentence names. */
    Set<RoundDraft> keep(List<RoundDraft> drafts, Set<RoundDraft> recalled) {
        // in the drafts' order (a draft is equal only to itself): the assigner walks these rounds and
        // takes the first on a tie, so an order by identity hash would change the plan from run to run
        Set<RoundDraft> kept = new java.util.LinkedHashSet<>();
        for (RoundDraft d : drafts) {
            boolean reported = d.events.stream().anyMatch(e -> e.reported() || e.named());
            boolean named = reported && nearby(d) || recalled.contains(d) && d.place != null && past(d);
            if (d.file != null || named && !anotherParty(d)) {
                kept.add(d);
            }
        }
        return kept;
    }

    /**
     * The rounds, with ids. {@code parties} has an entry for every draft with statements: the
     * parties of those statements, by count.
     */
    Map<RoundDraft, Round> finish(Set<RoundDraft> drafts, Map<RoundDraft, Map<String, Integer>> parties) {
        List<RoundDraft> kept = new ArrayList<>(drafts);
        kept.sort(Comparator.comparingLong(RoundFinisher::firstDay)
                .thenComparingLong(d -> d.start == null ? 0 : d.start.lastDay())
                .thenComparingInt(d -> d.start == null || d.start.weekday() == null ? 0 : d.start.weekday().getValue())
                .thenComparing(RoundFinisher::baseId));
        orderOrdinals(kept);
        kept.forEach(this::sessionOrdinal);
        Map<RoundDraft, Round> rounds = new java.util.LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        for (RoundDraft d : kept) {
            String id = unique(d.file != null && d.file.id() != null ? d.file.id() : baseId(d), ids);
            rounds.put(d, new Round(id, title(d), d.forum == null ? null : d.forum.name(), d.place, d.start, d.end,
                    parties(d, parties.getOrDefault(d, Map.of())), d.file != null, List.copyOf(d.docs)));
        }
        return rounds;
    }

    /**
     * The meetings the coverage names that are no rounds: each that has a place or a forum and a
     * date, with why it is none; in date order.
     */
    List<RoundPlan.Context> context(List<RoundDraft> drafts, Set<RoundDraft> kept) {
        List<RoundDraft> others = drafts.stream().filter(d -> !kept.contains(d) && d.start != null
                && (d.place != null || d.forum != null)).sorted(Comparator.comparingLong(RoundFinisher::firstDay)
                .thenComparing(RoundFinisher::baseId)).toList();
        List<RoundPlan.Context> out = new ArrayList<>();
        for (RoundDraft d : others) {
            String why = anotherParty(d) ? "a meeting of " + d.forum.owner() + ", which is not at the table"
                    : !nearby(d) ? "named far from the days of the articles that name it, or without a sharp date"
                    : "named in passing, not reported as news of these talks";
            Round shown = new Round(baseId(d), title(d), null, d.place, d.start, d.end, List.of(), false, List.of());
            out.add(new RoundPlan.Context(shown.title(), shown.dates(), List.copyOf(d.docs), why));
        }
        return out;
    }

    /** True when the coverage names the meeting as a party's that is not at the table ("the NATO summit"). */
    private boolean anotherParty(RoundDraft d) {
        return d.forum != null && d.forum.owner() != null && !atTable.test(d.forum.owner());
    }

    /**
     * Rounds of one series come in order: a round dated before "the second round" is not "the
     * sixth". Where two dated rounds' ordinals disagree with their order, the one fewer mentions give
     * loses it (the earlier on a tie): a recalled "sixth round" of last year's series is no label
     * for this year's first.
     */
    private static void orderOrdinals(List<RoundDraft> byDate) {
        for (int i = 0; i < byDate.size(); i++) {
            for (int j = i + 1; j < byDate.size(); j++) {
                RoundDraft a = byDate.get(i);
                RoundDraft b = byDate.get(j);
                if (a.ordinal == null || b.ordinal == null || a.ordinal < b.ordinal || a.start == null
                        || b.start == null || a.start.firstDay() >= b.start.firstDay()) {
                    continue;
                }
                RoundDraft loser = ordinalSupport(a) <= ordinalSupport(b) ? a : b;
                loser.ordinal = null;
            }
        }
    }

    /**
     * An ordinal that counts sittings within the meeting is no label for it: "the fifth round of
     * talks" in a story saying negotiators "have attended eight rounds of indirect talks" in Doha
     * since Sunday is one sitting of that stretch of talks, not its number in the series.
     */
    private void sessionOrdinal(RoundDraft d) {
        if (d.ordinal != null && d.file == null && d.place != null && d.docs.stream().anyMatch(doc ->
                sessions.getOrDefault(doc, Map.of()).entrySet().stream().anyMatch(e -> e.getValue() >= d.ordinal
                        && RoundLexicon.bundled().samePlace(e.getKey(), d.place)))) {
            d.ordinal = null;
        }
    }

    private static long ordinalSupport(RoundDraft d) {
        return d.events.stream().flatMap(e -> e.mentions().stream()).filter(m -> d.ordinal.equals(m.ordinal())).count();
    }

    /** True when an article places the meeting within two weeks of its own day, or has no day to tell. */
    private boolean nearby(RoundDraft d) {
        if (d.start == null || d.place == null) {
            return false;
        }
        if (!d.start.isDay() && d.start.span() > 13) {
            return false;
        }
        for (String doc : d.docs) {
            TalksDate from = anchors.containsKey(doc) ? anchors.get(doc).day() : null;
            if (from == null || DateWindows.distance(d.window(), from) <= NEARBY_DAYS) {
                return true;
            }
        }
        return false;
    }

    /** True when the meeting ended before the day of an article that mentions it. */
    private boolean past(RoundDraft d) {
        if (d.start == null) {
            return false;
        }
        for (String doc : d.docs) {
            TalksDate from = anchors.containsKey(doc) ? anchors.get(doc).day() : null;
            if (DateWindows.before(d.window(), from)) {
                return true;
            }
        }
        return false;
    }

    static String baseId(RoundDraft d) {
        String id = Slugs.join(d.start == null ? null : d.start.key(), d.place, d.forum == null ? null : d.forum.key(),
                d.ordinal == null ? null : "round-" + d.ordinal);
        return id.isEmpty() ? "talks" : id;
    }

    private static String unique(String id, Set<String> taken) {
        String candidate = id;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }

    private static String title(RoundDraft d) {
        if (d.file != null && d.file.title() != null) {
            return d.file.title();
        }
        String what = d.forum != null ? d.forum.titleName() : d.ordinal != null ? "Round " + d.ordinal + " of talks"
                : d.place != null ? "Talks in " + d.place : "Talks";
        if (d.forum != null && d.ordinal != null) {
            what += " (round " + d.ordinal + ")";
        }
        return d.place != null && !what.startsWith("Talks in ") ? what + ", " + d.place : what;
    }

    private static List<String> parties(RoundDraft d, Map<String, Integer> statementParties) {
        if (d.file != null && !d.file.parties().isEmpty()) {
            return d.file.parties();
        }
        Set<String> out = new LinkedHashSet<>(d.forum == null ? Set.of() : d.forum.parties());
        statementParties.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.add(e.getKey()));
        return List.copyOf(out);
    }

    private static long firstDay(RoundDraft d) {
        return d.start == null ? Long.MAX_VALUE : d.start.firstDay();
    }
}
