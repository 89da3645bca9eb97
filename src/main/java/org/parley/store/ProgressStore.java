package org.parley.store;

import java.util.List;

/**
 * Live progress of each step of each execution, written after every chunk so that any reader (the
 * service, another process after a restart) sees counts that jbatch itself saves only at step end.
 */
public final class ProgressStore {

    private final Database db;

    public ProgressStore(Database db) {
        this.db = db;
    }

    /**
     * One step's counts.
     *
     * @param total items the step will read, or -1 while unknown
     */
    public record Row(long execution, String step, int total, long read, long written, long skipped, boolean done,
                      long updated) {
    }

    /** Inserts or replaces a step's row. */
    public void save(Row row) {
        Sql.transaction(db, "save step progress", c -> {
            int updated = Sql.update(c, "UPDATE PARLEY.STEP_PROGRESS SET TOTAL = ?, READ_COUNT = ?, WRITE_COUNT = ?, "
                            + "SKIP_COUNT = ?, DONE = ?, UPDATED = ? WHERE EXECUTION = ? AND STEP = ?",
                    row.total(), row.read(), row.written(), row.skipped(), row.done(), row.updated(), row.execution(),
                    row.step());
            if (updated == 0) {
                Sql.update(c, "INSERT INTO PARLEY.STEP_PROGRESS (EXECUTION, STEP, TOTAL, READ_COUNT, WRITE_COUNT, "
                                + "SKIP_COUNT, DONE, UPDATED) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", row.execution(), row.step(),
                        row.total(), row.read(), row.written(), row.skipped(), row.done(), row.updated());
            }
            return null;
        });
    }

    /** The steps of an execution that have reported, in the order they started. */
    public List<Row> of(long execution) {
        return Sql.transaction(db, "read step progress", c -> Sql.query(c,
                "SELECT EXECUTION, STEP, TOTAL, READ_COUNT, WRITE_COUNT, SKIP_COUNT, DONE, UPDATED "
                        + "FROM PARLEY.STEP_PROGRESS WHERE EXECUTION = ? ORDER BY UPDATED, STEP",
                rs -> new Row(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                        rs.getBoolean(7), rs.getLong(8)), execution));
    }
}
