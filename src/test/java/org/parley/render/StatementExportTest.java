package org.parley.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.parley.briefing.Briefing;
import org.parley.briefing.Briefing.StatementRow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatementExportTest {

    private static final StatementRow AWKWARD = new StatementRow(null, "Karsk Federation", "r1", "direct", "full", "told reporters",
            "“We said \"no\", twice,\nand meant it”", "set.zip!/a.txt", 10, 44, List.of("Nordic Wire", "Karsk Today"));

    @Test
    void csvHasAHeaderAndOneQuotedRowPerStatement() {
        Briefing briefing = with(AWKWARD);
        String csv = new String(StatementExport.csv(briefing), StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n"); // the awkward text breaks its line with \n alone
        assertEquals("round,party,speaker,kind,form,cue,text,article,start,end,outlets,also in", lines[0]);
        assertEquals(briefing.statements().size() + 1, lines.length);
        assertEquals("r1,Karsk Federation,,direct,full,told reporters,\"“We said \"\"no\"\", twice,\nand meant it”\",set.zip!/a.txt,10,44,"
                + "Nordic Wire; Karsk Today,", lines[lines.length - 1]);
    }

    @Test
    void aCellThatWouldStartASpreadsheetFormulaIsShownAsText() throws IOException {
        StatementRow planted = new StatementRow("=HYPERLINK(\"http://x\")", "Karsk Federation", "r1", "direct", "full",
                "said", "@SUM(1+1)", "=cmd|' /C calc'!A0.txt", 0, 9, List.of("+Wire", "-Paper"));
        String csv = new String(StatementExport.csv(with(planted)), StandardCharsets.UTF_8);
        String last = csv.split("\r\n")[csv.split("\r\n").length - 1];
        assertEquals("r1,Karsk Federation,\"'=HYPERLINK(\"\"http://x\"\")\",direct,full,said,'@SUM(1+1),"
                + "'=cmd|' /C calc'!A0.txt,0,9,'+Wire; -Paper,", last);
        JsonNode json = new ObjectMapper().readTree(StatementExport.json(with(planted))).get("statements");
        assertEquals("=HYPERLINK(\"http://x\")", json.get(json.size() - 1).get("speaker").asText(),
                "the JSON keeps the value as it is");
        assertEquals("-3", StatementExport.cell("-3").substring(1), "a number with a sign is led too");
    }

    @Test
    void jsonCarriesEveryFieldWithOffsetsAndOutlets() throws IOException {
        Briefing briefing = with(AWKWARD);
        JsonNode root = new ObjectMapper().readTree(StatementExport.json(briefing));
        assertEquals(briefing.roundId(), root.get("round").asText());
        JsonNode statements = root.get("statements");
        assertEquals(briefing.statements().size(), statements.size());
        JsonNode last = statements.get(statements.size() - 1);
        assertTrue(last.get("speaker").isNull());
        assertEquals(AWKWARD.text(), last.get("text").asText());
        assertEquals(10, last.get("start").asInt());
        assertEquals(44, last.get("end").asInt());
        assertEquals(List.of("Nordic Wire", "Karsk Today"), List.of(last.get("outlets").get(0).asText(),
                last.get("outlets").get(1).asText()));
        List<String> fields = new ArrayList<>(StatementExport.COLUMNS);
        fields.set(fields.size() - 1, StatementExport.ALSO_IN);
        assertEquals(fields, iterable(last.fieldNames()));
        assertEquals(0, last.get(StatementExport.ALSO_IN).size());
    }

    @Test
    void jsonCarriesTheSummaryLinesWithThePlacesOfTheirStatements() throws IOException {
        Briefing briefing = BriefingFixtures.small();
        JsonNode summary = new ObjectMapper().readTree(StatementExport.json(briefing)).get("summary");
        assertEquals(briefing.summary().size(), summary.size());
        Briefing.SummaryLine line = briefing.summary().get(0).lines().get(0);
        JsonNode first = summary.get(0).get("lines").get(0);
        assertEquals(briefing.summary().get(0).party(), summary.get(0).get("party").asText());
        assertEquals(briefing.summary().get(0).lines().size(), summary.get(0).get("lines").size());
        assertEquals(line.text(), first.get("text").asText());
        assertEquals(line.at().article(), first.get("article").asText());
        assertEquals(line.at().end(), first.get("end").asInt());
        assertEquals(line.sources().get(0), first.get("sources").get(0).asInt());
    }

    @Test
    void oneStatementFoundInSeveralPlacesIsOneRowNamingTheOthers() throws IOException {
        StatementRow copied = new StatementRow("Lena Varga", "Karsk Federation", "r1", "direct", "full", "said",
                "\"no deal\"", "a.txt", 5, 14, List.of("Nordic Wire", "Karsk Today"),
                List.of(new Briefing.Occurrence("b.txt", 40, 49, List.of("Karsk Today")),
                        new Briefing.Occurrence("c, d.txt", 7, 16, List.of("Karsk Today"))));
        String csv = new String(StatementExport.csv(with(copied)), StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertTrue(lines[lines.length - 1].endsWith(",Nordic Wire; Karsk Today,\"b.txt 40-49; c, d.txt 7-16\""),
                lines[lines.length - 1]);
        JsonNode also = new ObjectMapper().readTree(StatementExport.json(with(copied))).get("statements")
                .get(with(copied).statements().size() - 1).get(StatementExport.ALSO_IN);
        assertEquals(2, also.size());
        assertEquals("c, d.txt", also.get(1).get("article").asText());
        assertEquals(40, also.get(0).get("start").asInt());
        assertEquals(49, also.get(0).get("end").asInt());
        assertEquals("Karsk Today", also.get(0).get("outlets").get(0).asText());
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> result = new ArrayList<>();
        names.forEachRemaining(result::add);
        return result;
    }

    private static Briefing with(StatementRow extra) {
        Briefing b = BriefingFixtures.small();
        List<StatementRow> rows = new ArrayList<>(b.statements());
        rows.add(extra);
        return new Briefing(b.roundId(), b.cover(), b.summary(), b.parties(), b.issues(), b.changes(), b.sources(),
                b.method(), rows);
    }
}
