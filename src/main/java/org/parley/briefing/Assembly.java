package org.parley.briefing;

import java.util.List;
import java.util.Map;

/**
 * What assembling a run produces: one briefing per round, the run's summary for the manifest, and
 * the articles whose statements could not be assembled (each left out with why, the run going on).
 */
public record Assembly(List<Briefing> briefings, RunSummary summary, Map<String, String> unread) {

    public Assembly {
        briefings = List.copyOf(briefings);
        unread = Map.copyOf(unread);
    }

    public Assembly(List<Briefing> briefings, RunSummary summary) {
        this(briefings, summary, Map.of());
    }

    /** This assembly, its summary naming the parties at the table. */
    public Assembly withTable(List<String> parties) {
        return new Assembly(briefings, summary.withTable(parties), unread);
    }
}
