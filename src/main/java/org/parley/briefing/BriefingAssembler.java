package org.parley.briefing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parley.article.Article;
import org.parley.extraction.ArticleAttributions;
import org.parley.extraction.Attribution;
import org.parley.round.Round;
import org.parley.round.RoundPlan;

/**
 * Builds one briefing per round from a run's statements: each statement goes to its round, then
 * to its party, as a position (reported) or a quote (direct), citing its numbered source.
 */
public final class BriefingAssembler {

    private final Instant generatedAt;

    /** An assembler that stamps briefings with the given generation time. */
    public BriefingAssembler(Instant generatedAt) {
        this.generatedAt = generatedAt;
    }

    /**
     * Assembles a run.
     *
     * @param extracted the original articles with their statements
     * @param outlets   for each original article, every outlet that carried it (itself and its copies)
     * @param copies    how many articles were merged as copies
     * @param plan      the rounds and the round of each statement
     */
    public Assembly assemble(List<ArticleAttributions> extracted, Map<String, List<String>> outlets, int copies,
                             RoundPlan plan) {
        Map<String, List<Said>> byRound = new LinkedHashMap<>();
        plan.rounds().forEach(r -> byRound.put(r.id(), new ArrayList<>()));
        List<RunSummary.UnassignedStatement> unassigned = new ArrayList<>();
        int statements = 0;
        for (ArticleAttributions a : extracted) {
            List<String> carriedBy = outlets.getOrDefault(a.article().doc(), List.of(a.article().outletOrDoc()));
            for (int i = 0; i < a.attributions().size(); i++) {
                statements++;
                Said said = new Said(a.article(), a.attributions().get(i), carriedBy);
                String round = plan.roundOf(a.article().doc(), i).orElse(null);
                if (round == null || !byRound.containsKey(round)) {
                    unassigned.add(new RunSummary.UnassignedStatement(a.article().doc(), i, said.attribution().speaker(),
                            said.attribution().party(), said.text(),
                            plan.unassigned().getOrDefault(RoundPlan.key(a.article().doc(), i), "fits no round")));
                } else {
                    byRound.get(round).add(said);
                }
            }
        }
        List<Briefing> briefings = new ArrayList<>();
        List<RunSummary.RoundEntry> entries = new ArrayList<>();
        for (Round round : plan.rounds()) {
            List<Said> said = byRound.get(round.id());
            briefings.add(new RoundBriefing(round, said, generatedAt).build());
            entries.add(new RunSummary.RoundEntry(round.id(), round.title(), round.dates(), said.size()));
        }
        return new Assembly(briefings, new RunSummary(extracted.size(), copies, statements, entries, unassigned));
    }

    /** One statement in its article, with every outlet that carried the article. */
    record Said(Article article, Attribution attribution, List<String> outlets) {

        String text() {
            return attribution.content().of(article.text()).replaceAll("\\s+", " ").strip();
        }
    }
}
