package org.parley.render;

import org.parley.briefing.Briefing;
import org.parley.briefing.Briefing.Changes;
import org.parley.briefing.Briefing.Cover;
import org.parley.briefing.Briefing.IssueCell;
import org.parley.briefing.Briefing.IssueMatrix;
import org.parley.briefing.Briefing.IssueNote;
import org.parley.briefing.Briefing.IssueRow;
import org.parley.briefing.Briefing.Method;
import org.parley.briefing.Briefing.PartySection;
import org.parley.briefing.Briefing.PartySummary;
import org.parley.briefing.Briefing.Position;
import org.parley.briefing.Briefing.PositionChange;
import org.parley.briefing.Briefing.Related;
import org.parley.briefing.Briefing.Quote;
import org.parley.briefing.Briefing.SkippedArticle;
import org.parley.briefing.Briefing.Source;
import org.parley.briefing.Briefing.Speaker;
import org.parley.briefing.Briefing.StatementRow;
import org.parley.briefing.Briefing.SummaryLine;
import org.parley.briefing.Briefing.UnattributedStatement;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates realistic briefing models about fictional talks between fictional parties, with names in
 * several scripts (Šefčík, Zelenyy, Лавринов, Παπαδάκης) so that glyph coverage is exercised.
 * Equal arguments give equal models.
 */
final class BriefingFixtures {

    static final Instant GENERATED = Instant.parse("2025-03-14T09:30:00Z");
    /** Where the tests' renders copy the chart fonts (under {@code target/}, like every file a test writes). */
    static final Path FONTS = Path.of("target", "chart-fonts");

    private static final String[][] PARTIES = {
        {"Vestria", "Maroš Šefčík", "Foreign Minister", "Jana Dvořáková", "ministry spokeswoman"},
        {"Nordland", "Dmytro Zelenyy", "Deputy Foreign Minister", "Ingrid Halvorsen", "chief negotiator"},
        {"Karsk Federation", "Сергей Лавринов", "Foreign Minister", "Irina Volkova", "Deputy Defence Minister"},
        {"Ostmark", "Łukasz Żółkiewski", "State Secretary", "Ágnes Őry", "ambassador"},
        {"Southern Alliance", "Γιώργος Παπαδάκης", "Secretary General", "Thandiwe Nkosi", "envoy"},
        {"Free City of Lorin", "Élodie Marchetti", "Mayor", "Kōsuke Ōta", "trade commissioner"},
    };
    static final List<String> ISSUES = List.of("Arms control", "Troop deployments", "Sanctions", "Ceasefire",
            "Borders", "Trade", "Fisheries", "State aid", "Enlargement", "Energy supplies", "Prisoner exchange",
            "Humanitarian corridors");
    private static final String[] OUTLETS = {"Nordic Wire", "Baltic Courier", "Adriatic Times", "Daily Meridian",
        "Karsk Today", "Global Dispatch", "The Lorin Herald", "Vestrian Press Agency"};
    private static final String[] POSITION = {
        "%s is ready to discuss limits on %s, provided the other side makes the first verifiable step",
        "%s will not accept any agreement on %s that is reached without its participation",
        "%s wants a written timetable on %s before the next round and says the current draft falls short",
        "%s described the proposals on %s as a basis for work but not yet as a text it could sign",
        "%s insisted that progress on %s depends on guarantees that have been discussed since the spring",
    };
    private static final String[] QUOTE = {
        "We came here to negotiate on %s, not to listen to ultimatums, and we will stay at the table as long as it takes",
        "Nobody should mistake our patience on %s for weakness; the window for a deal is open, but not for ever",
        "On %s we have heard constructive ideas today, and I expect our experts to turn them into text within weeks",
        "There is no agreement on %s until there is agreement on everything",
    };

    private BriefingFixtures() {
    }

    /** A typical round: three parties, a dozen sources, a previous round to compare with. */
    static Briefing sample() {
        return generate(3, 5, 4, 6, 12, true);
    }

    /** A round with two parties and nothing before it. */
    static Briefing small() {
        return generate(2, 3, 2, 4, 5, false);
    }

    /** The largest set: six parties, every issue, many sources (about 20 pages in the full template). */
    static Briefing large() {
        return generate(6, 10, 8, 12, 60, true);
    }

