package org.parley.round;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parley.extraction.Attribution;
import org.parley.round.Sentences.Sentence;

/**
 * Decides which round each statement of an article is about. A round named in the statement's own
 * sentence wins (a preview of Thursday's meeting, a reaction to Monday's, a recollection of
 * December's), then one whose city alone it names up to the statement's end ("came to Valletta");
 * then a round named earlier in its paragraph, or in the paragraph before when the statement opens
 * its paragraph and its source points back ("'...,' he said"); then
 * the round the article is mostly about, which is where standing positions go (in a story mostly on
 * other things, only a statement whose sentence speaks of talks; between rounds, one that looks ahead
 * goes to the coming round). A meeting named in an aside ("the ASC, which hosts the Joint Council on
 * Thursday") does not count. A statement that fits none is left unassigned with the reason.
 */
final class StatementAssigner {

    /** The round a statement goes to and why, or no round and why not. */
    record Decision(RoundDraft round, String reason) {
    }

    private final ArticleReading reading;
    /** A source that points back: a pronoun, or a phrase led by a possessive one ("its spokesman"). */
    private static final java.util.regex.Pattern ANAPHORA = java.util.regex.Pattern.compile(
            "(?:he|she|they|it|we)|(?:its|his|her|their)\\s.*");
    /** How far from the article's day a round may lie for a bare place name to point to it. */
    private static final int HINT_DAYS = 14;

    private final Map<Mention, RoundDraft> roundOfMention = new IdentityHashMap<>();
    private final Map<Mention, RoundDraft> roundOfPlace = new IdentityHashMap<>();
    /** Body paragraphs of a story short enough to be all about what its lede reports. */
    private static final int SHORT_STORY = 4;
    private final RoundDraft main;
    /** The round after the article's day, when its main round was held before it; or null. */
    private final RoundDraft next;
    /** True when the article is a story on the talks, so a statement in it is about its round. */
    private final boolean onTalks;
    private final boolean several;
    /** True when the headline or lede reports events on the ground at the main round's place. */
    private final boolean groundNews;

    /** An assigner to the {@code rounds} kept; meetings that are no round are as if unnamed. */
    StatementAssigner(ArticleReading reading, RoundMerger merger, Set<RoundDraft> rounds) {
        this.reading = reading;
        RoundDraft mainRound = null;
        int mainWeight = -1;
        boolean tie = false;
        List<ArticleEvent> events = new ArrayList<>(reading.events());
        // A round on the article's day or in the days after it weighs more: "held talks in Oman
        // earlier in February" in a preview of Tuesday's Geneva round is what came before, not the news.
        // One ended weeks before ("after talks broke down last month") weighs less.
        java.util.function.ToIntFunction<ArticleEvent> weight = e -> e.score()
                + (close(merger.roundOf(e), reading) ? CLOSE_BONUS : 0) - (recalled(merger.roundOf(e), reading) ? 1 : 0);
        events.sort(java.util.Comparator.comparingInt(weight).reversed());
        for (ArticleEvent e : events) {
            RoundDraft d = merger.roundOf(e);
            if (d != null && rounds.contains(d)) {
                e.mentions().forEach(m -> roundOfMention.put(m, d));
                if (mainRound == null) {
                    mainRound = d;
                    mainWeight = weight.applyAsInt(e);
                } else if (d != mainRound && weight.applyAsInt(e) == mainWeight) {
                    tie = true; // an article about several rounds alike (an analysis of them all) is about none
                }
            }
        }
        RoundDraft top = mainRound;
        int mainScore = events.stream().filter(e -> top != null && merger.roundOf(e) == top)
                .mapToInt(ArticleEvent::score).max().orElse(-1);
        if (mainRound != null && mainScore < ArticleEvents.LEDE_SCORE && recalled(mainRound, reading)) {
            // "after indirect talks broke down last month", deep in a story two days after the
            // Cairo round, is background: the story is about the round at hand.
            RoundDraft near = nearest(reading, rounds);
            mainRound = near != null ? near : mainRound;
        }
        this.main = tie ? null : mainRound != null ? mainRound : nearest(reading, rounds);
        this.next = main == null ? null : coming(reading, rounds, main);
        this.groundNews = main != null && reading.ledeReportsGroundAt(main.place);
        // A story mostly on talks is on its round; so is one whose headline or lede reports it, when
        // the story is short or its news happened at the round ("Israeli attack in Doha" on the
        // negotiators meeting there).
        this.onTalks = main != null && (reading.onTalks() || main == mainRound && mainScore >= ArticleEvents.LEDE_SCORE
                && (reading.paragraphs() <= SHORT_STORY || groundNews));
        this.several = tie;
        for (Mention m : reading.mentions()) {
            RoundDraft d = m.meeting() || m.place() == null ? null : roundAt(m, rounds);
            if (d != null) {
                roundOfPlace.put(m, d);
            }
        }
    }

