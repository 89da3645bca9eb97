package org.parley.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.parley.briefing.Briefing;
import org.parley.briefing.Briefing.StatementRow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The round's statements as data, beside the documents: CSV (RFC 4180, UTF-8, one row per statement)
 * and JSON ({@code {"round", "title", "statements": [...]}}). Columns and fields, in this order:
 * round, party, speaker, kind (direct: a quote, indirect: a position), form (a quote's full or partial, a
 * position's indirect or mixed), cue (as written, with a negation before it), text, article, start, end (code points, as in the attribution JSONL),
 * outlets ("; "-separated in CSV, an array in JSON; of every occurrence), also in (the other places the
 * same words of the same speaker were found: in CSV "article start-end" entries separated by "; ", in
 * JSON {@code alsoIn}, an array of {@code {"article", "start", "end", "outlets"}}). One statement is one
 * row however many outlets carried it. An unknown value is empty (CSV) or null (JSON). The JSON also
 * holds the briefing's {@code summary}: per party ({@code "party"}), its {@code "lines"}, each with
 * {@code issue}, {@code who}, {@code text} (as the summary shows it, without lead and cue), the place of
 * the whole statement ({@code article}, {@code start}, {@code end}) and {@code sources} (the citation
 * numbers).
 * A CSV text cell that would start a spreadsheet formula ({@code = + - @}, tab, carriage return) is
 * led by an apostrophe; the JSON keeps every value as it is.
 */
final class StatementExport {

    static final List<String> COLUMNS =
            List.of("round", "party", "speaker", "kind", "form", "cue", "text", "article", "start", "end", "outlets",
                    "also in");
    /** The JSON's field for the CSV's "also in". */
    static final String ALSO_IN = "alsoIn";
    private static final JsonFactory JSON = new JsonFactory();

    private StatementExport() {
    }

    static byte[] csv(Briefing briefing) {
        StringBuilder out = new StringBuilder(256 * (1 + briefing.statements().size()));
        row(out, COLUMNS);
        for (StatementRow s : briefing.statements()) {
            row(out, List.of(cell(s.round()), cell(s.party()), cell(s.speaker()), cell(s.kind()), cell(s.form()),
                    cell(s.cue()), cell(s.text()), cell(s.article()), Integer.toString(s.start()), Integer.toString(s.end()),
                    cell(String.join("; ", s.outlets())), cell(alsoIn(s))));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] json(Briefing briefing) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512 * (1 + briefing.statements().size()));
        try (JsonGenerator json = JSON.createGenerator(bytes).useDefaultPrettyPrinter()) {
            json.writeStartObject();
            json.writeStringField("round", briefing.roundId());
            json.writeStringField("title", briefing.cover().title());
            json.writeArrayFieldStart("statements");
            for (StatementRow s : briefing.statements()) {
                statement(json, s);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("summary");
            for (Briefing.PartySummary party : briefing.summary()) {
                summary(json, party);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the statements as JSON", e);
        }
        return bytes.toByteArray();
    }

    private static void statement(JsonGenerator json, StatementRow s) throws IOException {
        json.writeStartObject();
        json.writeStringField("round", s.round());
        json.writeStringField("party", s.party());
        json.writeStringField("speaker", s.speaker());
        json.writeStringField("kind", s.kind());
        json.writeStringField("form", s.form());
        json.writeStringField("cue", s.cue());
        json.writeStringField("text", s.text());
        place(json, s.occurrence());
        json.writeArrayFieldStart(ALSO_IN);
        for (Briefing.Occurrence o : s.alsoIn()) {
            json.writeStartObject();
            place(json, o);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** A place's fields: article, start, end, outlets. */
    private static void place(JsonGenerator json, Briefing.Occurrence o) throws IOException {
        json.writeStringField("article", o.article());
        json.writeNumberField("start", o.start());
        json.writeNumberField("end", o.end());
        json.writeArrayFieldStart("outlets");
        for (String outlet : o.outlets()) {
            json.writeString(outlet);
        }
        json.writeEndArray();
    }

    private static void summary(JsonGenerator json, Briefing.PartySummary party) throws IOException {
        json.writeStartObject();
        json.writeStringField("party", party.party());
        json.writeArrayFieldStart("lines");
        for (Briefing.SummaryLine line : party.lines()) {
            json.writeStartObject();
            json.writeStringField("issue", line.issue());
            json.writeStringField("who", line.who() != null ? line.who() : line.lead());
            json.writeStringField("text", line.text());
            json.writeStringField("article", line.at().article());
            json.writeNumberField("start", line.at().start());
            json.writeNumberField("end", line.at().end());
            json.writeArrayFieldStart("sources");
            for (int n : line.sources()) {
                json.writeNumber(n);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static String alsoIn(StatementRow s) {
        StringBuilder out = new StringBuilder();
        for (Briefing.Occurrence o : s.alsoIn()) {
            if (out.length() > 0) {
                out.append("; ");
            }
            out.append(o.article()).append(' ').append(o.start()).append('-').append(o.end());
        }
        return out.toString();
    }

    /** Characters that make a spreadsheet read a cell as a formula ("=HYPERLINK(...)", "+1", "@SUM"). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    /**
     * A text cell as a spreadsheet must show it: one that would start a formula (a file name or a
     * {@code source:} of "=cmd|...") is led by an apostrophe, which spreadsheets show as text.
     */
    static String cell(String value) {
        String v = nullToEmpty(value);
        return !v.isEmpty() && FORMULA_STARTS.indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
    }

    private static void row(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String field = fields.get(i);
            if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                    || field.indexOf('\r') >= 0) {
                out.append('"').append(field.replace("\"", "\"\"")).append('"');
            } else {
                out.append(field);
            }
        }
        out.append("\r\n");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
