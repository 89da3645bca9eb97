package org.parley.render;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.parley.briefing.Briefing;

/**
 * Where the render partitions of a run (a job instance, shared by its restarts) place its rounds'
 * files until they are published: {@code <output>/.run-<instance>.staging/}. Each file is placed
 * atomically ({@link BriefingFiles}), so a round whose files are all there is finished whatever
 * happened to the partition after; a restart renders only the rounds that are not.
 */
public final class StagingFolder {

    /** What a placement killed half-way leaves: {@code .<file>.<hex>.tmp}. */
    private static final Pattern PLACING = Pattern.compile("\\..+\\.[0-9a-f]+\\.tmp");

    private final Path folder;
    private final String template;
    private final Set<Format> formats;

    /** @param documents the document formats asked for; CSV and JSON data files are always written */
    public StagingFolder(Path output, long run, String template, Set<Format> documents) {
        this.folder = folder(output, run);
        this.template = template;
        Set<Format> all = EnumSet.of(Format.CSV, Format.JSON);
        all.addAll(documents);
        this.formats = Set.copyOf(all);
    }

    /** The staging folder of a run under an output folder. */
    public static Path folder(Path output, long run) {
        return output.resolve(".run-" + run + ".staging");
    }

    /** One round rendered in memory, or why it could not be. */
    public record Rendering(String roundId, Map<String, byte[]> files, Optional<String> failure) {
    }

    /** The folder itself. */
    public Path folder() {
        return folder;
    }

    /** A round's files, in {@link Format} order, as {@link BriefingRenderer#render} returns them. */
    public List<Path> files(String roundId) {
        List<Path> files = new ArrayList<>();
        for (Format format : EnumSet.copyOf(formats)) {
            files.add(folder.resolve(BriefingFiles.fileName(roundId, template, format)));
        }
        return files;
    }

    /** Whether every file of a round is in place. */
    public boolean holds(String roundId) {
        return files(roundId).stream().allMatch(Files::isRegularFile);
    }

    /**
     * Renders a round's files in memory. A failure of the round's content (it breaks the template or
     * the layout) is the rendering's outcome, for the manifest; anything else is thrown.
     */
    public Rendering render(BriefingRenderer renderer, Briefing briefing) {
        try {
            Map<String, byte[]> files = new LinkedHashMap<>();
            renderer.renderBytes(briefing, template, formats).forEach((format, bytes) ->
                    files.put(BriefingFiles.fileName(briefing.roundId(), template, format), bytes));
            return new Rendering(briefing.roundId(), files, Optional.empty());
        } catch (RuntimeException | StackOverflowError e) {
            return new Rendering(briefing.roundId(), Map.of(), Optional.of(RunPublisher.reason(e)));
        }
    }

    /** Places a rendered round's files; a failed round places none. */
    public void place(Rendering rendering) {
        if (rendering.failure().isEmpty()) {
            BriefingFiles.place(folder, rendering.files());
        }
    }

    /** Removes what placements killed half-way left, before the folder is published. */
    public void clearTemporaries() throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (PLACING.matcher(entry.getFileName().toString()).matches()) {
                    Files.deleteIfExists(entry);
                }
            }
        }
    }
}