    /** What a round on its article's day or within {@link #CLOSE_DAYS} after it adds to an event's score. */
    private static final int CLOSE_BONUS = 2;
    private static final int CLOSE_DAYS = 7;

    private static boolean close(RoundDraft d, ArticleReading reading) {
        TalksDate day = reading.anchor().day();
        return d != null && day != null && d.start != null && DateWindows.comparable(d.window(), day)
                && d.window().lastDay() >= day.firstDay() && DateWindows.distance(d.window(), day) <= CLOSE_DAYS;
    }

    /** True when the round ended more than two weeks before the article's day. */
    private static boolean recalled(RoundDraft d, ArticleReading reading) {
        TalksDate day = reading.anchor().day();
        return d != null && day != null && d.start != null && DateWindows.comparable(d.window(), day)
                && d.window().lastDay() + HINT_DAYS < day.firstDay();
    }

    /**
     * The round that comes next after a story on a round already held: the first one of the same kind
     * starting after the article's day, within {@link #NEAREST_DAYS}, when the main round ended before
     * that day.
     */
    private static RoundDraft coming(ArticleReading reading, Set<RoundDraft> rounds, RoundDraft main) {
        TalksDate day = reading.anchor().day();
        if (day == null || !day.isDay() || main.start == null || !DateWindows.before(main.window(), day)) {
            return null;
        }
        RoundDraft best = null;
        for (RoundDraft d : rounds) {
            // the next meeting of the same kind: a leaders' summit after indirect talks is not their next round
            boolean otherKind = d.forum != null && main.forum != null && !d.forum.key().equals(main.forum.key());
            if (d != main && !otherKind && d.start != null && DateWindows.comparable(d.window(), day)
                    && d.window().firstDay() > day.lastDay() && d.window().firstDay() - day.lastDay() <= NEAREST_DAYS
                    && (best == null || d.window().firstDay() < best.window().firstDay())) {
                best = d;
            }
        }
        return best;
    }

    /**
     * True when the statement's words look ahead ("would", "will", "is due to"): between rounds,
     * a deadline, a threat meant to force a deal or a plan for the next meeting is about the round
     * that comes, a judgement of the talks held about those.
     */
    private boolean looksAhead(int from, int to) {
        String text = reading.article().article().text();
        return RoundLexicon.bundled().futureMarkers.matcher(text).region(from, Math.min(to, text.length())).find();
    }

    /** The key of a summit named by its kind alone (see {@link ForumFinder}). */
    private static final String SUMMIT = "summit";
    private static final java.util.regex.Pattern SUMMIT_WORD = java.util.regex.Pattern.compile("(?i)\\bsummits?\\b");

    /** How far from its article's day a round may be for an article that names none to be about it. */
    static final int NEAREST_DAYS = 7;

    /**
     * The round an article that names no round is about: a story on the talks ("Israel says it will
     * start talks to free all hostages", two days after the Cairo round) between rounds is about the
     * one nearest its day, within a week, the coming one on a tie; a leaders' summit only when the
     * article speaks of a summit. An article whose headline and lede say nothing of talks is about none.
     */
    private static RoundDraft nearest(ArticleReading reading, Set<RoundDraft> rounds) {
        TalksDate day = reading.anchor().day();
        if (day == null || !day.isDay() || !reading.aboutTalks()) {
            return null;
        }
        RoundDraft best = null;
        long bestDistance = Long.MAX_VALUE;
        boolean speaksOfSummit = SUMMIT_WORD.matcher(reading.article().article().text()).find();
        for (RoundDraft d : rounds) {
            if (d.start == null || !DateWindows.comparable(d.window(), day)) {
                continue;
            }
            if (d.forum != null && d.forum.key().equals(SUMMIT) && !speaksOfSummit) {
                continue; // a story on the agreement the day before the leaders' summit, which it never mentions
            }
            long distance = DateWindows.distance(d.coverage(), day);
            boolean ahead = d.coverage().firstDay() > day.lastDay();
            long rank = 2 * distance + (ahead ? 0 : 1);
            if (distance <= NEAREST_DAYS && rank < bestDistance) {
                best = d;
                bestDistance = rank;
            }
        }
        return best;
    }

    /**
     * The round a place named without a meeting word points to ("Sanctions are likely to come up in
     * Vienna"): the one round there within two weeks of the article (the article's main round if it
     * is one of several), or none.
     */
    private RoundDraft roundAt(Mention hint, Set<RoundDraft> rounds) {
        TalksDate day = reading.anchor().day();
        List<RoundDraft> there = rounds.stream().filter(d -> RoundLexicon.bundled().samePlace(hint.place(), d.place)
                && d.start != null
                && (day == null || DateWindows.distance(d.window(), day) <= HINT_DAYS)
                && (hint.date() == null || DateWindows.compatible(d.window(), hint.date(), 0))).toList();
        return there.contains(main) ? main : there.size() == 1 ? there.get(0) : null;
    }

