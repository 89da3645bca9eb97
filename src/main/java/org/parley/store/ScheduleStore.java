package org.parley.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The state of a schedule: the last planned time it handled, a run waiting for a free slot, and
 * an administrator's changes to the configured expression, zone and policy.
 */
public final class ScheduleStore {

    private final Database db;

    public ScheduleStore(Database db) {
        this.db = db;
    }

    /**
     * What is kept of a schedule; null fields are unset.
     *
     * @param lastPlanned the planned time (epoch ms) of the last run handled: started, queued or skipped
     * @param pending     the planned time of a run waiting for the running one to end
     * @param cron        the administrator's expression, or null for the configured one
     * @param zone        the administrator's time zone, or null
     * @param whenBusy    the administrator's policy, or null
     */
    public record State(Long lastPlanned, Long pending, String cron, String zone, String whenBusy) {

        /** Nothing recorded yet. */
        public static final State EMPTY = new State(null, null, null, null, null);
    }

    public State load(String name) {
        List<State> found = Sql.transaction(db, "read the schedule", c -> Sql.query(c,
                "SELECT LAST_PLANNED, PENDING, CRON, ZONE, WHEN_BUSY FROM PARLEY.SCHEDULE_STATE WHERE NAME = ?",
                ScheduleStore::map, name));
        return found.isEmpty() ? State.EMPTY : found.get(0);
    }

    public void save(String name, State state) {
        Sql.transaction(db, "save the schedule", c -> {
            Sql.update(c, "DELETE FROM PARLEY.SCHEDULE_STATE WHERE NAME = ?", name);
            return Sql.update(c, "INSERT INTO PARLEY.SCHEDULE_STATE (NAME, LAST_PLANNED, PENDING, CRON, ZONE, WHEN_BUSY) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", name, state.lastPlanned(), state.pending(), state.cron(), state.zone(),
                    state.whenBusy());
        });
    }

    private static State map(ResultSet rs) throws SQLException {
        long last = rs.getLong(1);
        Long lastPlanned = rs.wasNull() ? null : last;
        long pend = rs.getLong(2);
        Long pending = rs.wasNull() ? null : pend;
        return new State(lastPlanned, pending, rs.getString(3), rs.getString(4), rs.getString(5));
    }
}
