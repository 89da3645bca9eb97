package org.parley.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which runs the page lists: those of one state (going, completed, failed, stopped, abandoned), of
 * one kind (on demand, nightly, restart) and started by one user, or all, a page at a time below an
 * execution id, as the page's filter form and its "Older runs" link ask.
 */
public final class RunsFilter {

    /** The states the page offers, in words, each with the batch statuses it stands for. */
    private static final Map<String, Set<String>> STATES = new LinkedHashMap<>();
    /** The kinds the page offers, in words, each with the kinds of request it stands for. */
    private static final Map<String, Set<String>> KINDS = new LinkedHashMap<>();

    static {
        STATES.put("running", Set.of("STARTING", "STARTED", "STOPPING"));
        STATES.put("completed", Set.of("COMPLETED"));
        STATES.put("failed", Set.of("FAILED"));
        STATES.put("stopped", Set.of("STOPPED"));
        STATES.put("abandoned", Set.of("ABANDONED"));
        KINDS.put("on-demand", Set.of("manual"));
        KINDS.put("nightly", Set.of("scheduled", "catch-up"));
        KINDS.put("restart", Set.of("restart"));
    }

    private final String state;
    private final String kind;
    private final String user;
    private final long before;

    private RunsFilter(String state, String kind, String user, long before) {
        this.state = state;
        this.kind = kind;
        this.user = user;
        this.before = before;
    }

    /** The filter of a state and a page, of any kind and user. */
    static RunsFilter of(String state, String before) {
        return of(state, null, null, before);
    }

    /** The filter a request names; an unknown state or kind, a user that is no name or a {@code before} that is no execution id is refused. */
    static RunsFilter of(String state, String kind, String user, String before) {
        String s = strip(state);
        if (!s.isEmpty() && !STATES.containsKey(s)) {
            throw new IllegalArgumentException("status must be one of " + String.join(", ", STATES.keySet()));
        }
        String k = strip(kind);
        if (!k.isEmpty() && !KINDS.containsKey(k)) {
            throw new IllegalArgumentException("kind must be one of " + String.join(", ", KINDS.keySet()));
        }
        String u = strip(user);
        if (!u.isEmpty() && !u.matches("[A-Za-z0-9._@-]{1,64}")) {
            throw new IllegalArgumentException("user must be a user's name (letters, digits, '.', '_', '@', '-')");
        }
        return new RunsFilter(s, k, u, before == null || before.isBlank() ? Long.MAX_VALUE : Paging.before(before));
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    /** The state asked for, or "" for all. */
    public String getState() {
        return state;
    }

    /** The kind asked for, or "" for all. */
    public String getKind() {
        return kind;
    }

    /** The user asked for, or "" for all. */
    public String getUser() {
        return user;
    }

    /** The states offered, for the form. */
    public List<String> getStates() {
        return List.copyOf(STATES.keySet());
    }

    /** The kinds offered, for the form. */
    public List<String> getKinds() {
        return List.copyOf(KINDS.keySet());
    }

    /** Whether this is a page below the newest. */
    public boolean isOlder() {
        return before != Long.MAX_VALUE;
    }

    /** Whether anything but the page is asked for: then the queue is not shown. */
    public boolean isNarrowed() {
        return !state.isEmpty() || !kind.isEmpty() || !user.isEmpty();
    }

    long before() {
        return before;
    }

    Set<String> statuses() {
        return state.isEmpty() ? Set.of() : STATES.get(state);
    }

    /** Whether a run (of the states asked for) is of the kind and user asked for. */
    boolean matches(ExecutionView e) {
        ExecutionView.RequestView r = e.request();
        return (kind.isEmpty() || r != null && KINDS.get(kind).contains(r.kind()))
                && (user.isEmpty() || r != null && user.equals(r.by()));
    }

    /** The query that asks for this filter again ("?status=failed&kind=nightly&before=42"), or "". */
    public String getQuery() {
        return query(isOlder() ? before : null);
    }

    /** The query of the first page of this filter, or "". */
    public String getNewest() {
        return query(null);
    }

    /** The query of the next page, older than execution {@code last}. */
    String older(long last) {
        return query(last);
    }

    private String query(Long below) {
        String q = (state.isEmpty() ? "" : "&status=" + state) + (kind.isEmpty() ? "" : "&kind=" + kind)
                + (user.isEmpty() ? "" : "&user=" + user) + (below == null ? "" : "&before=" + below);
        return q.isEmpty() ? "" : "?" + q.substring(1);
    }
}