    Decision decide(Attribution a) {
        int from = StatementSpans.start(a);
        int to = StatementSpans.end(a);
        List<Sentence> own = reading.sentencesOver(from, to);
        RoundDraft named = pick(mentionsIn(own, roundOfMention), from);
        if (named != null) {
            return new Decision(named, "named in the statement's sentence");
        }
        RoundDraft placed = agreed(mentionsIn(own, roundOfPlace).stream().filter(m -> m.start() < to).toList());
        if (placed != null) {
            return new Decision(placed, "its place named in the statement's sentence");
        }
        if (!own.isEmpty()) {
            Sentence first = own.get(0);
            List<Sentence> before = reading.sentences().stream()
                    .filter(s -> s.paragraph() == first.paragraph() && s.index() < first.index()).toList();
            RoundDraft earlier = pick(mentionsIn(before, roundOfMention), Integer.MAX_VALUE);
            earlier = earlier != null ? earlier : agreed(mentionsIn(before, roundOfPlace));
            if (earlier != null && earlier == main && next != null && looksAhead(from, to)) {
                return new Decision(next, "it looks ahead to the coming round, after the one its paragraph names");
            }
            if (earlier != null) {
                return new Decision(earlier, "named earlier in the statement's paragraph");
            }
            RoundDraft previous = before.isEmpty() && anaphoric(a) ? namedIn(first.paragraph() - 1) : null;
            if (previous != null) {
                return new Decision(previous, "named in the paragraph before, which its source refers back to");
            }
        }
        if (main != null && onTalks && !groundNews && reading.reportsGround(own)) {
            return new Decision(null, "it reports events on the ground (fighting, casualties, arrests), not the talks");
        }
        if (main != null && (onTalks || reading.speaksOfTalks(own))) {
            if (next != null && looksAhead(from, to)) {
                return new Decision(next, "it looks ahead to the coming round, in a story on the one held");
            }
            return new Decision(main, "the round its article is about");
        }
        if (main != null) {
            return new Decision(null, "its sentence speaks of no talks, in an article mostly about other things");
        }
        if (several) {
            return new Decision(null, "its article is about several rounds alike, and the statement names none");
        }
        return new Decision(null, reading.events().isEmpty()
                ? "its article names no meeting (no forum, place or date of talks)"
                : "the meetings its article names match no round");
    }

    /** The mentions of {@code rounds} in the sentences, in text order; asides do not count. */
    private static List<Mention> mentionsIn(List<Sentence> sentences, Map<Mention, RoundDraft> rounds) {
        List<Mention> found = new ArrayList<>();
        for (Mention m : rounds.keySet()) {
            if (!m.aside() && sentences.stream().anyMatch(s -> s.index() == m.sentence())) {
                found.add(m);
            }
        }
        found.sort(java.util.Comparator.comparingInt(Mention::start));
        return found;
    }

    /** The round the paragraph names as a meeting, or null. */
    private RoundDraft namedIn(int paragraph) {
        List<Sentence> sentences = reading.sentences().stream().filter(s -> s.paragraph() == paragraph).toList();
        return pick(mentionsIn(sentences, roundOfMention), Integer.MAX_VALUE);
    }

    /**
     * True when the statement's source points back ("he said", "Its spokesman, Tomas Rell"), so a
     * paragraph that names no round continues the one before it.
     */
    private boolean anaphoric(Attribution a) {
        if (a.source() == null) {
            return false;
        }
        String source = a.source().of(reading.article().article().text()).toLowerCase(java.util.Locale.ROOT);
        return ANAPHORA.matcher(source).matches();
    }

    /**
     * The round bare place names point to, when they agree or one is the article's main round: "in
     * Oslo, ... in Vienna, ... in Valletta" in one quote says which rounds it spans, not which one.
     */
    private RoundDraft agreed(List<Mention> hints) {
        Set<RoundDraft> rounds = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        hints.forEach(h -> rounds.add(roundOfPlace.get(h)));
        return rounds.contains(main) ? main : rounds.size() == 1 ? rounds.iterator().next() : null;
    }

    /** The article's main round if named; else the round named nearest {@code at}. */
    private RoundDraft pick(List<Mention> mentions, int at) {
        RoundDraft best = null;
        long bestDistance = Long.MAX_VALUE;
        for (Mention m : mentions) {
            RoundDraft d = roundOfMention.get(m);
            if (d == main) {
                return d;
            }
            long distance = at == Integer.MAX_VALUE ? -m.start() : Math.abs((long) m.start() - at);
            if (distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        return best;
    }
}
