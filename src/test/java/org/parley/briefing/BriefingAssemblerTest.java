package org.parley.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.parley.article.Article;
import org.parley.article.Listing;
import org.parley.extraction.ArticleAttributions;
import org.parley.extraction.Attribution;
import org.parley.extraction.Kind;
import org.parley.extraction.Span;
import org.parley.round.Round;
import org.parley.round.RoundPlan;
import org.parley.round.TalksDate;

/** Assembly on passages we wrote: two rounds of the same talks, a reprinted position, a quote. */
class BriefingAssemblerTest {

    private static final Instant NOW = Instant.parse("2026-03-14T09:00:00Z");
    private static final Round OSLO = new Round("r1", "Talks, Oslo", "Talks", "Oslo",
            TalksDate.of(LocalDate.of(2026, 3, 9)), null, List.of("Valdoria", "Karvessia"), false, List.of());
    private static final Round VALLETTA = new Round("r2", "Talks, Valletta", "Talks", "Valletta",
            TalksDate.of(LocalDate.of(2026, 3, 12)), null, List.of("Valdoria", "Karvessia"), false, List.of());

    private final Map<String, String> assignments = new HashMap<>();
    private final List<ArticleAttributions> extracted = new ArrayList<>();

    /** An article whose sentences each carry one statement: its content is the sentence after "said". */
    private void article(String doc, LocalDate date, String round, String... said) {
        StringBuilder text = new StringBuilder("Headline of " + doc + "\n\n");
        List<Attribution> statements = new ArrayList<>();
        for (String s : said) {
            String[] parts = s.split("\\|"); // speaker|party|kind|content
            int start = text.length();
            text.append(parts[0]).append(" said ");
            int content = text.length();
            text.append(parts[3]).append(". ");
            Kind kind = Kind.valueOf(parts[2]);
            statements.add(new Attribution(kind, new Span(content, content + parts[3].length()),
                    new Span(start + parts[0].length() + 1, start + parts[0].length() + 5),
                    new Span(start, start + parts[0].length()), parts[0], "Foreign Minister",
                    parts[1].equals("-") ? null : parts[1]));
            assignments.put(RoundPlan.key(doc, statements.size() - 1), round);
        }
        Article a = new Article(doc, "Headline of " + doc, text.toString(), ("Headline of " + doc).length() + 2, date,
                "Outlet " + doc, "https://news.example/" + doc);
        extracted.add(new ArticleAttributions(a, statements));
    }

    private Assembly assemble(Map<String, Integer> reprints, Map<String, List<String>> outlets) {
        return assemble(reprints, outlets, List.of());
    }

    private Assembly assemble(Map<String, Integer> reprints, Map<String, List<String>> outlets, List<Listing> listings) {
        RoundPlan plan = new RoundPlan(List.of(OSLO, VALLETTA), assignments, Map.of(), Map.of());
        RunInput run = new RunInput(extracted, outlets, reprints, List.of(new Briefing.SkippedArticle("x.txt", "empty")),
                listings);
        return new BriefingAssembler(NOW, IssueLexicon.bundled()).assemble(run, plan);
    }

    @Test
    void groupsAPositionReportedTwiceAndCitesBothSources() {
        article("a.txt", LocalDate.of(2026, 3, 9), "r1",
                "Anja Reswick|Valdoria|INDIRECT|the ceasefire line must be drawn before any prisoner exchange");
        article("b.txt", LocalDate.of(2026, 3, 9), "r1",
                "Anja Reswick|Valdoria|INDIRECT|the ceasefire line must be drawn before any prisoner exchange can begin");
        Briefing oslo = assemble(Map.of(), Map.of("a.txt", List.of("Wire A"), "b.txt", List.of("Paper B", "Wire A")))
                .briefings().get(0);
        List<Briefing.Position> positions = oslo.parties().get(0).positions();
        assertEquals(1, positions.size());
        assertEquals(List.of(1, 2), positions.get(0).sources());
        assertEquals(2, positions.get(0).outlets());
        assertEquals("Anja Reswick", positions.get(0).speaker());
    }

