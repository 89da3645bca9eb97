package org.parley.launch;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import org.parley.config.Folders;
import org.parley.config.ServiceSettings;
import org.parley.render.RunManifest;
import org.parley.web.AuditLog;
import org.parley.web.RunFolders;

/**
 * Prunes old run folders under {@code briefings/} by the configured retention (a count, an age, or
 * both), never the newest folder of any round, so every round keeps its latest briefings.
 */
final class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class.getName());

    private final ServiceSettings.Retention settings;
    private final RunFolders folders;
    private final AuditLog audit;

    Retention(ServiceSettings.Retention settings, RunFolders folders, AuditLog audit) {
        this.settings = settings;
        this.folders = folders;
        this.audit = audit;
    }

    /** A run folder as retention sees it: its execution, when it was published, and its rounds. */
    record Folder(long execution, Instant finished, Set<String> rounds) {
    }

    /** The executions whose folders go, by the settings, at a time; the newest folder of each round stays. */
    static Set<Long> plan(List<Folder> runs, int keepRuns, int maxAgeDays, Instant now) {
        List<Folder> newestFirst = new ArrayList<>(runs);
        newestFirst.sort(Comparator.comparingLong(Folder::execution).reversed());
        Set<String> roundsKept = new HashSet<>();
        Set<Long> keep = new HashSet<>();
        for (Folder f : newestFirst) {
            for (String round : f.rounds()) {
                if (roundsKept.add(round)) {
                    keep.add(f.execution());
                }
            }
        }
        Set<Long> delete = new HashSet<>();
        Instant oldest = now.minus(Duration.ofDays(maxAgeDays));
        for (int i = 0; i < newestFirst.size(); i++) {
            Folder f = newestFirst.get(i);
            boolean tooMany = keepRuns > 0 && i >= keepRuns;
            boolean tooOld = maxAgeDays > 0 && f.finished() != null && f.finished().isBefore(oldest);
            if ((tooMany || tooOld) && !keep.contains(f.execution())) {
                delete.add(f.execution());
            }
        }
        return delete;
    }

    /** Deletes the folders the settings let go; returns their executions. */
    Set<Long> prune(Instant now) throws IOException {
        if (settings.keepRuns() == 0 && settings.maxAgeDays() == 0) {
            return Set.of();
        }
        List<Folder> runs = new ArrayList<>();
        for (RunFolders.Run run : folders.list()) {
            Set<String> rounds = new HashSet<>();
            for (RunManifest.RoundFiles r : run.manifest().rounds()) {
                rounds.add(r.id());
            }
            runs.add(new Folder(run.execution(), run.manifest().finished(), rounds));
        }
        Set<Long> delete = plan(runs, settings.keepRuns(), settings.maxAgeDays(), now);
        for (long execution : delete) {
            Folders.deleteRecursively(folders.root().resolve(Long.toString(execution)));
            LOG.info(() -> "retention: pruned the run folder of execution " + execution);
            audit.record(NightlySchedule.SCHEDULER, "prune", "briefings/" + execution, "retention " + settings);
        }
        return delete;
    }

}
