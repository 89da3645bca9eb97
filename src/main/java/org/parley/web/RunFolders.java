package org.parley.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.parley.render.ManifestJson;
import org.parley.render.RunManifest;
import org.parley.render.RunPublisher;

/**
 * The published run folders under the home's {@code briefings/} and their manifests, newest
 * first. A manifest is read once per version of its file.
 */
public final class RunFolders {

    private final Path briefings;
    private final Map<Path, Cached> cache = new ConcurrentHashMap<>();

    public RunFolders(Path briefings) {
        this.briefings = briefings;
    }

    /** The folder that holds run folders and {@code latest/}. */
    public Path root() {
        return briefings;
    }

    /** A published run: its folder and manifest. */
    public record Run(long execution, Path folder, RunManifest manifest) {
    }

    private record Cached(FileTime modified, RunManifest manifest) {
    }

    /** Every published run, newest (highest execution) first; folders without a readable manifest are left out. */
    public List<Run> list() throws IOException {
        if (!Files.isDirectory(briefings)) {
            return List.of();
        }
        List<Run> runs = new ArrayList<>();
        try (Stream<Path> children = Files.list(briefings)) {
            for (Path folder : children.filter(p -> p.getFileName().toString().matches("\\d{1,18}")).toList()) {
                manifest(folder).ifPresent(m -> runs.add(new Run(Long.parseLong(folder.getFileName().toString()), folder, m)));
            }
        }
        runs.sort(Comparator.comparingLong(Run::execution).reversed());
        return runs;
    }

    /** One published run. */
    public Optional<Run> find(long execution) throws IOException {
        Path folder = briefings.resolve(Long.toString(execution));
        return manifest(folder).map(m -> new Run(execution, folder, m));
    }

    private Optional<RunManifest> manifest(Path folder) throws IOException {
        Path file = folder.resolve(RunPublisher.MANIFEST);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            Cached cached = cache.get(folder);
            if (cached == null || !cached.modified().equals(modified)) {
                // the pages and the API list counts, rounds and files, never a large run's 80,000 statements
                cached = new Cached(modified, ManifestJson.readLight(file));
                cache.put(folder, cached);
            }
            return Optional.of(cached.manifest());
        } catch (NoSuchFileException e) {
            cache.remove(folder); // pruned meanwhile
            return Optional.empty();
        }
    }
}
