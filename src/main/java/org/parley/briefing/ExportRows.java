package org.parley.briefing;

import java.util.ArrayList;
import java.util.List;

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

    private static List<Briefing.StatementRow> rows(Said said, String round, boolean briefed) {
        String text = said.article().text();
        String speaker = said.attribution().speaker();
        List<Briefing.StatementRow> rows = new ArrayList<>(said.parts().size());
        for (StatementParts.Part part : said.parts()) {
            if (part.briefed() != briefed) {
                continue;
            }
            Span span = part.span();
            int start = text.codePointCount(0, span.start());
            int end = start + text.codePointCount(span.start(), span.end());
            rows.add(new Briefing.StatementRow(speaker, said.party(), round, part.kind(), part.form(), said.cueShown(),
                    Whitespace.collapse(span.of(text)), said.article().doc(), start, end, said.outlets()));
        }
        return rows;
    }
}
