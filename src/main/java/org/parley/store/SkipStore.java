package org.parley.store;

import java.util.List;

/** The inputs a run skipped, each with its reason; recording the same input twice keeps one row. */
public final class SkipStore {

    private final Database db;

    public SkipStore(Database db) {
        this.db = db;
    }

    /** One skipped input. */
    public record Skipped(String doc, String step, String reason) {
    }

    public void record(long run, Skipped skipped) {
        Sql.transaction(db, "record a skipped article", c -> {
            Sql.update(c, "DELETE FROM PARLEY.SKIPPED WHERE JOB_INSTANCE = ? AND DOC = ?", run, skipped.doc());
            String reason = skipped.reason().length() > 4000 ? skipped.reason().substring(0, 4000) : skipped.reason();
            return Sql.update(c, "INSERT INTO PARLEY.SKIPPED (JOB_INSTANCE, DOC, STEP, REASON) VALUES (?, ?, ?, ?)",
                    run, skipped.doc(), skipped.step(), reason);
        });
    }

    /** The skipped inputs of a run, by name. */
    public List<Skipped> list(long run) {
        return Sql.transaction(db, "list skipped articles", c -> Sql.query(c,
                "SELECT DOC, STEP, REASON FROM PARLEY.SKIPPED WHERE JOB_INSTANCE = ? ORDER BY DOC",
                rs -> new Skipped(rs.getString(1), rs.getString(2), rs.getString(3)), run));
    }
}
