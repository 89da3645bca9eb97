package org.parley.launch;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parley.config.Folders;
import org.parley.render.LatestFolder;

/**
 * What a process killed mid-write leaves in its home, removed when the home is next opened (safe
 * then: this process holds the home, so nothing else writes in it): run folders rendered but never
 * published ({@code briefings/.<execution>.partial/}), generations of {@code latest/} it does not
 * show ({@code briefings/.latest-<execution>/}, see {@code LatestFolder}), a run
 * folder moved aside for its new version ({@code .<execution>.old}: removed when the new one is in
 * place, moved back when it is not), and
 * uploads half-received under
 * {@code state/uploads/} ({@code .incoming-*.zip}, {@code .partial-*}), a step's scratch files
 * ({@code state/scratch/.*.tmp}) and a font copy half-written ({@code state/fonts/.*.tmp}). Each
 * removal is logged.
 */
final class CrashLeftovers {

    private static final Logger LOG = Logger.getLogger(CrashLeftovers.class.getName());
    private static final Pattern RUN_PARTIAL = Pattern.compile("\\.\\d+\\.partial");
    /** A run folder moved aside while its new version was moved in ({@code PublishedFiles.publishFolder}). */
    private static final Pattern RUN_OLD = Pattern.compile("\\.(\\d+)\\.old");
    private static final Pattern PLACING = Pattern.compile("\\..+\\.[0-9a-f]+\\.tmp");
    private static final Pattern UPLOADING = Pattern.compile("\\.incoming-.+\\.zip|\\.partial-.+");
    /** A step's file on its way to the database ({@code ParleyHome.scratch()}), or a font's copy on its way into {@code ParleyHome.fonts()}. */
    private static final Pattern SCRATCH = Pattern.compile("\\..+\\.tmp");

    private CrashLeftovers() {
    }

    /** Removes the leftovers under the briefings, uploads, scratch and fonts folders; returns what it removed. */
    static List<Path> clean(Path briefings, Path uploads, Path scratch, Path fonts) throws IOException {
        List<Path> removed = new ArrayList<>();
        if (Files.isDirectory(briefings)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(briefings)) {
                for (Path entry : entries) {
                    String name = entry.getFileName().toString();
                    Matcher old = RUN_OLD.matcher(name);
                    if (RUN_PARTIAL.matcher(name).matches() && Files.isDirectory(entry)) {
                        remove(entry, removed);
                    } else if (old.matches() && Files.isDirectory(entry)) {
                        Path run = briefings.resolve(old.group(1));
                        if (Files.exists(run)) {
                            remove(entry, removed); // the new version is in place
                        } else {
                            // killed between the two moves: the published version goes back
                            Files.move(entry, run, StandardCopyOption.ATOMIC_MOVE);
                            LOG.warning("moved " + entry + " back to " + run + ", left aside by a process that ended");
                        }
                    }
                }
            }
        }
        if (Files.isDirectory(briefings)) {
            latest(briefings, removed);
        }
        if (Files.isDirectory(uploads)) {
            removeMatching(uploads, UPLOADING, removed);
        }
        for (Path folder : List.of(scratch, fonts)) {
            if (Files.isDirectory(folder)) {
                removeMatching(folder, SCRATCH, removed);
            }
        }
        for (Path p : removed) {
            LOG.warning("removed " + p + ", left by a process that ended while writing it");
        }
        return removed;
    }

    /**
     * The generations of {@code latest/} that it does not show (one being built, or the one before it
     * switched), and half-made links; a plain {@code latest/} of an older Parley keeps its files but
     * not the temporary ones it placed them with, and is moved back if a kill caught it moved aside.
     */
    private static void latest(Path briefings, List<Path> removed) throws IOException {
        Path latest = briefings.resolve(LatestFolder.NAME);
        Path legacy = briefings.resolve(".latest-0");
        if (!Files.exists(latest, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(legacy)) {
            Files.move(legacy, latest, StandardCopyOption.ATOMIC_MOVE);
            LOG.warning("moved " + legacy + " back to " + latest + ", left aside by a process that ended");
        }
        if (Files.isDirectory(latest) && !Files.isSymbolicLink(latest)) {
            removeMatching(latest, PLACING, removed);
        }
        removed.addAll(LatestFolder.removeGenerationsBut(briefings,
                LatestFolder.current(briefings).map(Set::of).orElse(Set.of())));
    }

    private static void removeMatching(Path folder, Pattern pattern, List<Path> removed) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (pattern.matcher(entry.getFileName().toString()).matches()) {
                    remove(entry, removed);
                }
            }
        }
    }

    private static void remove(Path entry, List<Path> removed) throws IOException {
        if (Files.isDirectory(entry) && !Files.isSymbolicLink(entry)) {
            Folders.deleteRecursively(entry);
        } else {
            Files.deleteIfExists(entry);
        }
        removed.add(entry);
    }
}
