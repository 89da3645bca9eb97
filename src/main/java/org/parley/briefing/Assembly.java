package org.parley.briefing;

import java.util.List;

/**
 * What assembling a run produces: one briefing per round, and the run's summary for the
 * manifest.
 */
public record Assembly(List<Briefing> briefings, RunSummary summary) {

    public Assembly {
        briefings = List.copyOf(briefings);
    }

    /** This assembly, its summary naming the parties at the table. */
    public Assembly withTable(List<String> parties) {
        return new Assembly(briefings, summary.withTable(parties));
    }
}
