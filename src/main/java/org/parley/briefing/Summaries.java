package org.parley.briefing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Per party, three to five summary lines: the sentences of the sources that carry its most widely
 * reported statements, word for word, each with the sources that carry it.
 */
final class Summaries {

    static final int MAX_LINES = 5;

    private Summaries() {
    }

    static Briefing.PartySummary of(String party, List<Said> said, SourceList sources) {
        List<Briefing.SummaryLine> lines = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (StatementGroups.Group g : StatementGroups.of(said, sources)) {
            String sentence = g.first().sentence();
            if (!sentence.isEmpty() && seen.add(sentence)) {
                lines.add(new Briefing.SummaryLine(sentence, g.citations()));
            }
            if (lines.size() == MAX_LINES) {
                break;
            }
        }
        return new Briefing.PartySummary(party, lines);
    }
}
