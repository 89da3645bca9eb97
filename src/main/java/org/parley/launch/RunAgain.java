package org.parley.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

import org.parley.store.RunRequestStore;
import org.parley.web.RunControl;

/**
 * A new run on the article set an earlier run read, with other options: the earlier run's own copy
 * of the set while it is still there (a failed or stopped run keeps it for its restart), else the
 * inbox set of the same name as it is now. An uploaded set's copy is deleted once its run
 * completed, and then there is nothing to run again. The earlier run is left as it was.
 */
final class RunAgain {

    private static final String INBOX = "inbox: ";

    private final InboxSets inbox;

    RunAgain(InboxSets inbox) {
        this.inbox = inbox;
    }

    /** What a run again of a run would read, from its parameters and its request (null when started outside the service). */
    RunControl.Again what(Properties parameters, RunRequestStore.Request request) {
        Optional<Path> copy = ownCopy(parameters);
        if (copy.isPresent()) {
            return new RunControl.Again(true, "the same articles this run read", null);
        }
        Optional<String> set = inboxSet(request);
        if (set.isPresent() && inbox.resolve(set.get()).isPresent()) {
            return new RunControl.Again(true, "the inbox set " + set.get() + " as it is in the inbox now", null);
        }
        if (request != null && (request.kind().equals("scheduled") || request.kind().equals("catch-up"))) {
            return new RunControl.Again(false, null, "This nightly run cannot be run again: its copy of the inbox was "
                    + "deleted when it completed. A new nightly run reads what is in the inbox now.");
        }
        if (set.isPresent()) {
            return new RunControl.Again(false, null, "This run cannot be run again: the set " + set.get()
                    + " is no longer in the inbox, and the run's own copy of it was deleted when the run completed.");
        }
        return new RunControl.Again(false, null, "This run cannot be run again: the copy of its articles was deleted "
                + "when the run completed (an uploaded set is kept only while its run may need it). Upload the set "
                + "again to run it with other settings.");
    }

    /**
     * The order for the new run, its set staged under {@code name}; rounds and parties are files
     * under the inbox (null keeps the set's own).
     *
     * @throws java.util.NoSuchElementException when the articles are gone
     */
    RunQueue.Order order(Properties parameters, RunRequestStore.Request request, RunControl.RunOptions options,
                         Path rounds, Path parties, String user, String name) throws IOException {
        Path from = ownCopy(parameters).or(() -> inboxSet(request).flatMap(inbox::resolve))
                .orElseThrow(() -> new java.util.NoSuchElementException(what(parameters, request).reason()));
        SetFiles.check(rounds, "rounds " + fileName(rounds), parties, "parties " + fileName(parties));
        Path staged = inbox.stage(from, name);
        Path folder = Files.isDirectory(staged) ? staged : staged.getParent();
        try {
            SetFiles.check(staged);
        } catch (IllegalArgumentException e) {
            org.parley.config.Folders.deleteRecursively(folder);
            throw e;
        }
        String source = request == null ? "execution's articles" : request.source();
        RunQueue.Order own = RunOrders.forSet("manual", user, source, staged, options, folder, false);
        JobParameters p = own.parameters();
        JobParameters changed = new JobParameters(p.articles(), p.output(), p.formats(), p.template(),
                rounds != null ? rounds : p.rounds(), parties != null ? parties : p.parties())
                .withPartitions(p.partitions()).withRenderPartitions(p.renderPartitions());
        return new RunQueue.Order(own.kind(), user, source, changed, null, own.staged(), false);
    }

    /** The set the run read, when it is still where it was. */
    private static Optional<Path> ownCopy(Properties parameters) {
        String articles = parameters.getProperty("articles");
        return articles == null || articles.isBlank() ? Optional.empty()
                : Optional.of(Path.of(articles)).filter(Files::exists);
    }

    /** The inbox set a run was started on from the page or the API ("inbox: talks"), never the nightly's new files of the whole inbox. */
    private static Optional<String> inboxSet(RunRequestStore.Request request) {
        if (request == null || request.source() == null || !request.source().startsWith(INBOX)
                || request.source().matches(INBOX + "\\d+ new of .*")) {
            return Optional.empty();
        }
        return Optional.of(request.source().substring(INBOX.length()));
    }

    private static String fileName(Path file) {
        return file == null ? "-" : file.getFileName().toString();
    }
}
