package org.parley.launch;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;

/** Stops the executions running in this JVM and waits for them to end, when a service shuts down. */
final class RunningJobs {

    private static final Logger LOG = Logger.getLogger(RunningJobs.class.getName());

    private RunningJobs() {
    }

    static void stopAll(Jobs jobs, Duration grace) {
        for (JobExecution e : jobs.recent(100)) {
            BatchStatus status = e.getBatchStatus();
            if (status != BatchStatus.STARTING && status != BatchStatus.STARTED) {
                continue;
            }
            try {
                jobs.stop(e.getExecutionId());
                BatchStatus end = jobs.await(e.getExecutionId(), grace);
                System.err.println("parley serve: run " + e.getExecutionId() + " is " + end
                        + "; restart it with: parley restart " + e.getExecutionId());
            } catch (JobStateException ended) {
                // it ended by itself, or it is publishing its briefings: it finishes before the service ends
                LOG.fine(() -> "execution " + e.getExecutionId() + " not stopped: " + ended.getMessage());
                try {
                    jobs.await(e.getExecutionId(), grace);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException failure) {
                LOG.log(Level.WARNING, "cannot stop execution " + e.getExecutionId(), failure);
            }
        }
    }
}
