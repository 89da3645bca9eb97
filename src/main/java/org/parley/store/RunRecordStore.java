package org.parley.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/**
 * Deletes whole runs (job instances, each with all its executions): jbatch's records of them in its
 * job repository and Parley's rows for them, a run's in one transaction, so a purge never leaves an
 * execution without its steps or a run's statements without their run. The inbox files a nightly
 * run has read stay recorded, so the nightly run does not read them again; requests still queued stay.
 */
public final class RunRecordStore {

    /** The executions of one job instance, in jbatch's tables (the same names on Derby and PostgreSQL). */
    private static final String EXECUTIONS = "SELECT JOBEXECID FROM JBATCH.EXECUTIONINSTANCEDATA WHERE JOBINSTANCEID = ?";

    /** Child rows first: jbatch's Derby tables delete nothing by cascade from an execution. */
    private static final List<String> DELETES = List.of(
            "DELETE FROM JBATCH.STEPSTATUS WHERE ID IN (SELECT STEPEXECID FROM JBATCH.STEPEXECUTIONINSTANCEDATA "
                    + "WHERE JOBEXECID IN (" + EXECUTIONS + "))",
            "DELETE FROM JBATCH.STEPEXECUTIONINSTANCEDATA WHERE JOBEXECID IN (" + EXECUTIONS + ")",
            "DELETE FROM PARLEY.STEP_PROGRESS WHERE EXECUTION IN (" + EXECUTIONS + ")",
            "DELETE FROM PARLEY.RUN_REQUEST WHERE STATE <> 'QUEUED' AND EXECUTION IN (" + EXECUTIONS + ")",
            "DELETE FROM JBATCH.EXECUTIONINSTANCEDATA WHERE JOBINSTANCEID = ?",
            "DELETE FROM JBATCH.JOBSTATUS WHERE ID = ?",
            "DELETE FROM PARLEY.ARTICLE WHERE JOB_INSTANCE = ?",
            "DELETE FROM PARLEY.SKIPPED WHERE JOB_INSTANCE = ?",
            "DELETE FROM PARLEY.EXTRACTED WHERE JOB_INSTANCE = ?",
            "DELETE FROM PARLEY.STATEMENT WHERE JOB_INSTANCE = ?",
            "DELETE FROM PARLEY.BRIEFING WHERE JOB_INSTANCE = ?",
            "DELETE FROM PARLEY.ASSEMBLY WHERE JOB_INSTANCE = ?",
            "DELETE FROM PARLEY.RENDERED_ROUND WHERE JOB_INSTANCE = ?",
            "DELETE FROM PARLEY.RUN_INPUT WHERE JOB_INSTANCE = ?");

    private final Database db;

    public RunRecordStore(Database db) {
        this.db = db;
    }

    /**
     * Deletes these runs and everything recorded of them, each run in a transaction of its own (so
     * a run is never half purged, and a long purge does not hold the locks of every run at once);
     * returns how many of them the job repository still had.
     */
    public int delete(Collection<Long> instances) {
        int deleted = 0;
        for (long instance : instances) {
            deleted += Sql.transaction(db, "purge run " + instance, c -> delete(c, instance));
        }
        return deleted;
    }

    private static int delete(Connection c, long instance) throws SQLException {
        for (String sql : DELETES) {
            Sql.update(c, sql, instance);
        }
        // jbatch keys a checkpoint by "<instance>,<step>,<stream>"
        Sql.update(c, "DELETE FROM JBATCH.CHECKPOINTDATA WHERE ID LIKE ?", instance + ",%");
        return Sql.update(c, "DELETE FROM JBATCH.JOBINSTANCEDATA WHERE JOBINSTANCEID = ?", instance);
    }
}