    static Briefing generate(int parties, int positions, int quotes, int issues, int sourceCount, boolean previous) {
        Random random = new Random(parties * 1000L + positions * 100L + quotes * 10L + sourceCount);
        List<Source> sources = sources(sourceCount, random);
        List<String> names = new ArrayList<>();
        List<PartySection> sections = new ArrayList<>();
        List<PartySummary> summary = new ArrayList<>();
        List<StatementRow> rows = new ArrayList<>();
        for (int p = 0; p < parties; p++) {
            String[] party = PARTIES[p];
            names.add(party[0]);
            PartySection section = section(party, positions, quotes, issues, sources, random);
            sections.add(section);
            summary.add(new PartySummary(party[0], section.positions().stream().limit(4)
                    .map(pos -> new SummaryLine(null, pos.speaker() == null ? party[0] : pos.speaker(), pos.role(), null, "said",
                            pos.text(), false, false, pos.sources(), pos.outlets(), pos.id(),
                            new Briefing.Occurrence(sources.get(pos.sources().get(0) - 1).doc(), 0, pos.text().length(),
                                    List.of()))).toList()));
            rows.addAll(rows(section, sources, random));
        }
        IssueMatrix matrix = matrix(sections, issues, random);
        Cover cover = new Cover("Geneva round of the Lake Talks", "Lake Talks on European Security", "Geneva",
                "10–12 March 2025", names, GENERATED, sourceCount, Math.min(sourceCount, OUTLETS.length));
        Changes changes = previous ? changes(names, random) : Changes.none();
        List<Briefing.Voice> voices = List.of(
                new Briefing.Voice("Ilse Marrow", "analyst at the Harbour Institute", List.of(
                        new Briefing.VoiceStatement("Neither side can afford to walk away before the spring", true,
                                List.of(1), 1),
                        new Briefing.VoiceStatement("said the talks had stalled on sequencing", false, List.of(2, 3), 2))),
                new Briefing.Voice(null, null, List.of(
                        new Briefing.VoiceStatement("a Western diplomat said the mood had improved", false, List.of(1), 1))));
        return new Briefing("2025-03-10-lake-talks-geneva", cover, summary, sections, matrix, changes, sources,
                method(rows.size(), sources), rows, voices, List.of(
                        new Briefing.OutcomeLine("next meeting", "The next round will be held in Vienna in April.",
                                List.of(2, 3))));
    }