    @Test
    void aStatementAnUpdateRepeatsIsOneEntryCitingBothVersionsFromOneOutlet() {
        // the same day, a first version and its update: the update repeats the position and adds one
        String position = "Anja Reswick|Valdoria|INDIRECT|the ceasefire line must be drawn before any prisoner exchange";
        String unattributed = "An analyst|-|DIRECT|\"The talks are stuck on the order of the steps\"";
        article("v2.txt", LocalDate.of(2026, 3, 9), "r1", position, unattributed,
                "Anja Reswick|Valdoria|INDIRECT|observers from the alliance could stay at the crossings all summer");
        article("v1.txt", LocalDate.of(2026, 3, 9), "r1", position, unattributed);
        List<Listing> listings = List.of(
                new Listing("v1.txt", "Headline of v1.txt", LocalDate.of(2026, 3, 9), "Outlet", null, null, null),
                new Listing("v2.txt", "Headline of v2.txt", LocalDate.of(2026, 3, 9), "Outlet", null, null, "v1.txt"));

        Assembly assembly = assemble(Map.of(), Map.of("v1.txt", List.of("Outlet"), "v2.txt", List.of("Outlet")),
                listings);

        Briefing oslo = assembly.briefings().get(0);
        // the first version is source 1 although its name sorts after its update's
        assertEquals(List.of("v1.txt", "v2.txt"), oslo.sources().stream().map(Briefing.Source::doc).toList());
        assertNull(oslo.sources().get(0).updates());
        assertEquals(new Briefing.Related(1, "Outlet", "9 March 2026", "Headline of v1.txt", null, "v1.txt"),
                oslo.sources().get(1).updates());
        List<Briefing.Position> positions = oslo.parties().get(0).positions();
        assertEquals(2, positions.size());
        Briefing.Position repeated = positions.stream().filter(p -> p.text().contains("ceasefire line")).findFirst()
                .orElseThrow();
        assertEquals(List.of(1, 2), repeated.sources());
        assertEquals(1, repeated.outlets(), "both versions are the same outlet's");
        assertEquals(List.of(new Briefing.UnattributedStatement("\"The talks are stuck on the order of the steps\"",
                "An analyst", List.of(1, 2))), oslo.method().unattributed());
        assertEquals(2, oslo.method().articles());
        assertEquals(1, oslo.method().updates());
        assertEquals(1, oslo.cover().outletCount());
        assertEquals(1, assembly.summary().updates());
        assertEquals(2, assembly.summary().articles());
    }

    @Test
    void aMergedCopyIsListedWithTheSourceItCopiesAndAnEarlierVersionNotCitedIsNamed() {
        article("v2.txt", LocalDate.of(2026, 3, 10), "r1",
                "Anja Reswick|Valdoria|INDIRECT|observers from the alliance could stay at the crossings all summer");
        List<Listing> listings = List.of(
                new Listing("v1.txt", "First version", LocalDate.of(2026, 3, 9), "Outlet", null, null, null),
                new Listing("v2.txt", "Headline of v2.txt", LocalDate.of(2026, 3, 10), "Outlet", null, null, "v1.txt"),
                new Listing("copy.txt", "Reprinted", LocalDate.of(2026, 3, 11), "Paper", "https://paper.example/c", "v2.txt",
                        null));

        Briefing oslo = assemble(Map.of("v2.txt", 1), Map.of("v2.txt", List.of("Outlet", "Paper")), listings)
                .briefings().get(0);

        assertEquals(1, oslo.sources().size());
        assertEquals(new Briefing.Related(null, "Outlet", "9 March 2026", "First version", null, "v1.txt"),
                oslo.sources().get(0).updates());
        assertEquals(List.of(new Briefing.Related(null, "Paper", "11 March 2026", "Reprinted", "https://paper.example/c",
                "copy.txt")), oslo.sources().get(0).copies());
        assertEquals(2, oslo.parties().get(0).positions().get(0).outlets());
        assertEquals(1, oslo.method().reprints());
    }

