package org.parley.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.parley.config.ConfinedPaths;
import org.parley.render.PublishedFiles;
import org.parley.store.InboxStore;

/**
 * The inbox: the folder where article sets arrive (sub-folders and .zip files). A run never reads
 * the inbox itself: it reads a copy staged under the home, so that files arriving during a run, or
 * between a crash and its restart, cannot shift what a restarted run resumes from.
 */
final class InboxSets {

    private final Path root;
    private final Path staging;

    InboxSets(Path root, Path staging) {
        this.root = root;
        this.staging = staging;
    }

    Path root() {
        return root;
    }

    /** The article sets directly in the inbox: folders and .zip files, hidden ones left out. */
    List<String> list() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> Files.isDirectory(p) || p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip"))
                    .map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The rounds and parties files a run may take from the inbox (YAML files up to two folders down: a JSON file there is more likely an article), sorted. */
    List<String> dataFiles() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root, 3)) {
            return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !hidden(root.relativize(p)))
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(yaml|yml)"))
                    .map(p -> root.relativize(p).toString()).sorted().limit(500).toList();
        }
    }

    /** A file under the inbox (a rounds or parties file), named relative to it; empty when it names none there. */
    Optional<Path> file(String relative) {
        return ConfinedPaths.resolve(root, relative).filter(Files::isRegularFile);
    }

    /** A set under the inbox, named relative to it; empty when the name leaves the inbox or names nothing. */
    Optional<Path> resolve(String relative) {
        return ConfinedPaths.resolve(root, relative)
                .filter(p -> Files.isDirectory(p) || p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip"));
    }

    /** Copies a set (a folder or a .zip) into a new folder under the staging area; returns what the job should read. */
    Path stage(Path set, String name) throws IOException {
        Path target = Files.createDirectories(staging).resolve(name);
        Files.createDirectories(target);
        if (Files.isRegularFile(set)) {
            Path copy = target.resolve(set.getFileName().toString());
            Files.copy(set, copy, StandardCopyOption.REPLACE_EXISTING);
            return copy;
        }
        for (Path file : files(set)) {
            Path to = target.resolve(set.relativize(file).toString());
            Files.createDirectories(to.getParent());
            Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    /** Every regular file under a folder with its SHA-256, by path relative to the folder. */
    static List<InboxStore.Fingerprint> fingerprints(Path folder) throws IOException {
        List<InboxStore.Fingerprint> out = new ArrayList<>();
        for (Path file : files(folder)) {
            out.add(new InboxStore.Fingerprint(folder.relativize(file).toString(), PublishedFiles.sha256(file)));
        }
        return out;
    }

    /** Regular files under a folder, hidden ones and symbolic links left out, in a stable order. */
    static List<Path> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !hidden(folder.relativize(p)))
                    .sorted().toList();
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
