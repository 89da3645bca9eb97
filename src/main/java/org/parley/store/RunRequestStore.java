package org.parley.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * Every request to run the briefing job, in the order it came: queued while the run slots are
 * taken, then started, then ended. Kept in the database so that a queue survives a restart.
 */
public final class RunRequestStore {

    private static final String COLUMNS = "ID, KIND, REQUESTED_BY, REQUESTED, SOURCE, PARAMETERS, RESTART_OF, STAGED, "
            + "RECORD_INBOX, STATE, EXECUTION, STARTED, OUTCOME";

    private final Database db;

    public RunRequestStore(Database db) {
        this.db = db;
    }

    /** The states of a request. */
    public enum State { QUEUED, STARTED, ENDED, CANCELLED, REFUSED }

    /**
     * One request.
     *
     * @param kind        manual, scheduled, catch-up or restart
     * @param source      what the run reads, as the requester named it
     * @param parameters  the job parameters, as JSON
     * @param restartOf   the execution a restart continues, or null
     * @param staged      a folder under the home made for this run, deleted once it completed, or null
     * @param recordInbox whether a completed run marks its inbox files as read (the nightly run)
     * @param execution   the execution once started, or null
     * @param outcome     why it was refused or cancelled, or the final status
     */
    public record Request(long id, String kind, String requestedBy, long requested, String source, String parameters,
                          Long restartOf, String staged, boolean recordInbox, State state, Long execution, Long started,
                          String outcome) {
    }

    /** Queues a request; returns it with its id. */
    public Request add(String kind, String requestedBy, long requested, String source, String parameters,
                       Long restartOf, String staged, boolean recordInbox) {
        long id = Sql.transaction(db, "queue a run", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO PARLEY.RUN_REQUEST (KIND, REQUESTED_BY, "
                    + "REQUESTED, SOURCE, PARAMETERS, RESTART_OF, STAGED, RECORD_INBOX, STATE) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED')", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, kind);
                ps.setString(2, requestedBy);
                ps.setLong(3, requested);
                ps.setString(4, cut(source, 2000));
                ps.setString(5, parameters);
                ps.setObject(6, restartOf, java.sql.Types.BIGINT);
                ps.setString(7, staged);
                ps.setBoolean(8, recordInbox);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        return find(id).orElseThrow();
    }

    public Optional<Request> find(long id) {
        return one("SELECT " + COLUMNS + " FROM PARLEY.RUN_REQUEST WHERE ID = ?", id);
    }

    /** The request that started an execution, if the service started it. */
    public Optional<Request> byExecution(long execution) {
        return one("SELECT " + COLUMNS + " FROM PARLEY.RUN_REQUEST WHERE EXECUTION = ?", execution);
    }

    /** The requests in a state, oldest first. */
    public List<Request> inState(State state) {
        return Sql.transaction(db, "list run requests", c -> Sql.query(c,
                "SELECT " + COLUMNS + " FROM PARLEY.RUN_REQUEST WHERE STATE = ? ORDER BY ID", RunRequestStore::map,
                state.name()));
    }

    /** The latest request of one of these kinds that has ended, if any (its outcome is its final status). */
    public Optional<Request> lastEnded(String... kinds) {
        String marks = String.join(", ", java.util.Collections.nCopies(kinds.length, "?"));
        return Sql.transaction(db, "find the last ended run request", c -> Sql.query(c, "SELECT " + COLUMNS
                + " FROM PARLEY.RUN_REQUEST WHERE STATE = 'ENDED' AND KIND IN (" + marks + ") ORDER BY ID DESC "
                + "FETCH FIRST 1 ROWS ONLY", RunRequestStore::map, (Object[]) kinds)).stream().findFirst();
    }

    /** Marks a queued request started as an execution; false if it was no longer queued. */
    public boolean started(long id, long execution, long at) {
        return Sql.transaction(db, "mark a run started", c -> Sql.update(c, "UPDATE PARLEY.RUN_REQUEST SET "
                + "STATE = 'STARTED', EXECUTION = ?, STARTED = ? WHERE ID = ? AND STATE = 'QUEUED'", execution, at, id)) == 1;
    }

    /** Moves a request from one state to another with an outcome; false if it was not in the first. */
    public boolean move(long id, State from, State to, String outcome) {
        return Sql.transaction(db, "update a run request", c -> Sql.update(c, "UPDATE PARLEY.RUN_REQUEST SET "
                + "STATE = ?, OUTCOME = ? WHERE ID = ? AND STATE = ?", to.name(), cut(outcome, 2000), id, from.name())) == 1;
    }

    private Optional<Request> one(String sql, long key) {
        List<Request> found = Sql.transaction(db, "find a run request", c -> Sql.query(c, sql, RunRequestStore::map, key));
        return found.stream().findFirst();
    }

    private static Request map(ResultSet rs) throws SQLException {
        long restartOf = rs.getLong("RESTART_OF");
        Long restart = rs.wasNull() ? null : restartOf;
        long execution = rs.getLong("EXECUTION");
        Long exec = rs.wasNull() ? null : execution;
        long started = rs.getLong("STARTED");
        Long start = rs.wasNull() ? null : started;
        return new Request(rs.getLong("ID"), rs.getString("KIND"), rs.getString("REQUESTED_BY"), rs.getLong("REQUESTED"),
                rs.getString("SOURCE"), rs.getString("PARAMETERS"), restart, rs.getString("STAGED"),
                rs.getBoolean("RECORD_INBOX"), State.valueOf(rs.getString("STATE")), exec, start, rs.getString("OUTCOME"));
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