    @Test
    void aSummaryLineIsTheSpeakerTheCueAndTheSourcesWordsAndLinksToItsEntry() {
        article("a.txt", LocalDate.of(2026, 3, 9), "r1",
                "Anja Reswick|Valdoria|INDIRECT|troops would stay until the border was agreed",
                "Piet Lunde|Karvessia|DIRECT|\u201cWe will not discuss sanctions today\u201d");
        Assembly assembly = assemble(Map.of(), Map.of());
        Briefing oslo = assembly.briefings().get(0);
        String text = extracted.get(0).article().text();
        Set<String> ids = new java.util.HashSet<>();
        oslo.parties().forEach(p -> {
            p.positions().forEach(pos -> ids.add(pos.id()));
            p.quotes().forEach(q -> ids.add(q.id()));
        });
        for (Briefing.PartySummary summary : oslo.summary()) {
            for (Briefing.SummaryLine line : summary.lines()) {
                assertTrue(text.contains(line.text()), line.text());
                assertTrue(ids.contains(line.ref()), line.ref() + " is no entry of " + ids);
                assertEquals(null, line.cue(), "the lead holds the cue");
            }
        }
        Briefing.SummaryLine valdoria = oslo.summary().stream().filter(p -> p.party().equals("Valdoria")).findFirst()
                .orElseThrow().lines().get(0);
        assertEquals("Anja Reswick said", valdoria.lead(), "the source's words from the speaker to what was said");
        assertNull(valdoria.who(), "the lead names the speaker");
        assertEquals("troops would stay until the border was agreed", valdoria.text());
        assertTrue(!valdoria.quote() && !valdoria.cut());
        Briefing.SummaryLine karvessia = oslo.summary().stream().filter(p -> p.party().equals("Karvessia")).findFirst()
                .orElseThrow().lines().get(0);
        assertEquals("We will not discuss sanctions today", karvessia.text());
        assertEquals("Sanctions", karvessia.issue());
        assertTrue(karvessia.quote());
        Set<Integer> numbers = oslo.sources().stream().map(Briefing.Source::number).collect(Collectors.toSet());
        oslo.parties().forEach(p -> p.quotes().forEach(q -> assertTrue(numbers.containsAll(q.sources()))));
        Briefing.PartySection section = oslo.parties().stream().filter(p -> p.party().equals("Karvessia"))
                .findFirst().orElseThrow();
        assertEquals("We will not discuss sanctions today", section.quotes().get(0).text());
    }

    @Test
    void aSummaryHoldsAtMostFiveLinesTheMostWidelyReportedByIssueNamedSpeakersFirstAndCutsLongOnes() {
        String[] words = {"the harbour pilots would resume night shifts", "a rail bridge near Tarvos could reopen soon",
            "the museum loans had been delayed again", "the embassy garden party was cancelled quietly",
            "river barges queued at the northern locks", "sanctions must stay, which " + "is a long clause ".repeat(10),
            "the weather station kept reporting fog", "a choir from Lendra would tour the capital"};
        String[] said = new String[words.length];
        for (int i = 0; i < said.length; i++) {
            said[i] = (i == 3 ? "Valdoria" : "Anja Reswick") + "|Valdoria|INDIRECT|" + words[i];
        }
        article("a.txt", LocalDate.of(2026, 3, 9), "r1", said);
        article("b.txt", LocalDate.of(2026, 3, 9), "r1", "Valdoria|Valdoria|INDIRECT|" + words[3],
                "Anja Reswick|Valdoria|INDIRECT|" + words[7]);
        Briefing oslo = assemble(Map.of(), Map.of("a.txt", List.of("Wire"), "b.txt", List.of("Paper"))).briefings().get(0);
        List<Briefing.SummaryLine> lines = oslo.summary().get(0).lines();
        assertEquals(Summaries.MAX_LINES, lines.size());
        Briefing.SummaryLine sanctions = lines.get(0);
        assertEquals("Sanctions", sanctions.issue(), "a line with an issue goes before lines with none");
        assertTrue(sanctions.cut());
        assertEquals(Summaries.MAX_WORDS, sanctions.text().split(" ").length);
        List<String> rest = lines.subList(1, lines.size()).stream().map(Briefing.SummaryLine::text).toList();
        assertEquals(List.of(words[7], words[3]), rest.subList(0, 2),
                "reported by two outlets, the named speaker first: " + rest);
        assertEquals("Valdoria said", lines.get(2).lead(), "the party when it speaks as itself");
        assertEquals(List.of(words[1], words[0]), rest.subList(2, 4), "then the more specific (a name, more words): " + rest);
    }

    @Test
    void aSummaryPutsStatementsOnTheTalksReportedWhileTheRoundWasOnBeforeMoreWidelyReportedOthers() {
        article("a.txt", LocalDate.of(2026, 3, 9), "r1", "Anja Reswick|Valdoria|INDIRECT|the negotiations would resume");
        article("b.txt", LocalDate.of(2026, 3, 10), "r1", "Valdoria|Valdoria|INDIRECT|forty people were killed overnight");
        article("c.txt", LocalDate.of(2026, 3, 10), "r1", "Valdoria|Valdoria|INDIRECT|forty people were killed overnight");
        article("d.txt", LocalDate.of(2026, 2, 20), "r1", "Anja Reswick|Valdoria|INDIRECT|a deal had been close in February");
        article("e.txt", LocalDate.of(2026, 2, 20), "r1", "Anja Reswick|Valdoria|INDIRECT|the weather had been mild");
        Briefing oslo = assemble(Map.of(), Map.of("b.txt", List.of("Wire"), "c.txt", List.of("Paper"))).briefings().get(0);
        assertEquals(List.of("the negotiations would resume", "forty people were killed overnight",
                        "a deal had been close in February", "the weather had been mild"),
                oslo.summary().get(0).lines().stream().map(Briefing.SummaryLine::text).toList(),
                "on the talks and during the round; then one of the two, the more widely reported first; then neither");
    }

