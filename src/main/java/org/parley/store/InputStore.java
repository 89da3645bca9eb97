package org.parley.store;

import java.util.ArrayList;
import java.util.List;

import org.parley.article.SetContents;

/** What each run's article set held when the run first read it (its entries, sizes and digests). */
public final class InputStore {

    private final Database db;

    public InputStore(Database db) {
        this.db = db;
    }

    /** Records a run's set once; a run that has its record keeps it. */
    public void record(long run, List<SetContents.Entry> entries) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            SetContents.Entry e = entries.get(i);
            rows.add(new Object[] {run, i, SkipStore.fit(e.doc()), e.bytes(), e.sha256()});
        }
        Sql.transaction(db, "record the article set of a run", c -> {
            Sql.update(c, "DELETE FROM PARLEY.RUN_INPUT WHERE JOB_INSTANCE = ?", run);
            Sql.batch(c, "INSERT INTO PARLEY.RUN_INPUT (JOB_INSTANCE, SEQ, DOC, BYTES, SHA256) VALUES (?, ?, ?, ?, ?)",
                    rows);
            return null;
        });
    }

    /** A run's recorded set in set order; empty for a run that recorded none (one of an older Parley). */
    public List<SetContents.Entry> recorded(long run) {
        return Sql.transaction(db, "read the article set of a run", c -> Sql.query(c,
                "SELECT DOC, BYTES, SHA256 FROM PARLEY.RUN_INPUT WHERE JOB_INSTANCE = ? ORDER BY SEQ",
                rs -> new SetContents.Entry(rs.getString(1), rs.getLong(2), rs.getString(3)), run));
    }
}
