package org.parley.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.parley.config.ConfinedPaths;
import org.parley.config.TemplateFolder;
import org.parley.render.RenderException;
import org.parley.render.TemplateEngine;

/**
 * The actions on runs that both the API and the page offer, each checked and written to the
 * audit log: start on an upload or on an inbox set, stop, restart, run again, cancel.
 */
final class RunActions {

    private static final List<String> FORMATS = List.of("pdf", "docx");

    private final WebContext context;
    private final Uploads uploads;

    RunActions(WebContext context) {
        this.context = context;
        this.uploads = new Uploads(context.uploads(), ZipGuard.DEFAULT);
    }

    /** Options from a request: formats (comma-separated, default both) and template name (default briefing). */
    static RunControl.RunOptions options(String formats, String template) {
        return options(formats, template, null, null);
    }

    /**
     * Options from a request, with the partitions of its extraction and the most partitions of its
     * rendering (each a whole number from 1 to {@value RunControl#MAX_PARTITIONS}; null or blank for
     * the default), each refused naming it.
     */
    static RunControl.RunOptions options(String formats, String template, String partitions, String renderPartitions) {
        List<String> list = new ArrayList<>();
        if (formats == null || formats.isBlank()) {
            list.addAll(FORMATS);
        } else {
            for (String f : formats.split(",")) {
                String format = f.strip().toLowerCase(Locale.ROOT);
                if (!FORMATS.contains(format)) {
                    throw new IllegalArgumentException("unknown format '" + f.strip() + "'; Parley writes pdf, docx");
                }
                if (!list.contains(format)) {
                    list.add(format);
                }
            }
        }
        String name = template == null || template.isBlank() ? "briefing" : template.strip();
        if (!name.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("a template is named by letters, digits, '-' and '_' only");
        }
        try {
            new TemplateEngine(TemplateFolder.resolve()).check(name);
        } catch (RenderException e) {
            throw new IllegalArgumentException("template: " + e.getMessage(), e);
        }
        return new RunControl.RunOptions(list, name, partitions("partitions", partitions),
                partitions("renderPartitions", renderPartitions));
    }

    /** A number of partitions as a request gives it; null when not given. */
    static Integer partitions(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (!v.matches("[0-9]{1,9}") || Integer.parseInt(v) < 1 || Integer.parseInt(v) > RunControl.MAX_PARTITIONS) {
            throw new IllegalArgumentException(name + " must be 1 to " + RunControl.MAX_PARTITIONS + ", not '"
                    + (v.length() > 40 ? v.substring(0, 40) + "…" : v) + "'");
        }
        return Integer.parseInt(v);
    }

    RunControl.Ticket upload(InputStream body, String fileName, RunControl.RunOptions options, String user)
            throws IOException, BadZipException {
        String shown = fileName == null || fileName.isBlank() ? "upload.zip" : fileName.strip();
        java.nio.file.Path folder = uploads.receive(body, "upload-" + context.clock().millis() + "-"
                + Sessions.token().substring(0, 8));
        RunControl.Ticket ticket = context.runs().startUploaded(folder, "upload: " + shown, options, user);
        context.audit().record(user, "start", target(ticket), "upload " + shown);
        return ticket;
    }

    RunControl.Ticket inbox(String set, RunControl.RunOptions options, String user) throws IOException {
        if (!ConfinedPaths.wellFormed(set)) {
            throw new IllegalArgumentException("an inbox set is named by a path relative to the inbox, without '..'");
        }
        RunControl.Ticket ticket = context.runs().startInbox(set, options, user);
        context.audit().record(user, "start", target(ticket), "inbox " + set);
        return ticket;
    }

    void stop(long execution, String user) throws ConflictException {
        context.runs().stop(execution, user);
        context.audit().record(user, "stop", "execution " + execution, null);
    }

    RunControl.Ticket restart(long execution, java.util.Map<String, String> changes, String user)
            throws ConflictException {
        RunControl.Ticket ticket = context.runs().restart(execution, changes, user);
        context.audit().record(user, "restart", "execution " + execution, target(ticket)
                + (changes.isEmpty() ? "" : " with " + new java.util.TreeMap<>(changes)));
        return ticket;
    }

    /**
     * Whether a user may restart a run from the page: an admin any run, an analyst the runs they
     * started themselves (the API's restart stays an admin's).
     */
    static boolean mayRestart(UserDirectory.User user, ExecutionView e) {
        return user.role().includes(Role.ADMIN) || user.role().includes(Role.ANALYST) && e.request() != null
                && user.name().equals(e.request().by());
    }

    /**
     * Whether a user may run a run's set again from the page: anyone who may start runs (an analyst
     * or an admin), on any run they can see. It starts a new run of their own and leaves the
     * earlier run as it was, so, unlike a restart, it needs no claim on the run.
     */
    static boolean mayRunAgain(UserDirectory.User user, ExecutionView e) {
        return user.role().includes(Role.ANALYST) && !e.running();
    }

    /** A new run on the set an execution read, with these options and inbox files (blank: the set's own). */
    RunControl.Ticket again(long execution, RunControl.RunOptions options, String rounds, String parties, String user)
            throws IOException {
        RunControl.Ticket ticket = context.runs().runAgain(execution, options, rounds, parties, user);
        context.audit().record(user, "again", "execution " + execution, target(ticket) + " with "
                + String.join(",", options.formats()) + " " + options.template()
                + (rounds == null || rounds.isBlank() ? "" : " rounds " + rounds)
                + (parties == null || parties.isBlank() ? "" : " parties " + parties));
        return ticket;
    }

    void abandon(long execution, String user) throws ConflictException {
        context.runs().abandon(execution, user);
        context.audit().record(user, "abandon", "execution " + execution, null);
    }

    void cancel(long request, String user) throws ConflictException {
        context.runs().cancel(request, user);
        context.audit().record(user, "cancel", "request " + request, null);
    }

    static String target(RunControl.Ticket t) {
        return t.execution() != null ? "execution " + t.execution() : "request " + t.request() + " (queued)";
    }
}