    @Test
    void otherVoicesAreNamedSpeakersMostStatementsFirstThenUnnamedSourcesAndNeverASpeakerThatReadsAsNoOne() {
        article("a.txt", LocalDate.of(2026, 3, 9), "r1", "Ilse Marrow|-|DIRECT|\"Nobody wants to move first\"",
                "plan|-|DIRECT|\"no role in governance\"", "No Palestinians, Many|-|DIRECT|\"the BBC\"",
                "Tor Hale|-|DIRECT|\"The mood was better\"", "Tor Hale|-|DIRECT|\"Spring is the deadline\"",
                "Anja Reswick|Valdoria|INDIRECT|troops would stay until the border was agreed");
        Briefing oslo = assemble(Map.of(), Map.of()).briefings().get(0);
        assertEquals(List.of("Tor Hale", "Ilse Marrow"), oslo.voices().stream().map(Briefing.Voice::speaker).toList());
        assertEquals(List.of("Valdoria"), oslo.parties().stream().map(Briefing.PartySection::party).toList());
        assertTrue(Voices.readsAsSomeone(null), "an unnamed source is someone");
        assertTrue(!Voices.readsAsSomeone("the BBC and Reuters reported that"));
    }

    @Test
    void aQuoteInTwoStretchesIsSummedUpByItsFirstAsTheArticleHasIt() {
        assertEquals("We are ready", Summaries.firstQuoted("\u201cWe are ready,\u201d she said. \u201cBut not today.\u201d"));
        assertEquals("We are ready", Summaries.firstQuoted("\"We are ready\""));
        article("a.txt", LocalDate.of(2026, 3, 9), "r1",
                "Piet Lunde|Karvessia|DIRECT|\u201cWe are ready,\u201d he said. \u201cBut not today.\u201d");
        Briefing.SummaryLine line = assemble(Map.of(), Map.of()).briefings().get(0).summary().get(0).lines().get(0);
        assertEquals("We are ready", line.text());
        assertTrue(line.cut(), "the section has the rest");
    }

    @Test
    void aQuoteInsideAPositionInTheSummaryIsNotALineOfItsOwn() {
        article("a.txt", LocalDate.of(2026, 3, 9), "r1",
                "Anja Reswick|Valdoria|INDIRECT|the offer was \"a step forward\" for everyone");
        Article a = extracted.get(0).article();
        Attribution position = extracted.get(0).attributions().get(0);
        int quote = a.text().indexOf("\"a step");
        Attribution inside = new Attribution(Kind.DIRECT, new Span(quote, quote + "\"a step forward\"".length()),
                position.cue(), position.source(), "Anja Reswick", "Foreign Minister", "Valdoria");
        extracted.set(0, new ArticleAttributions(a, List.of(position, inside)));
        assignments.put(RoundPlan.key("a.txt", 1), "r1");
        Briefing oslo = assemble(Map.of(), Map.of()).briefings().get(0);
        assertEquals(1, oslo.parties().get(0).quotes().size(), "the quote is a key quote of the section");
        assertEquals(List.of("the offer was \"a step forward\" for everyone"),
                oslo.summary().get(0).lines().stream().map(Briefing.SummaryLine::text).toList());
    }

    @Test
    void comparesARoundWithThePreviousRoundOfTheSameTalks() {
        article("a.txt", LocalDate.of(2026, 3, 9), "r1",
                "Anja Reswick|Valdoria|INDIRECT|sanctions must stay until every soldier has left",
                "Piet Lunde|Karvessia|INDIRECT|troops would leave the border villages first");
        article("b.txt", LocalDate.of(2026, 3, 12), "r2",
                "Anja Reswick|Valdoria|INDIRECT|sanctions could be eased step by step as soldiers leave",
                "Piet Lunde|Karvessia|INDIRECT|a prisoner exchange should come first");
        List<Briefing> briefings = assemble(Map.of(), Map.of()).briefings();
        assertNull(briefings.get(0).changes().previousRound());
        Briefing.Changes changes = briefings.get(1).changes();
        assertEquals("Talks, Oslo (Monday 9 March 2026)", changes.previousRound());
        assertEquals(List.of("Prisoner exchange"), changes.newIssues().stream().map(Briefing.IssueNote::issue).toList(),
                "the lexicon's Prisoners, named as the coverage names it");
        assertTrue(changes.droppedIssues().stream().anyMatch(n -> n.issue().equals("Border")), changes.toString());
        assertEquals(List.of("Valdoria"), changes.changed().stream().filter(c -> c.issue().equals("Sanctions"))
                .map(Briefing.PositionChange::party).toList());
    }

