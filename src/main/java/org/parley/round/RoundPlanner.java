package org.parley.round;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parley.extraction.ArticleAttributions;
import org.parley.extraction.Attribution;
import org.parley.party.PartyRegistry;
import org.parley.round.StatementAssigner.Decision;

/**
 * Finds the rounds of talks a run's articles are about and assigns each statement to one: reads
 * every article for mentions of meetings, merges those of the same meeting across articles (and
 * with the rounds file, whose fields win), then decides for each statement which round it is about.
 */
public final class RoundPlanner {

    private final RoundLexicon lexicon;
    private final PartyRegistry parties;
    private final List<FileRound> fileRounds;

    /**
     * A planner; {@code roundsFile} may be null. A rounds file that cannot be read or has a wrong
     * entry fails here, with the file, the entry and the problem.
     */
    public RoundPlanner(PartyRegistry parties, Path roundsFile) {
        RoundLexicon lexicon = RoundLexicon.bundled();
        this.lexicon = lexicon;
        this.parties = parties;
        try {
            this.fileRounds = roundsFile == null ? List.of()
                    : RoundsFile.read(roundsFile, lexicon, new ForumFinder(lexicon, new PartyNames(parties)));
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    /** The plan for a run's articles, with every party taken to be at the table. */
    public RoundPlan plan(List<ArticleAttributions> articles) {
        return plan(articles, party -> true);
    }

    /**
     * The plan for a run's articles; {@code atTable} says which parties sit at the negotiation's
     * table: a meeting the coverage names as another party's ("the NATO summit" in coverage of
     * US-Iran talks) is context, not a round.
     */
    public RoundPlan plan(List<ArticleAttributions> articles, java.util.function.Predicate<String> atTable) {
        ArticleReader reader = new ArticleReader(lexicon, parties, atTable);
        // each article is read on its own (the reader keeps no state), on every core, in set order;
        // one whose text the reader fails on is left out of the plan, its statements in no round, saying why
        Map<String, Decision> decisions = new java.util.concurrent.ConcurrentHashMap<>();
        List<ArticleReading> readings = articles.parallelStream().map(a -> {
            try {
                return reader.read(a);
            } catch (RuntimeException | StackOverflowError e) {
                unread(a, "its rounds could not be read: " + e, decisions);
                return null;
            }
        }).filter(java.util.Objects::nonNull).toList();
        RoundMerger merger = new RoundMerger(fileRounds);
        merger.merge(readings.stream().flatMap(r -> r.events().stream()).toList());
        Map<String, Anchor> anchors = new HashMap<>();
        Map<String, Map<String, Integer>> sessions = new HashMap<>();
        Set<RoundDraft> recalled = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (ArticleReading r : readings) {
            anchors.put(r.doc(), r.anchor());
            sessions.put(r.doc(), r.sessions());
            recalled.addAll(StatementSpans.named(r, merger));
        }
        RoundFinisher finisher = new RoundFinisher(anchors, sessions, atTable);
        Set<RoundDraft> kept = finisher.keep(merger.drafts(), recalled);
        Map<RoundDraft, Map<String, Integer>> parties = new IdentityHashMap<>();
        for (ArticleReading r : readings) {
            try {
                // decided apart, so that an article failing half-way leaves no decision of its own behind
                Map<String, Decision> own = new HashMap<>();
                Map<RoundDraft, Map<String, Integer>> counted = new IdentityHashMap<>();
                decide(r, new StatementAssigner(r, merger, kept), own, counted);
                decisions.putAll(own);
                counted.forEach((round, counts) -> counts.forEach((party, n) ->
                        parties.computeIfAbsent(round, k -> new HashMap<>()).merge(party, n, Integer::sum)));
            } catch (RuntimeException | StackOverflowError e) {
                unread(r.article(), "its round could not be decided: " + e, decisions);
            }
        }
        return plan(finisher.finish(kept, parties), decisions, finisher.context(merger.drafts(), kept));
    }

    /** Every statement of an article the planner failed on: in no round, with why. */
    private static void unread(ArticleAttributions a, String reason, Map<String, Decision> decisions) {
        java.util.logging.Logger.getLogger(RoundPlanner.class.getName())
                .warning(a.article().doc() + ": " + reason + "; its statements are in no round");
        for (int i = 0; i < a.attributions().size(); i++) {
            decisions.put(RoundPlan.key(a.article().doc(), i), new Decision(null, reason));
        }
    }

    private static void decide(ArticleReading r, StatementAssigner assigner, Map<String, Decision> decisions,
                               Map<RoundDraft, Map<String, Integer>> parties) {
        List<Attribution> attributions = r.article().attributions();
        for (int i = 0; i < attributions.size(); i++) {
            Decision d = assigner.decide(attributions.get(i));
            decisions.put(RoundPlan.key(r.doc(), i), d);
            if (d.round() != null) {
                Map<String, Integer> counts = parties.computeIfAbsent(d.round(), k -> new HashMap<>());
                String party = attributions.get(i).party();
                if (party != null) {
                    counts.merge(party, 1, Integer::sum);
                }
            }
        }
    }

    private static RoundPlan plan(Map<RoundDraft, Round> rounds, Map<String, Decision> decisions,
                                  List<RoundPlan.Context> context) {
        Map<String, String> assignments = new HashMap<>();
        Map<String, String> reasons = new HashMap<>();
        Map<String, String> unassigned = new HashMap<>();
        decisions.forEach((key, d) -> {
            Round round = d.round() == null ? null : rounds.get(d.round());
            if (round != null) {
                assignments.put(key, round.id());
                reasons.put(key, d.reason());
            } else {
                unassigned.put(key, d.reason());
            }
        });
        return new RoundPlan(List.copyOf(rounds.values()), assignments, reasons, unassigned, context);
    }
}
