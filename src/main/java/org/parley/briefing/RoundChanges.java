package org.parley.briefing;

import java.util.ArrayList;
import java.util.List;

import org.parley.article.NearDuplicateTexts;

/**
 * What moved between a round and the previous round of the same talks: issues raised for the
 * first time, issues no longer mentioned, and parties whose statement on an issue changed.
 */
final class RoundChanges {

    /** At most this many changed positions are listed. */
    static final int MAX_CHANGES = 8;

    private RoundChanges() {
    }

    static Briefing.Changes between(String previousTitle, Briefing.IssueMatrix before, Briefing.IssueMatrix now) {
        List<Briefing.IssueNote> raised = new ArrayList<>();
        List<Briefing.PositionChange> changed = new ArrayList<>();
        for (Briefing.IssueRow row : now.rows()) {
            Briefing.IssueRow old = row(before, row.issue());
            if (old == null) {
                raised.add(new Briefing.IssueNote(row.issue(), speakingParties(row)));
                continue;
            }
            for (Briefing.IssueCell cell : row.cells()) {
                Briefing.IssueCell was = cell(old, cell.party());
                if (cell.text() != null && was != null && was.text() != null && !same(was.text(), cell.text())
                        && changed.size() < MAX_CHANGES) {
                    changed.add(new Briefing.PositionChange(cell.party(), row.issue(), was.text(), cell.text(),
                            cell.sources()));
                }
            }
        }
        List<Briefing.IssueNote> dropped = new ArrayList<>();
        for (Briefing.IssueRow old : before.rows()) {
            if (row(now, old.issue()) == null) {
                dropped.add(new Briefing.IssueNote(old.issue(), speakingParties(old)));
            }
        }
        return new Briefing.Changes(previousTitle, raised, changed, dropped);
    }

    private static boolean same(String a, String b) {
        return NearDuplicateTexts.group(List.of(a, b), s -> s).size() == 1;
    }

    private static List<String> speakingParties(Briefing.IssueRow row) {
        return row.cells().stream().filter(c -> c.statements() > 0).map(Briefing.IssueCell::party).toList();
    }

    private static Briefing.IssueRow row(Briefing.IssueMatrix matrix, String issue) {
        return matrix.rows().stream().filter(r -> r.issue().equals(issue)).findFirst().orElse(null);
    }

    private static Briefing.IssueCell cell(Briefing.IssueRow row, String party) {
        return row.cells().stream().filter(c -> c.party().equals(party)).findFirst().orElse(null);
    }
}
