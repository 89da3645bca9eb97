package org.parley.launch;

import java.util.Optional;
import java.util.concurrent.Callable;

import jakarta.batch.runtime.BatchStatus;

import org.parley.config.HomeBusyException;
import org.parley.config.HomeLock;
import org.parley.config.ParleyHome;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code parley stop ID}: stops a run. Jakarta Batch can stop a job only in the JVM that runs it,
 * so when a {@code parley run} process holds the home and runs that execution, it is asked to stop
 * (SIGTERM), which makes it stop its job cleanly at the next checkpoint; any other id is refused; when a {@code parley serve} holds it, the
 * service is asked through its API.
 */
@Command(name = "stop", mixinStandardHelpOptions = true,
        description = "Stop a running run at its next checkpoint; it ends STOPPED and can be restarted.")
final class StopCommand implements Callable<Integer> {

    @Mixin
    HomeOption home;

    @Mixin
    ServiceLogin login;

    @Parameters(paramLabel = "ID", description = "The execution id (see 'parley jobs').")
    long execution;

    @Override
    @SuppressWarnings("try") // the resource is held open for the body, not used in it
    public Integer call() throws Exception {
        ParleyHome paths = home.resolve();
        HomeLock.Holder holder = HomeLock.holder(paths);
        if (holder != null && (holder.command().equals("run") || holder.command().equals("restart"))) {
            return signal(holder);
        }
        if (holder != null && holder.command().equals("serve")) {
            return remote(holder);
        }
        try (Home opened = home.open(paths, "stop", 0)) { // held while the execution is read
            BatchStatus status = new Jobs().execution(execution).getBatchStatus();
            System.err.println("parley stop: execution " + execution + " is " + status + " and no process is running it");
            return ExitCodes.USAGE;
        } catch (JobStateException e) {
            System.err.println("parley stop: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (HomeBusyException e) {
            System.err.println("parley stop: " + e.getMessage());
            return ExitCodes.HOME_BUSY;
        }
    }

    /** Asks the 'parley serve' that holds the home, and runs the job, to stop it. */
    private int remote(HomeLock.Holder holder) throws Exception {
        try {
            ServiceClient.of(holder, login).post("/api/executions/" + execution + "/stop", null,
                    java.net.http.HttpRequest.BodyPublishers.noBody());
            System.out.println("Asked " + holder.describe() + " to stop run " + execution
                    + "; it ends STOPPED at its next checkpoint.");
            return ExitCodes.COMPLETED;
        } catch (ServiceClient.Refused | IllegalArgumentException e) {
            System.err.println("parley stop: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }

    private int signal(HomeLock.Holder holder) {
        if (holder.execution() != execution) {
            System.err.println("parley stop: run " + execution + " is not running; the home is held by "
                    + holder.describe() + (holder.execution() > 0 ? "" : ", which has not started its run yet"));
            return ExitCodes.USAGE;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(holder.pid());
        if (process.isEmpty() || !process.get().destroy()) {
            System.err.println("parley stop: cannot signal " + holder.describe());
            return ExitCodes.FAILED;
        }
        System.out.println("Asked " + holder.describe() + " to stop its run; it ends STOPPED at the next checkpoint.");
        return ExitCodes.COMPLETED;
    }
}
