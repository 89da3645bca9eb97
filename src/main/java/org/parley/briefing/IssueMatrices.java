package org.parley.briefing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The issues on the table against the parties: each cell the party's shortest statement that names
 * the issue, and how many of its statements do.
 */
final class IssueMatrices {

    private IssueMatrices() {
    }

    static Briefing.IssueMatrix of(List<String> parties, Map<String, List<Said>> byParty, SourceList sources) {
        Set<String> issues = new LinkedHashSet<>();
        byParty.values().forEach(list -> list.forEach(s -> issues.addAll(s.issues())));
        List<Briefing.IssueRow> rows = new ArrayList<>();
        for (String issue : issues) {
            List<Briefing.IssueCell> cells = new ArrayList<>();
            for (String party : parties) {
                cells.add(cell(party, issue, byParty.getOrDefault(party, List.of()), sources));
            }
            rows.add(new Briefing.IssueRow(issue, cells));
        }
        rows.sort(Comparator.comparingInt((Briefing.IssueRow r) -> -total(r)).thenComparing(Briefing.IssueRow::issue));
        return new Briefing.IssueMatrix(parties, rows);
    }

    private static Briefing.IssueCell cell(String party, String issue, List<Said> said, SourceList sources) {
        List<Said> naming = said.stream().filter(s -> s.issues().contains(issue)).toList();
        if (naming.isEmpty()) {
            return new Briefing.IssueCell(party, null, List.of(), 0);
        }
        Said shortest = naming.stream().min(Comparator.comparingInt((Said s) -> s.text().length())
                .thenComparing(s -> sources.number(s.article()))).orElseThrow();
        String text = shortest.direct() ? PartySections.unquoted(shortest.text()) : shortest.shown();
        return new Briefing.IssueCell(party, text, List.of(sources.number(shortest.article())), naming.size());
    }

    private static int total(Briefing.IssueRow row) {
        return row.cells().stream().mapToInt(Briefing.IssueCell::statements).sum();
    }
}