    @Test
    void issuesAreNamedByTheTermsThePartiesStatementsUseMost() {
        article("a.txt", LocalDate.of(2026, 3, 9), "r1", "Anja Reswick|Valdoria|INDIRECT|the hostages must come home",
                "Piet Lunde|Karvessia|INDIRECT|all hostages would be freed", "Anja Reswick|Valdoria|INDIRECT|no detainees remain",
                "Piet Lunde|Karvessia|INDIRECT|the hostages and the detainees are one file",
                "An analyst|-|INDIRECT|prisoners, prisoners and prisoners",
                "Piet Lunde|Karvessia|INDIRECT|enrichment stays");
        IssueLabels labels = IssueLabels.of(extracted, IssueLexicon.bundled());
        assertEquals("Hostages and detainees", labels.of("Prisoners"), "3 statements, then 2: at least half as many");
        assertEquals("Enrichment", labels.of("Nuclear programme"));
        assertEquals("Sanctions", labels.of("Sanctions"), "an issue no statement names keeps its name");
        Briefing oslo = assemble(Map.of(), Map.of()).briefings().get(0);
        assertTrue(oslo.issues().rows().stream().anyMatch(r -> r.issue().equals("Hostages and detainees")));
        assertTrue(oslo.method().notes().stream().anyMatch(n -> n.contains("Hostages and detainees (the lexicon's Prisoners)")),
                oslo.method().notes().toString());
    }

    @Test
    void aRoundOfAnotherTrackIsNotThePreviousRound() {
        Round summit = new Round("r2", "Summit, Valletta", "Summit", "Valletta", TalksDate.of(LocalDate.of(2026, 3, 12)),
                null, List.of("Valdoria", "Karvessia"), false, List.of());
        Round oslo = new Round("r1", "Indirect talks, Oslo", "Indirect talks", "Oslo", TalksDate.of(LocalDate.of(2026, 3, 9)),
                null, List.of("Valdoria", "Karvessia"), false, List.of());
        article("a.txt", LocalDate.of(2026, 3, 9), "r1", "Anja Reswick|Valdoria|INDIRECT|sanctions must stay",
                "Piet Lunde|Karvessia|INDIRECT|troops would leave the border villages first");
        article("b.txt", LocalDate.of(2026, 3, 12), "r2", "Anja Reswick|Valdoria|INDIRECT|sanctions could be eased",
                "Piet Lunde|Karvessia|INDIRECT|a prisoner exchange should come first");
        RoundPlan plan = new RoundPlan(List.of(oslo, summit), assignments, Map.of(), Map.of());
        RunInput run = new RunInput(extracted, Map.of(), Map.of(), List.of(), List.of());
        List<Briefing> briefings = new BriefingAssembler(NOW, IssueLexicon.bundled()).assemble(run, plan).briefings();
        assertNull(briefings.get(1).changes().previousRound(), "a summit is not compared with the indirect talks");
    }

