package org.parley.launch;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.batch.runtime.BatchStatus;

import org.parley.config.DiskFullException;
import org.parley.config.DiskSpace;
import org.parley.job.JobEnvironment;
import org.parley.job.StepProgress;

/**
 * Follows a running execution until it ends: a progress bar on a terminal, one line per finished
 * step otherwise (logs, CI).
 */
final class RunMonitor {

    /** The steps that count parts of their work (rounds rendered), not items read and written. */
    private static final Set<String> BATCHLETS = Set.of("assembleBriefings", "renderBriefings", "publishBriefings");
    private static final List<String> STEPS = List.of("ingestArticles", "extractStatements", "assembleBriefings",
            "renderBriefings", "publishBriefings");
    private static final int BAR = 30;
    private static final long POLL_MILLIS = 300;
    private static final long PLAIN_EVERY_NANOS = 5_000_000_000L;
    /** How long a run may not move while a disk it writes to is full before it is given up. */
    static final Duration STALLED = Duration.ofSeconds(30);

    private final Jobs jobs;
    private final PrintStream out;
    private final boolean terminal;
    private final Set<String> reported = new HashSet<>();
    private final Map<String, Long> lastLine = new HashMap<>();
    private final Path[] disks;
    private String lastMove = "";
    private long lastMoveAt = System.nanoTime();

    /** @param disks where the run writes: a run that stalls while one of their disks is full is given up */
    RunMonitor(Jobs jobs, PrintStream out, boolean terminal, Path... disks) {
        this.jobs = jobs;
        this.out = out;
        this.terminal = terminal;
        this.disks = disks;
    }

    /**
     * Polls until the execution ends; returns its status.
     *
     * @throws DiskFullException when a disk the run writes to is full and the run has not moved for
     *     {@link #STALLED} (a database on a full disk can leave jbatch waiting for good)
     */
    BatchStatus follow(long execution) throws InterruptedException {
        while (true) {
            BatchStatus status = jobs.status(execution);
            List<StepProgress> steps = JobEnvironment.current().progress().of(execution);
            show(steps);
            giveUpWhenStalledOnAFullDisk(execution, steps);
            if (status != BatchStatus.STARTING && status != BatchStatus.STARTED && status != BatchStatus.STOPPING) {
                if (terminal) {
                    out.print("\r" + " ".repeat(78) + "\r");
                }
                return status;
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private void giveUpWhenStalledOnAFullDisk(long execution, List<StepProgress> steps) {
        String now = steps.stream().map(p -> p.step() + p.read() + "/" + p.written() + p.done()).toList().toString();
        long clock = System.nanoTime();
        if (!now.equals(lastMove) || disks.length == 0) {
            lastMove = now;
            lastMoveAt = clock;
            return;
        }
        if (clock - lastMoveAt > STALLED.toNanos()) {
            Optional<String> full = DiskSpace.fullAmong(disks);
            if (full.isPresent()) {
                throw new DiskFullException(full.get() + ", and run " + execution + " has not moved for "
                        + STALLED.toSeconds() + " s: it cannot go on");
            }
        }
    }

    private void show(List<StepProgress> progress) {
        List<StepProgress> steps = progress.stream()
                .sorted(Comparator.comparingInt(p -> STEPS.indexOf(p.step()))).toList();
        for (StepProgress p : steps) {
            if (p.done() && reported.add(p.step())) {
                if (terminal) {
                    out.print("\r" + " ".repeat(78) + "\r");
                }
                out.println(line(p));
            }
        }
        steps.stream().filter(p -> !p.done()).reduce((a, b) -> b).ifPresent(this::running);
        out.flush();
    }

    /** A bar redrawn in place on a terminal; elsewhere a line as soon as items move, then every few seconds. */
    private void running(StepProgress p) {
        if (terminal) {
            out.print("\r" + bar(p));
            return;
        }
        long now = System.nanoTime();
        Long last = lastLine.get(p.step());
        if (p.read() > 0 && (last == null || now - last > PLAIN_EVERY_NANOS)) {
            lastLine.put(p.step(), now);
            if (BATCHLETS.contains(p.step())) {
                out.println(String.format("%-18s %d/%d done", p.step(), p.read(), p.total()));
                return;
            }
            out.println(String.format("%-18s %d/%s read, %d skipped", p.step(), p.read(),
                    p.total() < 0 ? "?" : Integer.toString(p.total()), p.skipped()));
        }
    }

    private static String line(StepProgress p) {
        if (p.total() < 0 && p.read() == 0 || BATCHLETS.contains(p.step())) {
            return String.format("%-18s done", p.step());
        }
        return String.format("%-18s done: %d read, %d written, %d skipped", p.step(), p.read(), p.written(), p.skipped());
    }

    private static String bar(StepProgress p) {
        if (p.total() <= 0) {
            return String.format("%-18s working...", p.step());
        }
        int filled = (int) Math.min(BAR, p.read() * BAR / p.total());
        return String.format("%-18s [%s%s] %d/%d", p.step(), "#".repeat(filled), ".".repeat(BAR - filled),
                p.read(), p.total());
    }
}
