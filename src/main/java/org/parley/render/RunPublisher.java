package org.parley.render;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.parley.article.PassedOver;
import org.parley.config.Folders;
import org.parley.briefing.Briefing;
import org.parley.briefing.RunSummary;
import org.parley.store.SkipStore;

/**
 * Publishes one run: renders each round's briefing (documents, and the statements as CSV and JSON)
 * into a staging folder, writes the manifest, renames the folder to the run's name in one step,
 * then switches {@code latest/} to a folder holding this run's files (see {@link LatestFolder}). A run
 * folder is complete or absent, never half-written, and a job has one: a restart's replaces its earlier
 * tries'.
 */
public final class RunPublisher {

    /** The name of the folder that holds the latest copy of every round's files. */
    public static final String LATEST = LatestFolder.NAME;
    /** The manifest's file name in a run folder. */
    public static final String MANIFEST = "manifest.json";

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    private final Path output;
    private final BriefingRenderer renderer;
    private final String template;
    private final Set<Format> formats;

    /**
     * @param output    the folder that holds run folders and {@code latest/}
     * @param documents the document formats asked for; CSV and JSON data files are always written
     */
    public RunPublisher(Path output, BriefingRenderer renderer, String template, Set<Format> documents) {
        this.output = output;
        this.renderer = renderer;
        this.template = template;
        Set<Format> all = EnumSet.of(Format.CSV, Format.JSON);
        all.addAll(documents);
        this.formats = Set.copyOf(all);
    }

    /** The run folder of an execution. */
    public Path runFolder(long execution) {
        return output.resolve(Long.toString(execution));
    }

    /** The whole summary, written into the manifest as it is read (its statement lists may be long). */
    @FunctionalInterface
    public interface SummaryJson {
        void writeTo(JsonGenerator generator) throws IOException;
    }

    /** What a run's publication needs to know of its job, beyond the briefings. */
    public interface Job {
        /**
         * Called once everything is rendered, before anything is published: whether to publish, or
         * not (the run is being stopped: it publishes nothing, and a restart renders again).
         */
        boolean mayPublish();

        /** The job's earlier executions (a crashed or stopped try of this run), whose folders this one replaces. */
        List<Long> earlierExecutions();

        /** The files of the run's article set that are no articles, for the manifest. */
        default List<PassedOver.Entry> passedOver() {
            return List.of();
        }

        /** Told as the rounds are rendered, in the briefings' order: {@code done} of {@code total}. */
        default void rendered(int done, int total) {
        }
    }

    /**
     * Renders and publishes; {@code summary} is the run's summary, its statement lists possibly left
     * empty, and {@code whole} writes the whole summary into the manifest; {@code note} is a sentence
     * for the manifest's reader (null for the usual one). Returns the manifest with {@code summary},
     * or empty when the job said not to publish.
     */
    public Optional<RunManifest> publish(long execution, long instance, Map<String, String> parameters,
                                         List<Briefing> briefings, RunSummary summary, SummaryJson whole,
                                         List<SkipStore.Skipped> skipped, String note, Job job) throws IOException {
        Path staging = output.resolve("." + execution + ".partial");
        Folders.deleteRecursively(staging);
        Files.createDirectories(staging);
        Rendered rendered = renderAll(briefings, summary, staging, job);
        return publish(staging, true, rendered, execution, instance, parameters, briefings, summary, whole, skipped,
                note, job);
    }

    /**
     * Publishes what a run's render partitions placed in {@code staging}, as {@link #publish} does
     * what it renders itself: {@code failures} holds each round of {@code briefings} whose rendering
     * failed, with why; every other round's files must be in place. When the job says not to
     * publish, the staging folder is kept for a restart to publish. When every round failed, the
     * first failure fails the run.
     */
    public Optional<RunManifest> publishStaged(StagingFolder staging, long execution, long instance,
                                               Map<String, String> parameters, List<Briefing> briefings,
                                               Map<String, String> failures, RunSummary summary, SummaryJson whole,
                                               List<SkipStore.Skipped> skipped, String note, Job job) throws IOException {
        List<RunManifest.RoundFiles> rounds = new ArrayList<>();
        List<RunManifest.NotRendered> failed = new ArrayList<>();
        for (Briefing b : briefings) {
            String failure = failures.get(b.roundId());
            if (failure != null) {
                failed.add(new RunManifest.NotRendered(b.roundId(), b.cover().title(), failure));
            } else if (!staging.holds(b.roundId())) {
                throw new IllegalStateException("round " + b.roundId() + " was neither rendered into "
                        + staging.folder() + " nor failed");
            } else {
                rounds.add(roundFiles(b, summary, staging.files(b.roundId())));
            }
        }
        if (rounds.isEmpty() && !failed.isEmpty()) {
            throw new RenderException(failed.get(0).reason());
        }
        Files.createDirectories(staging.folder());
        staging.clearTemporaries();
        return publish(staging.folder(), false, new Rendered(rounds, failed), execution, instance, parameters,
                briefings, summary, whole, skipped, note, job);
    }

