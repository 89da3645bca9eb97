package org.parley.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The model of one run's page, which the page's script fetches again while the run goes: its
 * state and timing, each step's progress and duration, why it failed or stopped in plain words (or
 * what to do when it no longer moves), what it produced, its parameters as given, skipped articles
 * and log.
 */
final class RunPage {

    private static final int LOG_TAIL = 20_000;
    private static final int AUDIT_READ = 2_000;

    private final WebContext context;

    RunPage(WebContext context) {
        this.context = context;
    }

    /** Adds a run's parts to a page's model, as {@code viewer} may act on them. */
    void fill(ExecutionView e, Map<String, Object> model, UserDirectory.User viewer) throws IOException {
        Instant now = context.clock().instant();
        model.put("run", PageModel.row(e, viewer));
        model.put("timing", timing(e, now));
        model.put("steps", PageModel.steps(e, now));
        model.put("skipped", e.skipped());
        model.put("parameters", RunParameters.of(e.parameters(), e.request()));
        model.put("failure", e.status().equals("FAILED") ? FailureText.of(e.exitStatus(), e.parameters().get("template")) : null);
        model.put("stopped", e.status().equals("STOPPED") ? stopped(e.id()) : null);
        model.put("stalled", e.stalledAdvice());
        Optional<RunFolders.Run> published = context.folders().find(e.id());
        model.put("result", published.map(r -> RunResult.of(r.manifest())).orElse(null));
        model.put("log", tail(context.runs().log(e.id()).orElse(null)));
        againForm(e, model, viewer);
    }

    /**
     * The "Run again" form of a run that has ended, for a viewer who may start runs: the templates,
     * formats and inbox files to choose from, the run's own choices preselected; or why its set cannot
     * be run again.
     */
    private void againForm(ExecutionView e, Map<String, Object> model, UserDirectory.User viewer) throws IOException {
        if (e.running() || !RunActions.mayRunAgain(viewer, e)) {
            return;
        }
        model.put("again", context.runs().again(e.id()));
        model.put("templates", TemplateChoices.names());
        model.put("inboxFiles", context.runs().inboxFiles());
        model.put("chosenTemplate", e.parameters().getOrDefault("template", "briefing"));
        String formats = e.parameters().getOrDefault("formats", "pdf,docx");
        model.put("chosenPdf", formats.contains("pdf"));
        model.put("chosenDocx", formats.contains("docx"));
    }

    /** "Running for 2 min 05 s", "Took 12 s", or "Not started yet". */
    static String timing(ExecutionView e, Instant now) {
        if (e.start() == null) {
            return "Not started yet.";
        }
        if (e.running() || e.end() == null) {
            return "Running for " + PageModel.duration(e.start(), now) + ".";
        }
        return "Took " + PageModel.duration(e.start(), e.end()) + ".";
    }

    /** Who stopped a run and when, from the audit log; else what else stops runs. */
    private String stopped(long execution) throws IOException {
        String target = "execution " + execution;
        for (AuditLog.Entry entry : context.audit().recent(AUDIT_READ)) {
            if (entry.action().equals("stop") && target.equals(entry.target())) {
                return "Stopped by " + entry.user() + " at " + PageModel.time(entry.time())
                        + ", before it finished. It can be restarted: it goes on from where it stopped.";
            }
        }
        return "Stopped before it finished, not from this page or the API: the service was shut down (which stops "
                + "its runs so that they can be restarted), or it was stopped from the command line. It can be "
                + "restarted: it goes on from where it stopped.";
    }

    private static String tail(Path log) throws IOException {
        if (log == null) {
            return "";
        }
        String text = Files.readString(log);
        return text.length() <= LOG_TAIL ? text : text.substring(text.length() - LOG_TAIL);
    }
}
