package org.parley.briefing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parley.article.NearDuplicateTexts;
import org.parley.round.Round;
import org.parley.round.RoundPlan;
import org.parley.round.TalksDate;

/** One round's statements, with its parties in the one order every part of its briefing uses. */
final class RoundView {

    private final Round round;
    private final List<Said> said;
    private final List<Said> others;
    private final IssueLabels labels;
    private final SourceList sources;
    private final StoryLinks links;
    private final Map<String, List<Said>> byParty = new LinkedHashMap<>();
    private final List<String> parties;

    private final List<RoundPlan.Context> context;

    RoundView(Round round, List<Said> said, StoryLinks links) {
        this(round, said, List.of(), links, List.of(), IssueLabels.none());
    }

    /**
     * @param said    the round's briefed statements
     * @param others  what speakers away from the table are reported to have said on the round (positions
     *                without a party, which no export holds), for the other voices
     * @param context the run's other meetings; those this round's articles name go in its Method
     * @param labels  how the run names the lexicon's issues, for the Method
     */
    RoundView(Round round, List<Said> said, List<Said> others, StoryLinks links, List<RoundPlan.Context> context,
              IssueLabels labels) {
        this.round = round;
        this.labels = labels;
        this.context = List.copyOf(context);
        this.said = List.copyOf(said);
        this.others = List.copyOf(others);
        this.links = links;
        List<Said> cited = new ArrayList<>(said);
        cited.addAll(others);
        this.sources = new SourceList(cited, links);
        Map<String, List<Said>> grouped = new LinkedHashMap<>();
        said.stream().filter(s -> s.party() != null)
                .forEach(s -> grouped.computeIfAbsent(s.party(), p -> new ArrayList<>()).add(s));
        grouped.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, List<Said>> e) -> -e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> byParty.put(e.getKey(), e.getValue()));
        this.parties = List.copyOf(byParty.keySet());
    }

    Round round() {
        return round;
    }

    Briefing.IssueMatrix issues() {
        return IssueMatrices.of(parties, byParty, sources);
    }

    /** The briefing, given what changed since the previous round. */
    Briefing briefing(Instant generatedAt, Briefing.Changes changes, RunInput run) {
        List<Briefing.PartySummary> summary = new ArrayList<>();
        List<Briefing.PartySection> sections = new ArrayList<>();
        Briefing.IssueMatrix issues = issues();
        List<String> issueOrder = issues.rows().stream().map(Briefing.IssueRow::issue).toList();
        byParty.forEach((party, list) -> {
            PartySections.Built built = PartySections.built(party, list, sources);
            summary.add(Summaries.of(party, built.entries(), issueOrder, this::reportedDuring));
            sections.add(built.section());
        });
        List<Said> voices = new ArrayList<>(said);
        voices.addAll(others);
        return new Briefing(round.id(), cover(generatedAt), summary, sections, issues, changes, sources.sources(),
                method(run), rows(run), Voices.of(voices, sources), Outcomes.of(said, this::reportedDuring, sources));
    }

    /** Days before the round's first day whose articles still report it as it happens. */
    static final int DAYS_BEFORE = 1;
    /** Days after its last day whose articles still do. */
    static final int DAYS_AFTER = 3;

    /**
     * True when the statement's article came out while the round was on, from {@value #DAYS_BEFORE}
     * day before its first day to {@value #DAYS_AFTER} after its last: its report of the round rather
     * than background or a preview; false without a dated round or article.
     */
    boolean reportedDuring(Said s) {
        TalksDate start = round.start();
        LocalDate published = s.article().date();
        if (start == null || !start.yearKnown() || published == null) {
            return false;
        }
        TalksDate end = round.end() != null && round.end().yearKnown() ? round.end() : start;
        LocalDate from = start.first().atYear(start.year()).minusDays(DAYS_BEFORE);
        LocalDate to = end.last().atYear(end.year()).plusDays(DAYS_AFTER);
        if (to.isBefore(from)) { // a window across the new year
            to = to.plusYears(1);
        }
        return !published.isBefore(from) && !published.isAfter(to);
    }

    private Briefing.Cover cover(Instant generatedAt) {
        Set<String> atTable = new LinkedHashSet<>(parties);
        atTable.addAll(round.parties());
        Set<String> outlets = new LinkedHashSet<>();
        Set<String> articles = new LinkedHashSet<>();
        said.forEach(s -> {
            outlets.addAll(s.outlets());
            articles.add(s.article().doc());
        });
        return new Briefing.Cover(round.title(), round.forum(), round.place(), round.dates(), List.copyOf(atTable),
                generatedAt, articles.size(), outlets.size());
    }

    private Briefing.Method method(RunInput run) {
        Set<String> articles = new LinkedHashSet<>();
        said.forEach(s -> articles.add(s.article().doc()));
        int reprints = articles.stream().mapToInt(doc -> run.reprints().getOrDefault(doc, 0)).sum();
        int updates = (int) articles.stream().filter(doc -> links.earlierVersion(doc) != null).count();
        // the words quoted from speakers without a party at the table, one entry for words several sources carry
        List<QuotedWords> quoted = new ArrayList<>();
        for (Said s : said) {
            if (s.party() == null) {
                String text = s.article().text();
                s.parts().stream().filter(p -> p.briefed() && p.kind().equals("direct"))
                        .forEach(p -> quoted.add(new QuotedWords(s, Whitespace.collapse(p.span().of(text)))));
            }
        }
        List<Briefing.UnattributedStatement> unattributed = NearDuplicateTexts.group(quoted, QuotedWords::text).stream()
                .map(words -> {
                    StatementGroups.Group g = new StatementGroups.Group(words.stream().map(QuotedWords::said).toList(),
                            sources);
                    return new Briefing.UnattributedStatement(words.get(0).text(), g.voiced().speaker(), g.citations());
                })
                .toList();
        List<String> notes = new ArrayList<>();
        if (!round.yearKnown()) {
            notes.add("The sources give no year for this round, so none is shown.");
        }
        if (said.isEmpty()) {
            notes.add("No statement in the article set is about this round.");
        }
        List<String> named = context.stream().filter(c -> c.docs().stream().anyMatch(articles::contains))
                .map(c -> c.title() + " (" + c.dates() + ")").toList();
        if (!named.isEmpty()) {
            notes.add("Other meetings these articles name are context, not rounds of these talks: "
                    + String.join("; ", named) + ".");
        }
        notes.add("Issues are found with Parley's topic lexicon: a statement counts for an issue when it says what the"
                + " issue is about (one word that often means something else, such as \"missile\" in a missile strike, is"
                + " not enough), and each issue is named by the words the coverage uses most for it.");
        List<String> renamed = labels.renamed().entrySet().stream()
                .map(e -> e.getValue() + " (the lexicon's " + e.getKey() + ")").toList();
        if (!renamed.isEmpty()) {
            notes.add("Issues named by the coverage: " + String.join("; ", renamed) + ".");
        }
        return new Briefing.Method(articles.size(), reprints, updates, said.size(),
                (int) said.stream().filter(s -> s.party() != null).count(),
                run.skipped(), unattributed, notes);
    }

    private List<Briefing.StatementRow> rows(RunInput run) {
        List<Briefing.StatementRow> rows = new ArrayList<>();
        said.stream().sorted(Comparator.comparingInt(s -> sources.number(s.article())))
                .forEach(s -> rows.addAll(ExportRows.of(s, round.id())));
        return ExportRows.merged(rows);
    }

    /** Words quoted from one statement. */
    private record QuotedWords(Said said, String text) {
    }
}