    /** Writes the manifest into a staging folder that holds the rounds' files, and publishes it. */
    private Optional<RunManifest> publish(Path staging, boolean discardUnpublished, Rendered rendered, long execution,
                                          long instance, Map<String, String> parameters, List<Briefing> briefings,
                                          RunSummary summary, SummaryJson whole, List<SkipStore.Skipped> skipped,
                                          String note, Job job) throws IOException {
        List<RunManifest.RoundFiles> rounds = rendered.rounds();
        String message = note != null ? note : briefings.isEmpty() ? "No rounds of talks were found in the article set, so no briefing was "
                + "written; the statements found are listed under summary.unassigned." : null;
        RunManifest manifest = new RunManifest(execution, instance, parameters, Instant.now(), summary, skipped,
                rounds, message, job.passedOver(), rendered.failed());
        writeManifest(manifest, whole, staging.resolve(MANIFEST));
        if (!job.mayPublish()) {
            if (discardUnpublished) {
                Folders.deleteRecursively(staging);
            } else {
                Files.delete(staging.resolve(MANIFEST));
            }
            return Optional.empty();
        }
        Path folder = runFolder(execution);
        PublishedFiles.publishFolder(staging, folder);
        Set<String> ids = new LinkedHashSet<>();
        List<Path> files = new ArrayList<>();
        for (RunManifest.RoundFiles round : rounds) {
            ids.add(round.id());
            round.files().forEach(f -> files.add(folder.resolve(f.name())));
        }
        LatestFolder.publish(output, execution, ids, files);
        for (long earlier : job.earlierExecutions()) {
            // one run folder per job: a try that published before it was killed is replaced by this one
            if (earlier != execution) {
                Folders.deleteRecursively(runFolder(earlier));
            }
        }
        return Optional.of(manifest);
    }

    /** Writes the manifest as it goes, its summary from {@code whole}, and puts it in place when complete. */
    private static void writeManifest(RunManifest manifest, SummaryJson whole, Path file) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".tmp");
        ObjectNode fields = JSON.valueToTree(manifest);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16);
             JsonGenerator g = JSON.writer().createGenerator(out)) {
            g.writeStartObject();
            for (Map.Entry<String, JsonNode> field : fields.properties()) {
                g.writeFieldName(field.getKey());
                if (field.getKey().equals("summary")) {
                    whole.writeTo(g);
                } else {
                    g.writeTree(field.getValue());
                }
            }
            g.writeEndObject();
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The rounds rendered, in the briefings' order, and those that failed, each with why. */
    private record Rendered(List<RunManifest.RoundFiles> rounds, List<RunManifest.NotRendered> failed) {
    }

    /**
     * Renders the briefings on the machine's cores, each into its own files of the staging folder;
     * the rounds keep the briefings' order. A round whose rendering fails (its content breaks the
     * template or the layout) is left out with why, and the others go on; when every round fails,
     * the fault is the template's or the machine's, and the first failure fails the run. A file that
     * cannot be written (a full disk) fails the run at once.
     */
    private Rendered renderAll(List<Briefing> briefings, RunSummary summary, Path staging, Job job) throws IOException {
        int threads = Math.max(1, Math.min(briefings.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "parley-render");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<RunManifest.RoundFiles>> pending = new ArrayList<>();
            for (Briefing briefing : briefings) {
                pending.add(pool.submit(() -> roundFiles(briefing, summary,
                        renderer.render(briefing, template, formats, staging))));
            }
            List<RunManifest.RoundFiles> rounds = new ArrayList<>();
            List<RunManifest.NotRendered> failed = new ArrayList<>();
            Throwable first = null;
            job.rendered(0, pending.size());
            for (int i = 0; i < pending.size(); i++) {
                try {
                    rounds.add(pending.get(i).get());
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof IOException io) {
                        throw io;
                    }
                    if (cause instanceof Error err && !(err instanceof StackOverflowError)) {
                        throw err;
                    }
                    if (!(cause instanceof RuntimeException) && !(cause instanceof StackOverflowError)) {
                        throw new IllegalStateException(cause);
                    }
                    first = first == null ? cause : first;
                    Briefing b = briefings.get(i);
                    failed.add(new RunManifest.NotRendered(b.roundId(), b.cover().title(), reason(cause)));
                }
                job.rendered(i + 1, pending.size());
            }
            if (rounds.isEmpty() && first != null) {
                throw first instanceof RuntimeException re ? re : new RenderException(reason(first), first);
            }
            return new Rendered(rounds, failed);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("rendering interrupted");
        } finally {
            pool.shutdownNow();
        }
    }

    static String reason(Throwable failure) {
        if (failure instanceof StackOverflowError) {
            return "its content is nested too deeply to lay out";
        }
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }

    private static RunManifest.RoundFiles roundFiles(Briefing b, RunSummary summary, List<Path> files) throws IOException {
        List<RunManifest.FileEntry> entries = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            entries.add(new RunManifest.FileEntry(name, name.substring(name.lastIndexOf('.') + 1), Files.size(f),
                    PublishedFiles.sha256(f)));
        }
        List<RunSummary.RoundEntry> entry = summary.rounds().stream().filter(r -> r.id().equals(b.roundId())).toList();
        int statements = entry.stream().mapToInt(RunSummary.RoundEntry::statements).sum();
        String start = entry.stream().map(RunSummary.RoundEntry::start).filter(java.util.Objects::nonNull).findFirst()
                .orElse(null);
        return new RunManifest.RoundFiles(b.roundId(), b.cover().title(), b.cover().dates(), statements, entries,
                b.cover().forum(), b.cover().place(), b.cover().parties(), start);
    }
}
