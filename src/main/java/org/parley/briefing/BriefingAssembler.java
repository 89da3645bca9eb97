package org.parley.briefing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parley.extraction.ArticleAttributions;
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
        plan.rounds().forEach(r -> byRound.put(r.id(), new ArrayList<>()));
        List<RunSummary.UnassignedStatement> unassigned = new ArrayList<>();
        int statements = 0;
        for (ArticleAttributions a : run.extracted()) {
            String doc = a.article().doc();
            List<String> outlets = run.outlets().getOrDefault(doc, List.of(a.article().outletOrDoc()));
            for (int i = 0; i < a.attributions().size(); i++) {
                statements++;
                Said said = Said.of(a.article(), i, a.attributions().get(i), outlets, lexicon);
                String round = plan.roundOf(doc, i).orElse(null);
                if (round != null && byRound.containsKey(round)) {
                    byRound.get(round).add(said);
                } else {
                    unassigned.add(new RunSummary.UnassignedStatement(doc, i, said.speaker(), said.party(), said.text(),
                            plan.unassigned().getOrDefault(RoundPlan.key(doc, i), "fits no round")));
                }
            }
        }
        List<RoundView> views = plan.rounds().stream().map(r -> new RoundView(r, byRound.get(r.id()))).toList();
        List<Briefing> briefings = new ArrayList<>();
        List<RunSummary.RoundEntry> entries = new ArrayList<>();
        for (int i = 0; i < views.size(); i++) {
            RoundView view = views.get(i);
            briefings.add(view.briefing(generatedAt, changes(views, i), run));
            entries.add(new RunSummary.RoundEntry(view.round().id(), view.round().title(), view.round().dates(),
                    byRound.get(view.round().id()).size()));
        }
        int reprints = run.reprints().values().stream().mapToInt(Integer::intValue).sum();
        return new Assembly(briefings, new RunSummary(run.extracted().size(), reprints, statements, entries, unassigned,
                FurnitureCounts.of(run.extracted())));
    }

    /**
     * Changes since the latest earlier round of the same talks: one that shares at least two of
     * this round's parties (or its only party).
     */
    private static Briefing.Changes changes(List<RoundView> views, int index) {
        RoundView now = views.get(index);
        Set<String> parties = parties(now);
        for (int i = index - 1; i >= 0; i--) {
            Set<String> shared = new HashSet<>(parties(views.get(i)));
            shared.retainAll(parties);
            if (!parties.isEmpty() && shared.size() >= Math.min(2, parties.size())) {
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
}
