package org.parley.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.batch.runtime.JobExecution;

import org.parley.config.Folders;
import org.parley.render.StagingFolder;
import org.parley.store.RunRecordStore;
import org.parley.store.RunRequestStore;
import org.parley.web.RunControl;

/**
 * Purges old runs: a run (a job instance) goes when every execution of it has ended (COMPLETED,
 * FAILED, STOPPED or ABANDONED) and the last was last changed before the given time, and no request
 * still waits to restart or follow it. Its records go from the job repository and Parley's tables
 * in one transaction of its own; its run folders under {@code briefings/} only when asked, never
 * {@code latest/}. The staging folder a failed or stopped run kept for its restart always goes, in
 * the output folder the run was given ({@code output}), else under {@code briefings/}.
 */
final class RunPurge {

    private static final Logger LOG = Logger.getLogger(RunPurge.class.getName());

    private final Jobs jobs;
    private final RunRecordStore records;
    private final RunRequestStore requests;
    private final Path briefings;

    RunPurge(Jobs jobs, RunRecordStore records, RunRequestStore requests, Path briefings) {
        this.jobs = jobs;
        this.records = records;
        this.requests = requests;
        this.briefings = briefings;
    }

    /**
     * Deletes the runs that ended before {@code before} (or, on a dry run, only says which would go).
     *
     * @param folders also delete their run folders under {@code briefings/}
     */
    RunControl.Purged purge(Instant before, boolean folders, boolean dryRun) throws IOException {
        Set<Long> waited = waitedOn();
        List<Jobs.Run> runs = new ArrayList<>();
        for (Jobs.Run run : jobs.runs(Integer.MAX_VALUE)) {
            if (endedBefore(run, before) && run.executions().stream().noneMatch(waited::contains)) {
                runs.add(run);
            }
        }
        List<Long> instances = runs.stream().map(Jobs.Run::instance).toList();
        List<Long> executions = runs.stream().flatMap(r -> r.executions().stream()).toList();
        List<Long> deletedFolders = new ArrayList<>();
        for (long execution : folders ? executions : List.<Long>of()) {
            if (Files.isDirectory(briefings.resolve(Long.toString(execution)))) {
                deletedFolders.add(execution);
            }
        }
        if (!dryRun) {
            List<Path> staging = stagingFolders(runs); // read while the records are there
            records.delete(instances);
            List<Path> deletedStaging = new ArrayList<>();
            for (Path folder : staging) {
                // what a failed or stopped run had rendered for its restart, which can no longer be
                if (Files.isDirectory(folder)) {
                    Folders.deleteRecursively(folder);
                    deletedStaging.add(folder);
                }
            }
            for (long execution : deletedFolders) {
                Folders.deleteRecursively(briefings.resolve(Long.toString(execution)));
            }
            LOG.info(() -> "purged " + instances.size() + " runs that ended before " + before + " (executions "
                    + executions + "; run folders deleted: " + deletedFolders + "; staging folders deleted: "
                    + deletedStaging + ")");
        }
        return new RunControl.Purged(before, dryRun, instances, executions, deletedFolders);
    }

    /**
     * Where each run's staging folder is: in the output folder its executions were given (a restart
     * cannot change it, but each execution's is read), else in {@code briefings/}. A relative output
     * (a job submitted by hand to a server) was resolved in that server's working folder, which this
     * process does not know: its staging folder is left, and the log says so.
     */
    private List<Path> stagingFolders(List<Jobs.Run> runs) {
        Set<Path> folders = new LinkedHashSet<>();
        for (Jobs.Run run : runs) {
            for (long execution : run.executions()) {
                String output = jobs.parameters(execution).getProperty("output", "").strip();
                if (output.isEmpty()) {
                    folders.add(StagingFolder.folder(briefings, run.instance()));
                } else if (Path.of(output).isAbsolute()) {
                    folders.add(StagingFolder.folder(Path.of(output).normalize(), run.instance()));
                } else {
                    LOG.warning(() -> "run " + run.instance() + " wrote to the relative output folder '" + output
                            + "' of the server that ran it; its staging folder, if any, is not deleted");
                }
            }
        }
        return new ArrayList<>(folders);
    }

    /** The executions a request still waits on: a queued restart's, and a started one's not yet seen to end. */
    private Set<Long> waitedOn() {
        Set<Long> waited = new HashSet<>();
        for (RunRequestStore.Request r : requests.inState(RunRequestStore.State.QUEUED)) {
            if (r.restartOf() != null) {
                waited.add(r.restartOf());
            }
        }
        for (RunRequestStore.Request r : requests.inState(RunRequestStore.State.STARTED)) {
            waited.add(r.execution());
        }
        return waited;
    }

    private boolean endedBefore(Jobs.Run run, Instant before) {
        for (long id : run.executions()) {
            JobExecution e;
            try {
                e = jobs.execution(id);
            } catch (JobStateException gone) {
                return false; // purged meanwhile
            }
            Date last = latest(e.getEndTime(), e.getLastUpdatedTime());
            if (!Jobs.TERMINAL.contains(e.getBatchStatus()) || last == null || !last.toInstant().isBefore(before)) {
                return false;
            }
        }
        return !run.executions().isEmpty();
    }

    private static Date latest(Date a, Date b) {
        return a == null ? b : b == null || a.after(b) ? a : b;
    }
}
