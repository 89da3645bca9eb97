package org.parley.briefing;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The view model of one round's briefing: everything a template shows, already chosen, ordered and
 * worded, so that a template needs nothing beyond loops and conditionals.
 *
 * <p>Conventions the assembler keeps and the templates rely on: lists are never null (empty when
 * there is nothing to say); text is plain (templates escape it); a citation is a list of source
 * numbers that each match one {@link Source#number()}; parties appear in the same order everywhere
 * (cover, summary, sections, matrix columns, chart series).
 *
 * @param roundId    the round's stable id; file names derive from it ({@code <round-id>.pdf})
 * @param cover      what the first page says about the round
 * @param summary    per party, its few most widely reported positions, in {@link #parties()} order
 * @param parties    one section per party, most statements first; unattributed statements are not
 *                   a party but go to {@link Method#unattributed()}
 * @param issues     the issues on the table against the parties
 * @param changes    what moved since the previous round of the same talks
 * @param sources    the articles cited, numbered from 1 in this order
 * @param method     counts and caveats for the method section
 * @param statements every statement of the round, for the CSV and JSON data export
 * @param voices     the people who spoke on the round but are not at the table (analysts, critics,
 *                   other governments), for a section of their own after the parties'
 * @param outcome    the round's outcome as the coverage reports it, for the summary; empty when it does not
 */
public record Briefing(String roundId, Cover cover, List<PartySummary> summary, List<PartySection> parties,
                       IssueMatrix issues, Changes changes, List<Source> sources, Method method,
                       List<StatementRow> statements, List<Voice> voices, List<OutcomeLine> outcome) {

    private static final DateTimeFormatter GENERATED =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    public Briefing {
        summary = List.copyOf(summary);
        parties = List.copyOf(parties);
        sources = List.copyOf(sources);
        statements = List.copyOf(statements);
        voices = List.copyOf(voices);
        outcome = List.copyOf(outcome);
    }

    /** A briefing without other voices. */
    public Briefing(String roundId, Cover cover, List<PartySummary> summary, List<PartySection> parties,
                    IssueMatrix issues, Changes changes, List<Source> sources, Method method,
                    List<StatementRow> statements) {
        this(roundId, cover, summary, parties, issues, changes, sources, method, statements, List.of(), List.of());
    }

    /**
     * A sentence of the coverage on how the round ended, never written by Parley.
     *
     * @param kind    "agreement", "no agreement" or "next meeting"
     * @param text    the sentence as the article has it
     * @param sources the numbers of the sources that carry it
     */
    public record OutcomeLine(String kind, String text, List<Integer> sources) {
        public OutcomeLine {
            sources = List.copyOf(sources);
        }
    }

    /**
     * Someone who spoke on the round without a party at the table.
     *
     * @param speaker    the name, or null for sources the articles do not name ("an analyst")
     * @param role       the role or description the articles give ("Middle East analyst"), or null
     * @param statements what they said, each once, most widely reported first
     */
    public record Voice(String speaker, String role, List<VoiceStatement> statements) {
        public Voice {
            statements = List.copyOf(statements);
        }
    }

    /**
     * One statement of another voice.
     *
     * @param text    the words, a quote without its marks (templates add them) or a position with its cue
     * @param quote   true for a direct quote
     * @param sources the numbers of the sources that carry it
     * @param outlets how many outlets carry it
     */
    public record VoiceStatement(String text, boolean quote, List<Integer> sources, int outlets) {
        public VoiceStatement {
            sources = List.copyOf(sources);
        }
    }

    /**
     * The first page: which round this is and what the briefing rests on.
     *
     * @param title        the round's title ("Vestria–Nordland talks, Geneva")
     * @param forum        the meeting or format ("Strategic Stability Dialogue"), or null
     * @param place        the city, or null
     * @param dates        the dates as a reader should see them ("10–12 January 2022"; "12 January, year not given")
     * @param parties      the parties at the table, in the briefing's party order
     * @param generatedAt  when the briefing was made; the one value allowed to differ between two
     *                     renderings of the same input (it also dates the documents' metadata)
     * @param articleCount how many distinct articles fed this round, after merging reprints
     * @param outletCount  how many outlets carried them
     */
    public record Cover(String title, String forum, String place, String dates, List<String> parties,
                       Instant generatedAt, int articleCount, int outletCount) {
        public Cover {
            parties = List.copyOf(parties);
        }

        /** {@link #generatedAt()} as printed on the cover ("12 January 2022, 14:03 UTC"). */
        public String generatedAtText() {
            return GENERATED.format(generatedAt);
        }

        /** {@link #generatedAt()} in ISO-8601, for document metadata. */
        public String generatedAtIso() {
            return generatedAt.toString();
        }
    }

    /**
     * One party's lines in the summary: at most five of its statements, the most widely reported,
     * grouped by issue.
     *
     * @param party the party's name as in {@link PartySection#party()}
     * @param lines its summary lines
     */
    public record PartySummary(String party, List<SummaryLine> lines) {
        public PartySummary {
            lines = List.copyOf(lines);
        }
    }

    /**
     * One statement in the summary, as a digest pointing to the body: who, the cue, and the first
     * words of what was said, in the source's words, never written by Parley. Where the source names
     * the speaker and the cue just before the words ("officials have told the BBC that"), those words
     * are its {@code lead} and there is no separate cue.
     *
     * @param issue   the issue it speaks to, as the issue table names it, or null
     * @param who     the speaker, or the party when it speaks as itself ("Hamas"); null when the lead names them
     * @param role    the speaker's role, or null
     * @param lead    the source's words from the speaker to what was said ("Trump said:"), or null
     * @param cue     without a lead, the cue as written, with what negates it ("did not rule out"), or null
     * @param text    the words said, from the start, as the article has them (a quote without its marks)
     * @param cut     true when {@code text} stops before the statement does (templates add "…")
     * @param quote   true for a direct quote, false for a reported position
     * @param sources the numbers of the sources that carry it
     * @param outlets how many outlets carry it
     * @param ref     the id of the entry in the party's section that gives it in full
     * @param at      where the statement's words are in the earliest source (the whole statement, not only
     *                {@code text}), for the data export
     */
    public record SummaryLine(String issue, String who, String role, String lead, String cue, String text, boolean cut,
                              boolean quote, List<Integer> sources, int outlets, String ref, Occurrence at) {
        public SummaryLine {
            sources = List.copyOf(sources);
        }

        /** How many sources carry the line ("3 sources"). */
        public int sourceCount() {
            return sources.size();
        }
    }

    /**
     * What one party said about this round.
     *
     * @param party     the party's display name
     * @param positions its reported positions, grouped by content, most widely reported first
     * @param quotes    its key quotes, best first
     * @param speakers  the people who spoke for it, most statements first
     */
    public record PartySection(String party, List<Position> positions, List<Quote> quotes,
                               List<Speaker> speakers) {
        public PartySection {
            positions = List.copyOf(positions);
            quotes = List.copyOf(quotes);
            speakers = List.copyOf(speakers);
        }

        /** An id for links and bookmarks, unique among parties ("party_vestria"). */
        public String id() {
            return idOf(party);
        }

        /** The {@link #id()} of a party's section. */
        public static String idOf(String party) {
            return "party_" + Slugs.of(party);
        }
    }

    /**
     * A reported position: statements that say the same thing, shown once.
     *
     * @param id      an id for links, unique in the briefing ("party_hamas_p2")
     * @param text    the most representative wording
     * @param speaker who said it, or null when the articles name only the party
     * @param role    the speaker's role ("Deputy Foreign Minister"), or null
     * @param sources the numbers of the sources that report it
     * @param outlets how many distinct outlets report it ("reported by 4 outlets")
     */
    public record Position(String id, String text, String speaker, String role, List<Integer> sources, int outlets) {
        public Position {
            sources = List.copyOf(sources);
        }
    }

    /**
     * A direct quote with who said it and where it was first reported.
     *
     * @param id      an id for links, unique in the briefing ("party_hamas_q1")
     * @param text    the quoted words without the quotation marks (templates add typographic ones)
     * @param speaker the speaker's full name
     * @param role    the speaker's role, or null
     * @param outlet  the outlet of the first source that carries it, or null when unknown
     * @param date    that source's date as a reader should see it, or null
     * @param sources the numbers of all sources that carry it
     */
    public record Quote(String id, String text, String speaker, String role, String outlet, String date,
                        List<Integer> sources) {
        public Quote {
            sources = List.copyOf(sources);
        }
    }

    /**
     * A person who spoke for a party.
     *
     * @param name       the full name as first introduced in the articles
     * @param role       the role the articles give, or null
     * @param statements how many of the round's statements are theirs
     */
    public record Speaker(String name, String role, int statements) {
    }

    /**
     * Issues against parties: rows are issues, columns are {@link #parties()}.
     *
     * @param parties the column heads, in the briefing's party order
     * @param rows    one row per issue anyone spoke to, most statements first
     */
    public record IssueMatrix(List<String> parties, List<IssueRow> rows) {
        public IssueMatrix {
            parties = List.copyOf(parties);
            rows = List.copyOf(rows);
        }
    }

    /**
     * One issue across the parties.
     *
     * @param issue the issue's name from the topic lexicon ("Arms control")
     * @param cells one cell per party, in {@link IssueMatrix#parties()} order
     */
    public record IssueRow(String issue, List<IssueCell> cells) {
        public IssueRow {
            cells = List.copyOf(cells);
        }
    }

    /**
     * What one party said on one issue.
     *
     * @param party      the column's party
     * @param text       the party's shortest statement that names the issue, or null where it said nothing
     * @param sources    the numbers of the sources that carry {@code text}
     * @param statements how many of the party's statements name the issue (the chart plots these)
     */
    public record IssueCell(String party, String text, List<Integer> sources, int statements) {
        public IssueCell {
            sources = List.copyOf(sources);
        }
    }

    /**
     * Movement since the previous round of the same talks (same parties, earlier date).
     *
     * @param previousRound the previous round's title, or null when this is the first round known;
     *                      the lists are then empty
     * @param newIssues     issues raised for the first time, with the parties that raised them
     * @param changed       positions that changed
     * @param droppedIssues issues spoken to last time and not now, with the parties that had
     */
    public record Changes(String previousRound, List<IssueNote> newIssues, List<PositionChange> changed,
                          List<IssueNote> droppedIssues) {
        public Changes {
            newIssues = List.copyOf(newIssues);
            changed = List.copyOf(changed);
            droppedIssues = List.copyOf(droppedIssues);
        }

        /** No previous round: the section says so instead of listing nothing. */
        public static Changes none() {
            return new Changes(null, List.of(), List.of(), List.of());
        }
    }

    /**
     * An issue and the parties concerned.
     *
     * @param issue   the issue's name
     * @param parties the parties that raised it (or stopped raising it)
     */
    public record IssueNote(String issue, List<String> parties) {
        public IssueNote {
            parties = List.copyOf(parties);
        }
    }

    /**
     * A party's position on an issue then and now.
     *
     * @param party   the party
     * @param issue   the issue
     * @param before  its statement in the previous round
     * @param now     its statement in this round
     * @param sources the numbers of this round's sources that carry {@code now}
     */
    public record PositionChange(String party, String issue, String before, String now, List<Integer> sources) {
        public PositionChange {
            sources = List.copyOf(sources);
        }
    }

    /**
     * A numbered source article.
     *
     * @param number  its citation number, from 1
     * @param outlet  the outlet ("Nordic Wire"), or null when unknown
     * @param date    its date as a reader should see it, or null
     * @param title   the headline
     * @param url     the link, or null
     * @param doc     the input file it came from ({@code set.zip!/a.txt}, {@code feed.jsonl#12})
     * @param updates the earlier version of the story this source updates, or null
     * @param copies  the copies merged into this source, each read but not extracted again
     */
    public record Source(int number, String outlet, String date, String title, String url, String doc,
                         Related updates, List<Related> copies) {

        public Source {
            copies = copies == null ? List.of() : List.copyOf(copies);
        }

        /** A source that updates no other and has no copies merged into it. */
        public Source(int number, String outlet, String date, String title, String url, String doc) {
            this(number, outlet, date, title, url, doc, null, List.of());
        }

        /** An id for links and bookmarks ("source_3"); citations link to it. */
        public String id() {
            return "source_" + number;
        }
    }

    /**
     * Another article of a source's story, listed with it: the earlier version it updates, or a copy
     * merged into it (the same story carried by another outlet, or again, adding no text).
     *
     * @param number its own source number when this briefing cites it too, else null
     * @param outlet the outlet, or null when unknown
     * @param date   its date as a reader should see it, or null
     * @param title  the headline
     * @param url    the link, or null
     * @param doc    the input file it came from
     */
    public record Related(Integer number, String outlet, String date, String title, String url, String doc) {
    }

    /**
     * How the briefing was made, for the method section.
     *
     * @param articles      distinct articles in the round, after merging reprints
     * @param reprints      copies merged into another article (syndicated stories)
     * @param updates       of the articles, how many are later versions of another, extracted on their own
     * @param statements    statements found in the round
     * @param attributed    of those, attributed to a party
     * @param skipped       articles of the run that could not be read, with the reason
     * @param unattributed  quotes of the round from speakers not at the table or of unknown party
     * @param notes         further plain sentences (caveats on dates, the topic lexicon used)
     */
    public record Method(int articles, int reprints, int updates, int statements, int attributed,
                         List<SkippedArticle> skipped, List<UnattributedStatement> unattributed, List<String> notes) {
        public Method {
            skipped = List.copyOf(skipped);
            unattributed = List.copyOf(unattributed);
            notes = List.copyOf(notes);
        }

        /** A method without updated versions among its articles. */
        public Method(int articles, int reprints, int statements, int attributed, List<SkippedArticle> skipped,
                      List<UnattributedStatement> unattributed, List<String> notes) {
            this(articles, reprints, 0, statements, attributed, skipped, unattributed, notes);
        }
    }

    /**
     * An input the run could not use.
     *
     * @param article the input's name as in {@link Source#doc()}
     * @param reason  why, in words a user can act on ("not UTF-8", "fewer than 200 characters of body")
     */
    public record SkippedArticle(String article, String reason) {
    }

    /**
     * A statement found without a speaker or without a party.
     *
     * @param text    what was said
     * @param speaker the speaker when known but their party is not, or null
     * @param sources the numbers of the sources that carry it
     */
    public record UnattributedStatement(String text, String speaker, List<Integer> sources) {
        public UnattributedStatement {
            sources = List.copyOf(sources);
        }
    }

    /**
     * One statement as exported to CSV and JSON, with offsets into its article so any tool can find it.
     *
     * @param speaker the canonical speaker (a person, or a body speaking as itself: "Hamas"), or null
     * @param party   the party, or null
     * @param round   the round's id, or null for a statement that fits no round
     * @param kind    "direct" for a quote, "indirect" for a reported statement (a position)
     * @param form    a quote's "full" or "partial" (quoted words inside a reported statement); a
     *                position's "indirect" or "mixed" (holding quoted words)
     * @param cue     the cue as written, with a negation before it ("did not rule out"), or null
     * @param text    the statement's text
     * @param article the input it was found in, as in {@link Source#doc()}
     * @param start   where {@code text} starts, in code points, as in the attribution JSONL
     * @param end     where it ends (exclusive)
     * @param outlets every outlet that carried it, in any of its occurrences, reprints included
     * @param alsoIn  the other places the same words of the same speaker were found (another
     *                outlet's copy, a headline and its body), earliest source first; empty for one
     */
    public record StatementRow(String speaker, String party, String round, String kind, String form, String cue,
                               String text, String article, int start, int end, List<String> outlets,
                               List<Occurrence> alsoIn) {
        public StatementRow {
            outlets = List.copyOf(outlets);
            alsoIn = List.copyOf(alsoIn);
        }

        /** A statement found in one place only. */
        public StatementRow(String speaker, String party, String round, String kind, String form, String cue,
                            String text, String article, int start, int end, List<String> outlets) {
            this(speaker, party, round, kind, form, cue, text, article, start, end, outlets, List.of());
        }

        /** Where this row's own text is. */
        public Occurrence occurrence() {
            return new Occurrence(article, start, end, outlets);
        }
    }

    /**
     * One place a statement was found.
     *
     * @param article the input, as in {@link Source#doc()}
     * @param start   where the words start, in code points
     * @param end     where they end (exclusive)
     * @param outlets the outlets that carried that article
     */
    public record Occurrence(String article, int start, int end, List<String> outlets) {
        public Occurrence {
            outlets = List.copyOf(outlets);
        }
    }
}
