package org.parley.launch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.StepExecution;

import com.ibm.jbatch.container.services.IPersistenceManagerService;
import com.ibm.jbatch.container.servicesmanager.ServicesManagerImpl;
import com.ibm.jbatch.container.status.JobStatus;
import com.ibm.jbatch.container.status.StepStatus;

import org.parley.store.Database;

/**
 * Marks executions that a crashed process left running as FAILED, so that they can be restarted.
 * The Jakarta Batch API has no call for this; this small adapter uses jbatch's persistence
 * service. It is safe only while this process holds the home: then nothing else can be running them.
 */
final class CrashedExecutions {

    private static final Logger LOG = Logger.getLogger(CrashedExecutions.class.getName());
    private static final String REASON = "FAILED: the process running it ended before it finished";

    private CrashedExecutions() {
    }

    /** Marks every execution of the job still recorded as running FAILED; returns their ids. */
    static List<Long> markFailed(String jobName, Database db) {
        IPersistenceManagerService store = ServicesManagerImpl.getInstance().getPersistenceManagerService();
        List<Long> marked = new ArrayList<>(store.jobOperatorGetRunningExecutions(jobName));
        Timestamp now = new Timestamp(System.currentTimeMillis());
        for (long execution : marked) {
            long instance = store.getJobInstanceIdByExecutionId(execution);
            store.updateWithFinalExecutionStatusesAndTimestamps(execution, BatchStatus.FAILED, REASON, now);
            JobStatus job = store.getJobStatus(instance);
            job.setBatchStatus(BatchStatus.FAILED);
            job.setExitStatus(REASON);
            store.updateJobStatus(instance, job);
            for (StepExecution step : store.getStepExecutionsForJobExecution(execution)) {
                failStep(store, db, instance, step, now);
            }
            LOG.warning("execution " + execution + " was left running by a process that ended; marked FAILED "
                    + "(restart it with: parley restart " + execution + ")");
        }
        return marked;
    }

    private static void failStep(IPersistenceManagerService store, Database db, long instance, StepExecution step,
                                 Timestamp now) {
        BatchStatus status = step.getBatchStatus();
        if (status != BatchStatus.STARTING && status != BatchStatus.STARTED && status != BatchStatus.STOPPING) {
            return;
        }
        StepStatus stepStatus = store.getStepStatus(instance, step.getStepName());
        if (stepStatus != null) {
            stepStatus.setBatchStatus(BatchStatus.FAILED);
            stepStatus.setExitStatus(REASON);
            store.updateStepStatus(stepStatus.getStepExecutionId(), stepStatus);
        }
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "UPDATE JBATCH.STEPEXECUTIONINSTANCEDATA SET BATCHSTATUS = ?, EXITSTATUS = ?, ENDTIME = ? "
                        + "WHERE STEPEXECID = ?")) {
            ps.setString(1, BatchStatus.FAILED.name());
            ps.setString(2, REASON);
            ps.setTimestamp(3, now);
            ps.setLong(4, step.getStepExecutionId());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot mark step execution " + step.getStepExecutionId() + " failed", e);
        }
    }
}
