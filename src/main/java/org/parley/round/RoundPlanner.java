package org.parley.round;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.parley.extraction.ArticleAttributions;
import org.parley.party.PartyRegistry;

/**
 * Finds the rounds of talks a run's articles are about and assigns each statement to one.
 */
public final class RoundPlanner {

    private final PartyRegistry parties;
    private final Path roundsFile;

    /** A planner; {@code roundsFile} may be null. */
    public RoundPlanner(PartyRegistry parties, Path roundsFile) {
        this.parties = parties;
        this.roundsFile = roundsFile;
    }

    /** The plan for a run's articles. */
    public RoundPlan plan(List<ArticleAttributions> articles) {
        // First cut: one round for the whole set. The round package replaces this with detection.
        Round round = new Round("talks", "Talks", null, null, null, null, false, List.of());
        Map<String, String> assignments = new HashMap<>();
        for (ArticleAttributions a : articles) {
            for (int i = 0; i < a.attributions().size(); i++) {
                assignments.put(RoundPlan.key(a.article().doc(), i), round.id());
            }
        }
        return new RoundPlan(articles.isEmpty() ? List.of() : List.of(round), assignments);
    }
}
