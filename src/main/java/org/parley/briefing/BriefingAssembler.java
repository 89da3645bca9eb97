package org.parley.briefing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.parley.extraction.ArticleAttributions;
import org.parley.extraction.QuoteParts;
import org.parley.round.Round;
import org.parley.round.RoundPlan;

/**
 * Builds one briefing per round from a run's statements: each statement goes to its round, then
 * to its party, as a position or a key quote citing its numbered sources; the issues it names fill
 * the matrix; each round is compared with the previous round of the same talks.
 */
public final class BriefingAssembler {

    private final Instant generatedAt;
    private final IssueLexicon lexicon;

    /** An assembler that stamps briefings with the given generation time. */
    public BriefingAssembler(Instant generatedAt, IssueLexicon lexicon) {
        this.generatedAt = generatedAt;
        this.lexicon = lexicon;
    }

    /** Assembles a run whose rounds are planned. */
    public Assembly assemble(RunInput run, RoundPlan plan) {
        Map<String, List<Said>> byRound = new LinkedHashMap<>();
        Map<String, List<Said>> voicesByRound = new LinkedHashMap<>();
        plan.rounds().forEach(r -> {
            byRound.put(r.id(), new ArrayList<>());
            voicesByRound.put(r.id(), new ArrayList<>());
        });
        IssueLabels labels = IssueLabels.of(run.extracted(), lexicon);
        // each article's statements are read on every core; what they give is gathered in set order
        Set<String> rounds = byRound.keySet();
        // an article whose statements fail to assemble is left out with why, and the run goes on
        Map<String, String> unread = new java.util.concurrent.ConcurrentHashMap<>();
        List<ArticleStatements> read = run.extracted().parallelStream().map(a -> {
            try {
                return read(a, run, plan, rounds, labels);
            } catch (RuntimeException | StackOverflowError e) {
                unread.put(a.article().doc(), "its statements could not be assembled: " + e);
                return new ArticleStatements(0, Map.of(), Map.of(), List.of(), List.of());
            }
        }).toList();
        List<RunSummary.UnassignedStatement> unassigned = new ArrayList<>();
        List<RunSummary.UnassignedStatement> notBriefed = new ArrayList<>();
        int statements = 0;
        for (ArticleStatements a : read) {
            notBriefed.addAll(a.notBriefed());
            unassigned.addAll(a.unassigned());
            statements += a.briefed();
            a.byRound().forEach((round, said) -> byRound.get(round).addAll(said));
            a.voicesByRound().forEach((round, said) -> voicesByRound.get(round).addAll(said));
        }
        StoryLinks links = new StoryLinks(run.listings());
        List<RoundView> views = plan.rounds().stream()
                .map(r -> new RoundView(r, byRound.get(r.id()), voicesByRound.get(r.id()), links, plan.context(), labels))
                .toList();
        List<Briefing> briefings = new ArrayList<>();
        List<RunSummary.RoundEntry> entries = new ArrayList<>();
        // rounds are briefed on every core: each reads only its own statements and the rounds before it
        List<Briefing> built = IntStream.range(0, views.size()).parallel()
                .mapToObj(i -> views.get(i).briefing(generatedAt, changes(views, i), run)).toList();
        for (int i = 0; i < views.size(); i++) {
            RoundView view = views.get(i);
            Briefing briefing = built.get(i);
            // A round no statement is about is listed in the summary, not briefed: four pages that
            // say nothing are no briefing.
            if (!briefing.statements().isEmpty()) {
                briefings.add(briefing);
            }
            entries.add(new RunSummary.RoundEntry(view.round().id(), view.round().title(), view.round().dates(),
                    briefing.statements().size(), startDay(view.round().start())));
        }
        int reprints = run.reprints().values().stream().mapToInt(Integer::intValue).sum();
        int updates = (int) run.extracted().stream().filter(a -> links.earlierVersion(a.article().doc()) != null).count();
        return new Assembly(briefings, new RunSummary(run.extracted().size(), reprints, statements, entries, unassigned,
                updates, List.of(), notBriefed, FurnitureCounts.of(run.extracted()), plan.context()), unread);
    }

