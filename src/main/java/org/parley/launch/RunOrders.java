package org.parley.launch;

import java.nio.file.Files;
import java.nio.file.Path;

import org.parley.web.RunControl;

/**
 * Requests to run the job on an article set the service staged: the set's own rounds and parties
 * files, at its root, become the job's rounds and parties parameters.
 */
final class RunOrders {

    /** Files at the root of an article set that the job reads as its rounds and parties files. */
    static final String ROUNDS_FILE = "rounds.yaml";
    static final String PARTIES_FILE = "parties.yaml";

    private RunOrders() {
    }

    /**
     * A request for a set.
     *
     * @param articles    the staged set (a folder or a .zip)
     * @param staged      the folder to delete once the run completed
     * @param recordInbox whether a completed run marks the set's files as read (the nightly run)
     */
    static RunQueue.Order forSet(String kind, String user, String source, Path articles, RunControl.RunOptions options,
                                 Path staged, boolean recordInbox) {
        return forSet(kind, user, source, articles, options, staged, recordInbox, null);
    }

    /**
     * A request for a set of which only some articles are new.
     *
     * @param newArticles a file naming the new articles, one per line; only the rounds they touch
     *                    are rendered (null renders every round)
     */
    static RunQueue.Order forSet(String kind, String user, String source, Path articles, RunControl.RunOptions options,
                                 Path staged, boolean recordInbox, Path newArticles) {
        Path folder = Files.isDirectory(articles) ? articles : articles.getParent();
        JobParameters parameters = new JobParameters(articles, null, options.formats(), options.template(),
                optional(folder.resolve(ROUNDS_FILE)), optional(folder.resolve(PARTIES_FILE)), newArticles)
                .withPartitions(options.partitions()).withRenderPartitions(options.renderPartitions());
        return new RunQueue.Order(kind, user, source, parameters, null, staged.toString(), recordInbox);
    }

    private static Path optional(Path file) {
        return Files.isRegularFile(file) ? file : null;
    }
}
