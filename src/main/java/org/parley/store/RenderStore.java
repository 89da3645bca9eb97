package org.parley.store;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which rounds of a run the render partitions have finished, and how: rendered, or failed with why.
 * The partitions of one run may run on several JVMs; this is where each learns what the others did,
 * and where the publishing step reads every round's outcome.
 */
public final class RenderStore {

    private final Database db;

    public RenderStore(Database db) {
        this.db = db;
    }

    /** Records that a round was rendered ({@code failure} empty) or failed, replacing what an earlier try recorded. */
    public void record(long run, String roundId, Optional<String> failure) {
        Sql.transaction(db, "record a rendered round", c -> {
            Sql.update(c, "DELETE FROM PARLEY.RENDERED_ROUND WHERE JOB_INSTANCE = ? AND ROUND_ID = ?", run, roundId);
            return Sql.update(c, "INSERT INTO PARLEY.RENDERED_ROUND (JOB_INSTANCE, ROUND_ID, FAILURE) VALUES (?, ?, ?)",
                    run, roundId, failure.map(RenderStore::clip).orElse(null));
        });
    }

    /** Forgets a round's outcome: it is to be rendered again. */
    public void forget(long run, String roundId) {
        Sql.transaction(db, "forget a rendered round", c -> Sql.update(c,
                "DELETE FROM PARLEY.RENDERED_ROUND WHERE JOB_INSTANCE = ? AND ROUND_ID = ?", run, roundId));
    }

    /** The run's finished rounds, each to why it failed, or to an empty string when it was rendered. */
    public Map<String, String> outcomes(long run) {
        Map<String, String> outcomes = new HashMap<>();
        Sql.transaction(db, "read the rendered rounds", c -> Sql.query(c,
                "SELECT ROUND_ID, FAILURE FROM PARLEY.RENDERED_ROUND WHERE JOB_INSTANCE = ?",
                rs -> outcomes.put(rs.getString(1), rs.getString(2) == null ? "" : rs.getString(2)), run));
        return outcomes;
    }

    /** How many of the run's rounds are finished, on any JVM. */
    public int count(long run) {
        return Sql.transaction(db, "count the rendered rounds", c -> Sql.query(c,
                "SELECT COUNT(*) FROM PARLEY.RENDERED_ROUND WHERE JOB_INSTANCE = ?", rs -> rs.getInt(1), run)).get(0);
    }

    private static String clip(String reason) {
        return reason.length() <= 2000 ? reason : reason.substring(0, 1999) + "…";
    }
}