    /** What one article's statements give: the briefed by round, the other voices by round, the rest. */
    private record ArticleStatements(int briefed, Map<String, List<Said>> byRound, Map<String, List<Said>> voicesByRound,
                                     List<RunSummary.UnassignedStatement> unassigned,
                                     List<RunSummary.UnassignedStatement> notBriefed) {
    }

    private ArticleStatements read(ArticleAttributions a, RunInput run, RoundPlan plan, Set<String> rounds,
                                   IssueLabels labels) {
        Map<String, List<Said>> byRound = new LinkedHashMap<>();
        Map<String, List<Said>> voicesByRound = new LinkedHashMap<>();
        List<RunSummary.UnassignedStatement> unassigned = new ArrayList<>();
        List<RunSummary.UnassignedStatement> notBriefed = new ArrayList<>();
        int statements = 0;
        String doc = a.article().doc();
        List<String> outlets = run.outlets().getOrDefault(doc, List.of(a.article().outletOrDoc()));
        QuoteParts quotes = QuoteParts.of(a.article().text());
        for (int i = 0; i < a.attributions().size(); i++) {
            Said said = Said.of(a.article(), i, a.attributions().get(i), outlets, lexicon, quotes).named(labels);
            for (Briefing.StatementRow row : ExportRows.notBriefed(said)) {
                notBriefed.add(new RunSummary.UnassignedStatement(doc, i, row.speaker(), row.party(), row.kind(),
                        row.form(), row.cue(), row.start(), row.end(), row.text(), said.speaker() == null
                                ? "reported with no speaker or party at the table" : "reported of a speaker not at the table"));
            }
            int briefed = (int) said.parts().stream().filter(StatementParts.Part::briefed).count();
            String round = plan.roundOf(doc, i).orElse(null);
            if (briefed == 0) {
                // what a speaker away from the table is reported to have said: shown among the other voices
                if (said.party() == null && round != null && rounds.contains(round)) {
                    voicesByRound.computeIfAbsent(round, r -> new ArrayList<>()).add(said);
                }
                continue;
            }
            statements += briefed;
            if (round != null && rounds.contains(round)) {
                byRound.computeIfAbsent(round, r -> new ArrayList<>()).add(said);
            } else {
                String reason = plan.unassigned().getOrDefault(RoundPlan.key(doc, i), "fits no round");
                for (Briefing.StatementRow row : ExportRows.of(said, null)) {
                    unassigned.add(new RunSummary.UnassignedStatement(doc, i, row.speaker(), row.party(),
                            row.kind(), row.form(), row.cue(), row.start(), row.end(), row.text(), reason));
                }
            }
        }
        return new ArticleStatements(statements, byRound, voicesByRound, unassigned, notBriefed);
    }

    /**
     * Changes since the latest earlier round of the same talks and track: one that shares at least two
     * of this round's parties (or its only party) and is of the same format ({@link Round#sameTrack}):
     * a summit is not compared with the indirect talks before it, the trade talks not with a committee.
     */
    private static Briefing.Changes changes(List<RoundView> views, int index) {
        RoundView now = views.get(index);
        Set<String> parties = parties(now);
        for (int i = index - 1; i >= 0; i--) {
            Set<String> shared = new HashSet<>(parties(views.get(i)));
            shared.retainAll(parties);
            if (!parties.isEmpty() && shared.size() >= Math.min(2, parties.size())
                    && now.round().sameTrack(views.get(i).round())) {
                Round previous = views.get(i).round();
                return RoundChanges.between(previous.title() + " (" + previous.dates() + ")", views.get(i).issues(),
                        now.issues());
            }
        }
        return Briefing.Changes.none();
    }

    private static Set<String> parties(RoundView view) {
        Set<String> parties = new HashSet<>(view.issues().parties());
        parties.addAll(view.round().parties());
        return parties;
    }

    /** A round's first day as ISO-8601, for the page to sort and filter by; null without a day or a year. */
    private static String startDay(org.parley.round.TalksDate start) {
        return start == null || !start.yearKnown() ? null : start.first().atYear(start.year()).toString();
    }
}
