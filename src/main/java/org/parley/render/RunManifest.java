package org.parley.render;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.parley.article.PassedOver;
import org.parley.briefing.RunSummary;
import org.parley.store.SkipStore;

/**
 * The manifest of one run, {@code manifest.json} in its folder: what was read, skipped and
 * merged, the rounds with their files and checksums, and the statements that fit no round.
 *
 * @param execution  the job execution that rendered the run (the folder's name)
 * @param instance   the job instance, shared by a run and its restarts
 * @param parameters the job parameters
 * @param finished   when the documents were published
 * @param summary    the counts and lists from assembling the run
 * @param skipped    inputs skipped, each with its reason
 * @param rounds     each round with its files
 * @param message    a sentence for the reader when there is something to say (no rounds found)
 * @param passedOver the set's files that are no articles (hidden files, other types), each with why
 * @param notRendered the rounds whose briefing could not be rendered, each with why (their earlier
 *                    files, if any, stay in {@code latest/})
 */
public record RunManifest(long execution, long instance, Map<String, String> parameters, Instant finished,
                          RunSummary summary, List<SkipStore.Skipped> skipped, List<RoundFiles> rounds,
                          String message, List<PassedOver.Entry> passedOver, List<NotRendered> notRendered) {

    public RunManifest {
        passedOver = passedOver == null ? List.of() : List.copyOf(passedOver);
        notRendered = notRendered == null ? List.of() : List.copyOf(notRendered);
    }

    public RunManifest(long execution, long instance, Map<String, String> parameters, Instant finished,
                       RunSummary summary, List<SkipStore.Skipped> skipped, List<RoundFiles> rounds, String message) {
        this(execution, instance, parameters, finished, summary, skipped, rounds, message, List.of(), List.of());
    }

    /** A round whose briefing failed to render, and why. */
    public record NotRendered(String id, String title, String reason) {
    }

    /**
     * The files written for one round, and what the service's page groups and filters rounds by.
     *
     * @param forum   the meeting, forum or format, or null
     * @param place   the city, or null
     * @param parties the parties at the table
     * @param start   the first day (ISO-8601), or null when no day with its year is known
     */
    public record RoundFiles(String id, String title, String dates, int statements, List<FileEntry> files,
                             String forum, String place, List<String> parties, String start) {

        public RoundFiles {
            parties = parties == null ? List.of() : List.copyOf(parties);
        }

        /** A round's files without its forum, place, parties and day (as manifests before them have it). */
        public RoundFiles(String id, String title, String dates, int statements, List<FileEntry> files) {
            this(id, title, dates, statements, files, null, null, List.of(), null);
        }
    }

    /** One file of the run folder, with its size and SHA-256 checksum. */
    public record FileEntry(String name, String format, long bytes, String sha256) {
    }
}