    private static List<Source> sources(int count, Random random) {
        List<Source> sources = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            String outlet = OUTLETS[(n - 1) % OUTLETS.length];
            String title = n == 2 ? "Q&A: what is at stake in Geneva <analysis>"
                    : "Talks in Geneva: day " + (1 + n % 3) + " ends with " + (n % 2 == 0 ? "no deal" : "cautious hopes")
                    + " on " + ISSUES.get(random.nextInt(ISSUES.size())).toLowerCase();
            String url = "https://news.example/" + outlet.toLowerCase().replace(' ', '-') + "/2025/03/" + (10 + n % 3)
                    + "/geneva-talks-" + n;
            if (n == 3) { // a later version of source 1, with a copy another outlet carried
                Source first = sources.get(0);
                sources.add(new Source(n, outlet, (10 + n % 3) + " March 2025", title, url, "lake-talks/article-" + n + ".txt",
                        new Related(1, first.outlet(), first.date(), first.title(), first.url(), first.doc()),
                        List.of(new Related(null, "Harbour Times", "12 March 2025", "Geneva talks go on <reprint>", null,
                                "lake-talks/reprint-3.txt"))));
                continue;
            }
            sources.add(new Source(n, outlet, (10 + n % 3) + " March 2025", title, url, "lake-talks/article-" + n + ".txt"));
        }
        return sources;
    }

    private static PartySection section(String[] party, int positions, int quotes, int issues, List<Source> sources,
                                        Random random) {
        List<Position> pos = new ArrayList<>();
        for (int i = 0; i < positions; i++) {
            String issue = ISSUES.get(i % issues).toLowerCase();
            String speaker = i % 3 == 2 ? null : party[1 + 2 * (i % 2)];
            String role = speaker == null ? null : party[2 + 2 * (i % 2)];
            List<Integer> cited = cite(sources, random, 1 + random.nextInt(4));
            pos.add(new Position(PartySection.idOf(party[0]) + "_p" + (i + 1), POSITION[i % POSITION.length].formatted(party[0], issue) + ".", speaker, role,
                    cited, cited.size()));
        }
        List<Quote> qs = new ArrayList<>();
        for (int i = 0; i < quotes; i++) {
            String issue = ISSUES.get((i + 1) % issues).toLowerCase();
            List<Integer> cited = cite(sources, random, 1 + random.nextInt(3));
            Source first = sources.get(cited.get(0) - 1);
            qs.add(new Quote(PartySection.idOf(party[0]) + "_q" + (i + 1), QUOTE[i % QUOTE.length].formatted(issue) + ".", party[1 + 2 * (i % 2)],
                    party[2 + 2 * (i % 2)], first.outlet(), first.date(), cited));
        }
        List<Speaker> speakers = List.of(new Speaker(party[1], party[2], positions / 2 + quotes / 2 + 1),
                new Speaker(party[3], party[4], positions / 2 + quotes / 2));
        return new PartySection(party[0], pos, qs, speakers);
    }

    private static List<Integer> cite(List<Source> sources, Random random, int count) {
        return random.ints(0, sources.size()).distinct().limit(Math.min(count, sources.size()))
                .sorted().mapToObj(i -> i + 1).toList();
    }

    private static IssueMatrix matrix(List<PartySection> sections, int issues, Random random) {
        List<IssueRow> rows = new ArrayList<>();
        for (int i = 0; i < issues; i++) {
            List<IssueCell> cells = new ArrayList<>();
            for (PartySection s : sections) {
                boolean silent = (i + s.party().length()) % 4 == 3;
                int count = silent ? 0 : 1 + random.nextInt(5);
                cells.add(silent ? new IssueCell(s.party(), null, List.of(), 0)
                        : new IssueCell(s.party(), s.party() + " wants progress on " + ISSUES.get(i).toLowerCase()
                        + " first.", List.of(1 + random.nextInt(3)), count));
            }
            rows.add(new IssueRow(ISSUES.get(i), cells));
        }
        return new IssueMatrix(sections.stream().map(PartySection::party).toList(), rows);
    }

    private static Changes changes(List<String> parties, Random random) {
        return new Changes("Vienna round of the Lake Talks (3–4 February 2025)",
                List.of(new IssueNote("Energy supplies", parties.subList(0, 1)), new IssueNote("Fisheries", parties)),
                List.of(new PositionChange(parties.get(0), "Ceasefire", "A ceasefire must come before any talks.",
                        "A ceasefire can be agreed in parallel with the talks.", List.of(1 + random.nextInt(3)))),
                List.of(new IssueNote("Prisoner exchange", parties.subList(parties.size() - 1, parties.size()))));
    }

    private static List<StatementRow> rows(PartySection section, List<Source> sources, Random random) {
        List<StatementRow> rows = new ArrayList<>();
        for (Position p : section.positions()) {
            rows.add(row(p.speaker(), section.party(), "indirect", p.text(), sources.get(p.sources().get(0) - 1), random));
        }
        for (Quote q : section.quotes()) {
            rows.add(row(q.speaker(), section.party(), "direct", "“" + q.text() + "”", sources.get(q.sources().get(0) - 1),
                    random));
        }
        return rows;
    }

    private static StatementRow row(String speaker, String party, String kind, String text, Source source, Random random) {
        int start = 40 + random.nextInt(2000);
        return new StatementRow(speaker, party, "2025-03-10-lake-talks-geneva", kind,
                kind.equals("direct") ? "full" : "indirect", "said", text, source.doc(), start,
                start + text.codePointCount(0, text.length()), List.of(source.outlet()));
    }

    private static Method method(int statements, List<Source> sources) {
        return new Method(sources.size(), 2, statements + 3, statements,
                List.of(new SkippedArticle("lake-talks/broken.json", "malformed JSON at line 1, column 17"),
                        new SkippedArticle("lake-talks/empty.txt", "empty file")),
                List.of(new UnattributedStatement("Diplomats said the mood was better than in Vienna.", null, List.of(1)),
                        new UnattributedStatement("The talks would continue in April, an official said.", "an official",
                                List.of(2))),
                List.of("Issues come from the default topic lexicon."));
    }

    /** The chart fonts, copied to {@link #FONTS}. */
    static ChartFonts fonts() {
        return ChartFonts.in(FONTS);
    }
}
