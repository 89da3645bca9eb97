package org.parley.render;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.parley.config.Folders;

/**
 * {@code latest/}, switched as a whole: the latest copy of every round's files is gathered in a new
 * hidden folder ({@code .latest-<execution>}), and {@code latest} is then a symbolic link moved onto
 * it in one rename, so a reader sees one run's files or the other's, never a mix, and a process killed
 * at any point leaves one or the other. The folder before stays one switch longer for a reader still
 * listing it; older ones are removed.
 */
public final class LatestFolder {

    /** The name readers use: a symbolic link to the current generation. */
    public static final String NAME = "latest";
    /** A generation of {@code latest/} ({@code .latest-<execution>}), or the link on its way to it. */
    public static final Pattern GENERATION = Pattern.compile("\\.latest-(\\d+)(\\.link)?");
    /** What follows a round's safe id in its file names: a template's name perhaps, then the format. */
    private static final Pattern ROUND_FILE = Pattern.compile("(\\.[A-Za-z0-9_-]+)?\\.(pdf|docx|csv|json)");

    private LatestFolder() {
    }

    /**
     * Makes {@code latest/} hold the given rounds' files of a run, and the files of every other round
     * from the current {@code latest/}; returns the new generation's folder.
     *
     * @param rounds the ids of the rounds this run rendered: their older files are left out
     * @param files  this run's files of those rounds
     */
    public static Path publish(Path output, long execution, Set<String> rounds, Collection<Path> files)
            throws IOException {
        Path next = output.resolve(".latest-" + execution);
        Folders.deleteRecursively(next);
        Files.createDirectories(next);
        Optional<Path> current = current(output);
        if (current.isPresent()) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(current.get())) {
                for (Path entry : entries) {
                    String name = entry.getFileName().toString();
                    if (!name.startsWith(".") && Files.isRegularFile(entry) && !ofRounds(name, rounds)) {
                        linkOrCopy(entry, next.resolve(name));
                    }
                }
            }
        }
        for (Path file : files) {
            linkOrCopy(file, next.resolve(file.getFileName().toString()));
        }
        switchTo(output, next);
        removeOlder(output, next, current.orElse(null));
        return next;
    }

    /** The folder {@code latest} shows now: the generation it links to, or a plain folder of an older Parley. */
    public static Optional<Path> current(Path output) throws IOException {
        Path latest = output.resolve(NAME);
        if (Files.isSymbolicLink(latest)) {
            Path target = output.resolve(Files.readSymbolicLink(latest));
            return Files.isDirectory(target) ? Optional.of(target) : Optional.empty();
        }
        return Files.isDirectory(latest) ? Optional.of(latest) : Optional.empty();
    }

    private static void switchTo(Path output, Path next) throws IOException {
        Path latest = output.resolve(NAME);
        Path link = output.resolve(next.getFileName() + ".link");
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, next.getFileName());
        if (Files.isDirectory(latest) && !Files.isSymbolicLink(latest)) {
            // a plain latest/ of an older Parley: moved aside once (its files are in the new generation)
            Files.move(latest, output.resolve(".latest-0"), StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(link, latest, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Removes every generation but the current one and, while it is kept, the one before. */
    private static void removeOlder(Path output, Path current, Path before) throws IOException {
        Set<Path> keep = before == null ? Set.of(current) : Set.of(current, before);
        removeGenerationsBut(output, keep);
    }

    /**
     * Removes the generations and half-made links not in {@code keep}: a crash leftover when the home
     * is opened, or an old generation after a switch.
     */
    public static Set<Path> removeGenerationsBut(Path output, Set<Path> keep) throws IOException {
        Set<Path> kept = keep.stream().map(p -> p.toAbsolutePath().normalize()).collect(Collectors.toSet());
        Set<Path> removed = new LinkedHashSet<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(output)) {
            for (Path entry : entries) {
                Matcher m = GENERATION.matcher(entry.getFileName().toString());
                if (m.matches() && !kept.contains(entry.toAbsolutePath().normalize())) {
                    if (m.group(2) == null && !Files.isSymbolicLink(entry)) {
                        Folders.deleteRecursively(entry);
                    } else {
                        Files.deleteIfExists(entry);
                    }
                    removed.add(entry);
                }
            }
        }
        return removed;
    }

    /** Whether a file name in {@code latest/} is one of these rounds' files ({@code BriefingFiles.fileName}). */
    private static boolean ofRounds(String name, Set<String> rounds) {
        for (String round : rounds) {
            String base = BriefingFiles.safeName(round);
            if (name.startsWith(base) && ROUND_FILE.matcher(name.substring(base.length())).matches()) {
                return true;
            }
        }
        return false;
    }

    /** A hard link where the file system has them (a run folder's files never change), else a copy. */
    private static void linkOrCopy(Path from, Path to) throws IOException {
        try {
            Files.createLink(to, from);
        } catch (UnsupportedOperationException | FileSystemException e) {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