    @Test
    void speakersWithoutAPartyAreOtherVoicesTheirReportedWordsInNoExportAndTheRunSummaryCountsReprints() {
        article("a.txt", LocalDate.of(2026, 3, 9), "r1", "An analyst|-|INDIRECT|the talks were stuck on trade",
                "An analyst|-|DIRECT|\"Nobody wants to move first\"");
        Assembly assembly = assemble(Map.of("a.txt", 2), Map.of("a.txt", List.of("Wire", "Paper", "Radio")));
        Briefing oslo = assembly.briefings().get(0);
        assertEquals(List.of(), oslo.parties());
        assertEquals(List.of("\"Nobody wants to move first\""),
                oslo.method().unattributed().stream().map(Briefing.UnattributedStatement::text).toList());
        assertEquals(List.of("the talks were stuck on trade"),
                assembly.summary().notBriefed().stream().map(RunSummary.UnassignedStatement::text).toList());
        assertEquals(1, assembly.summary().statements());
        assertEquals(List.of("\"Nobody wants to move first\""),
                oslo.statements().stream().map(Briefing.StatementRow::text).toList());
        assertEquals(2, oslo.method().reprints());
        assertEquals(3, oslo.cover().outletCount());
        assertEquals(2, assembly.summary().copies());
        assertEquals(List.of(new Briefing.SkippedArticle("x.txt", "empty")), oslo.method().skipped());
        assertEquals(1, oslo.voices().size(), "the analyst is another voice");
        Briefing.Voice analyst = oslo.voices().get(0);
        assertEquals("An analyst", analyst.speaker());
        assertEquals(List.of("Nobody wants to move first", "the talks were stuck on trade"),
                analyst.statements().stream().map(Briefing.VoiceStatement::text).sorted().toList(),
                "what the analyst said and is reported to have said, shown among the other voices");
        assertEquals(1, assembly.briefings().size(), "a round no statement is about is not briefed");
        assertEquals(List.of(1, 0), assembly.summary().rounds().stream().map(RunSummary.RoundEntry::statements).toList(),
                "but listed in the run summary");
    }

    @Test
    void aQuoteSplitByItsAttributionIsShownAsTheQuotedWordsAlone() {
        String text = "Talks\n\n\u201cMonday was about listening,\u201d spokeswoman Lidiya Marenko told reporters in Tolmir. "
                + "\u201cWednesday will show more.\u201d";
        int start = text.indexOf('\u201c');
        int source = text.indexOf("spokeswoman");
        int cue = text.indexOf("told reporters");
        Attribution quote = new Attribution(Kind.DIRECT, new Span(start, text.length()),
                new Span(cue, cue + "told reporters".length()), new Span(source, cue - 1), "Lidiya Marenko",
                "spokeswoman", "Karvessia");
        extracted.add(new ArticleAttributions(new Article("q.txt", "Talks", text, 7, LocalDate.of(2026, 3, 9), "Wire",
                null), List.of(quote)));
        assignments.put(RoundPlan.key("q.txt", 0), "r1");
        Briefing oslo = assemble(Map.of(), Map.of()).briefings().get(0);
        assertEquals("Monday was about listening,\u201d \u201cWednesday will show more.",
                oslo.parties().get(0).quotes().get(0).text());
    }

    @Test
    void aDenialIsShownWithItsCueAndASayingWithout() {
        String text = "Talks\n\nRussia denies plans to attack Ukraine. Russia said it needed guarantees. "
                + "Russia did not rule out strikes.";
        int denies = text.indexOf("denies");
        int plans = text.indexOf("plans");
        int said = text.indexOf("said");
        int it = text.indexOf("it needed");
        Article a = new Article("d.txt", "Talks", text, 7, LocalDate.of(2026, 3, 9), "Wire", null);
        extracted.add(new ArticleAttributions(a, List.of(
                new Attribution(Kind.INDIRECT, new Span(plans, text.indexOf('.', plans)), new Span(denies, denies + 6),
                        new Span(7, 13), "Russia", null, "Russia"),
                new Attribution(Kind.INDIRECT, new Span(it, text.indexOf('.', it)), new Span(said, said + 4),
                        new Span(said - 7, said - 1), "Russia", null, "Russia"),
                new Attribution(Kind.INDIRECT, new Span(text.indexOf("strikes"), text.lastIndexOf('.')),
                        new Span(text.indexOf("rule out"), text.indexOf("rule out") + 8),
                        new Span(text.lastIndexOf("Russia"), text.lastIndexOf("Russia") + 6), "Russia", null, "Russia"))));
        assignments.put(RoundPlan.key("d.txt", 0), "r1");
        assignments.put(RoundPlan.key("d.txt", 1), "r1");
        assignments.put(RoundPlan.key("d.txt", 2), "r1");
        Briefing oslo = assemble(Map.of(), Map.of()).briefings().get(0);
        assertEquals(List.of("denies plans to attack Ukraine", "did not rule out strikes", "it needed guarantees"),
                oslo.parties().get(0).positions().stream().map(Briefing.Position::text).sorted().toList());
        assertEquals(List.of("it needed guarantees", "plans to attack Ukraine", "strikes"),
                oslo.statements().stream().map(Briefing.StatementRow::text).sorted().toList());
        assertEquals(List.of("denies", "did not rule out", "said"),
                oslo.statements().stream().map(Briefing.StatementRow::cue).sorted().toList());
    }
}
