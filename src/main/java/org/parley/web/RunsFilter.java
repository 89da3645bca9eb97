package org.parley.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which runs the page lists: those of one state (going, completed, failed, stopped, abandoned) or
 * all, a page at a time below an execution id, as the page's filter form and its "Older runs" link ask.
 */
public final class RunsFilter {

    /** The states the page offers, in words, each with the batch statuses it stands for. */
    private static final Map<String, Set<String>> STATES = new LinkedHashMap<>();

    static {
        STATES.put("running", Set.of("STARTING", "STARTED", "STOPPING"));
        STATES.put("completed", Set.of("COMPLETED"));
        STATES.put("failed", Set.of("FAILED"));
        STATES.put("stopped", Set.of("STOPPED"));
        STATES.put("abandoned", Set.of("ABANDONED"));
    }

    private final String state;
    private final long before;

    private RunsFilter(String state, long before) {
        this.state = state;
        this.before = before;
    }

    /** The filter a request names; an unknown state or a {@code before} that is no execution id is refused. */
    static RunsFilter of(String state, String before) {
        String s = state == null ? "" : state.strip();
        if (!s.isEmpty() && !STATES.containsKey(s)) {
            throw new IllegalArgumentException("status must be one of " + String.join(", ", STATES.keySet()));
        }
        return new RunsFilter(s, before == null || before.isBlank() ? Long.MAX_VALUE : Paging.before(before));
    }

    /** The state asked for, or "" for all. */
    public String getState() {
        return state;
    }

    /** The states offered, for the form. */
    public List<String> getStates() {
        return List.copyOf(STATES.keySet());
    }

    /** Whether this is a page below the newest. */
    public boolean isOlder() {
        return before != Long.MAX_VALUE;
    }

    long before() {
        return before;
    }

    Set<String> statuses() {
        return state.isEmpty() ? Set.of() : STATES.get(state);
    }

    /** The query that asks for this filter again ("?status=failed&before=42"), or "". */
    public String getQuery() {
        return query(state, isOlder() ? before : null);
    }

    /** The query of the next page, older than execution {@code last}. */
    String older(long last) {
        return query(state, last);
    }

    private static String query(String state, Long before) {
        String q = (state.isEmpty() ? "" : "&status=" + state) + (before == null ? "" : "&before=" + before);
        return q.isEmpty() ? "" : "?" + q.substring(1);
    }
}
