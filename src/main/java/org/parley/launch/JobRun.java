package org.parley.launch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;

import org.parley.config.DiskFullException;
import org.parley.config.DiskSpace;

/**
 * An execution started by this process, followed to its end: progress, then the summary, and an
 * exit code that is 0 only when the job COMPLETED. Ctrl-C or SIGTERM stops it cleanly (STOPPED,
 * restartable) before the home is closed; the process then exits with the signal's usual code
 * (130 or 143).
 */
final class JobRun {

    private static final Duration STOP_GRACE = Duration.ofSeconds(60);

    private final Jobs jobs;
    private final Home home;
    private final PrintStream out;

    JobRun(Jobs jobs, Home home, PrintStream out) {
        this.jobs = jobs;
        this.home = home;
        this.out = out;
    }

    /** Follows the execution and reports; returns the exit code. */
    int follow(long execution) throws InterruptedException, JobStateException {
        Thread stopper = new Thread(() -> stopAndClose(execution), "parley-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        home.announceExecution(execution);
        out.println("Run " + execution + " started (home " + home.paths().root() + ")");
        long started = System.nanoTime();
        Path output = outputOf(jobs, execution, home);
        BatchStatus status;
        try {
            status = new RunMonitor(jobs, out, System.console() != null, home.paths().root(), output).follow(execution);
        } catch (RuntimeException e) { // the job repository itself may be what the full disk broke
            Optional<String> full = e instanceof DiskFullException ? Optional.of(e.getMessage())
                    : DiskSpace.explain(e, home.paths().root(), output);
            if (full.isEmpty()) {
                throw e;
            }
            Runtime.getRuntime().removeShutdownHook(stopper); // a stop cannot be recorded on a full disk
            out.println("Run " + execution + " FAILED: " + full.get() + ". Free some space there, then restart it: "
                    + "parley restart " + execution);
            return ExitCodes.FAILED; // the next process to open the home records it FAILED
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stopper);
        } catch (IllegalStateException shuttingDown) {
            stopper.join(); // the hook is stopping the job and closes the home: let it finish first
            return ExitCodes.STOPPED;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return report(execution, status, seconds, output);
    }

    private int report(long execution, BatchStatus status, double seconds, Path output) throws JobStateException {
        JobExecution done = jobs.execution(execution);
        out.printf("Run %d %s in %.1f s%n", execution, status, seconds);
        if (status == BatchStatus.COMPLETED) {
            try {
                RunReport.print(RunReport.manifest(output, execution), output, out);
            } catch (IOException e) {
                out.println("The run completed but its manifest cannot be read: " + e.getMessage());
                return ExitCodes.FAILED;
            }
            return ExitCodes.COMPLETED;
        }
        out.println("Reason: " + reason(done, output));
        out.println("Restart it with: parley restart " + execution + "  (log: " + home.paths().logs().resolve("parley.log") + ")");
        return status == BatchStatus.STOPPED ? ExitCodes.STOPPED : ExitCodes.FAILED;
    }

    /**
     * Why an execution did not complete: the message its failed step left, or, where a full disk
     * kept the step from leaving one (its status alone), that the disk is full.
     */
    private String reason(JobExecution done, Path output) {
        String exit = done.getExitStatus();
        if (exit != null && !exit.equals(done.getBatchStatus().name())) {
            return exit;
        }
        return DiskSpace.fullAmong(home.paths().root(), output).orElse(exit);
    }

    /** The output folder an execution writes to: its parameter, or the home's briefings folder. */
    static Path outputOf(Jobs jobs, long execution, Home home) {
        Properties params = jobs.parameters(execution);
        String output = params.getProperty("output");
        return output == null || output.isBlank() ? home.paths().briefings() : Path.of(output);
    }

    private void awaitEnd(long execution, String why) {
        try {
            BatchStatus status = jobs.await(execution, STOP_GRACE);
            if (status == BatchStatus.COMPLETED) {
                System.err.println("parley: " + why + "; run " + execution + " is COMPLETED");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void stopAndClose(long execution) {
        try {
            System.err.println("\nparley: stopping run " + execution + " at its next checkpoint...");
            jobs.stop(execution);
            BatchStatus status = jobs.await(execution, STOP_GRACE);
            System.err.println("parley: run " + execution + " is " + status + "; restart it with: parley restart " + execution);
        } catch (JobStateException e) {
            // it ended on its own in the meantime, or it is publishing: let it finish before the home closes
            awaitEnd(execution, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            home.close();
        }
    }
}
