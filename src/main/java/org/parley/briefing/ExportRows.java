package org.parley.briefing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parley.article.NearDuplicateTexts;
import org.parley.extraction.Span;

/**
 * The rows a statement gives the run's exports (a round's CSV and JSON, the manifest's statements
 * without a round): one per quote and position it holds, with code point offsets into its article.
 */
final class ExportRows {

    private ExportRows() {
    }

    /** The rows of one statement that its briefing holds, under {@code round} (null for none). */
    static List<Briefing.StatementRow> of(Said said, String round) {
        return rows(said, round, true);
    }

    /** The rows of one statement that no briefing holds: positions of no party at the table. */
    static List<Briefing.StatementRow> notBriefed(Said said) {
        return rows(said, null, false);
    }

    /**
     * A round's rows with the same words of one speaker made one entry: rows of one speaker, party
     * and kind whose texts are near-identical ({@link NearDuplicateTexts}: another outlet's copy, a
     * headline and its body, a quote cut short) give the first of them, with the outlets of all and
     * the places of the others in {@link Briefing.StatementRow#alsoIn()}. Entries keep the order of
     * their first row, so rows given earliest source first give entries earliest source first.
     */
    static List<Briefing.StatementRow> merged(List<Briefing.StatementRow> rows) {
        Map<List<String>, List<Briefing.StatementRow>> buckets = new LinkedHashMap<>();
        for (Briefing.StatementRow row : rows) {
            buckets.computeIfAbsent(Arrays.asList(row.speaker(), row.party(), row.kind()), k -> new ArrayList<>())
                    .add(row);
        }
        Map<Briefing.StatementRow, Briefing.StatementRow> entryOfFirst = new IdentityHashMap<>();
        for (List<Briefing.StatementRow> bucket : buckets.values()) {
            for (List<Briefing.StatementRow> same : NearDuplicateTexts.group(bucket, Briefing.StatementRow::text)) {
                entryOfFirst.put(same.get(0), entry(same));
            }
        }
        List<Briefing.StatementRow> entries = new ArrayList<>(entryOfFirst.size());
        for (Briefing.StatementRow row : rows) {
            Briefing.StatementRow entry = entryOfFirst.get(row);
            if (entry != null) {
                entries.add(entry);
            }
        }
        return entries;
    }

    private static Briefing.StatementRow entry(List<Briefing.StatementRow> same) {
        Briefing.StatementRow first = same.get(0);
        if (same.size() == 1) {
            return first;
        }
        Set<String> outlets = new LinkedHashSet<>();
        List<Briefing.Occurrence> others = new ArrayList<>(same.size() - 1);
        for (Briefing.StatementRow row : same) {
            outlets.addAll(row.outlets());
            if (row != first) {
                others.add(row.occurrence());
            }
        }
        return new Briefing.StatementRow(first.speaker(), first.party(), first.round(), first.kind(), first.form(),
                first.cue(), first.text(), first.article(), first.start(), first.end(), List.copyOf(outlets), others);
    }

    /** Where a statement's words are in its article, in code points. */
    static Briefing.Occurrence place(Said said) {
        return place(said, said.attribution().content());
    }

    /** Where a span of a statement's article is, in code points. */
    private static Briefing.Occurrence place(Said said, Span span) {
        String text = said.article().text();
        int start = text.codePointCount(0, span.start());
        return new Briefing.Occurrence(said.article().doc(), start, start + text.codePointCount(span.start(), span.end()),
                said.outlets());
    }

    private static List<Briefing.StatementRow> rows(Said said, String round, boolean briefed) {
        String text = said.article().text();
        String speaker = said.attribution().speaker();
        List<Briefing.StatementRow> rows = new ArrayList<>(said.parts().size());
        for (StatementParts.Part part : said.parts()) {
            if (part.briefed() != briefed) {
                continue;
            }
            Briefing.Occurrence at = place(said, part.span());
            rows.add(new Briefing.StatementRow(speaker, said.party(), round, part.kind(), part.form(), said.cueShown(),
                    Whitespace.collapse(part.span().of(text)), at.article(), at.start(), at.end(), at.outlets()));
        }
        return rows;
    }
}
