package org.parley.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import org.glassfish.jersey.media.multipart.FormDataContentDisposition;
import org.glassfish.jersey.media.multipart.FormDataParam;

/**
 * The page's forms: start a run on an upload or an inbox set (with a template and formats), stop,
 * restart (an admin any run, an analyst their own), run a finished run's set again with other
 * options, change the schedule, run the nightly now (an admin).
 * Each needs a signed-in session and its CSRF token; each answers with a redirect back to the page,
 * or with a page that says why it was refused.
 */
@Path("ui")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public final class UiFormsResource {

    private final WebContext context;
    private final RunActions actions;
    private final PageRenderer pages;

    UiFormsResource(WebContext context, RunActions actions, PageRenderer pages) {
        this.context = context;
        this.actions = actions;
        this.pages = pages;
    }

    @POST
    @Path("runs")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Role.ANALYST_NAME)
    public Response upload(@FormDataParam("csrf") String csrf, @FormDataParam("file") InputStream file,
                           @FormDataParam("file") FormDataContentDisposition disposition,
                           @FormDataParam("pdf") String pdf, @FormDataParam("docx") String docx,
                           @FormDataParam("template") String template, @Context SecurityContext who) throws IOException {
        String user = checked(who, csrf);
        try {
            if (file == null || disposition == null || disposition.getFileName() == null
                    || disposition.getFileName().isBlank()) {
                throw new IllegalArgumentException("choose a .zip of articles to upload");
            }
            actions.upload(file, disposition.getFileName(), options(pdf, docx, template), user);
            return back("/");
        } catch (IllegalArgumentException | BadZipException e) {
            return refused(400, e.getMessage());
        }
    }

    @POST
    @Path("runs/inbox")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.ANALYST_NAME)
    public Response inbox(@FormParam("csrf") String csrf, @FormParam("set") String set, @FormParam("pdf") String pdf,
                          @FormParam("docx") String docx, @FormParam("template") String template,
                          @Context SecurityContext who) throws IOException {
        String user = checked(who, csrf);
        try {
            actions.inbox(set, options(pdf, docx, template), user);
            return back("/");
        } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
            return refused(400, e.getMessage());
        }
    }

    @POST
    @Path("runs/{id: \\d{1,18}}/stop")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.ANALYST_NAME)
    public Response stop(@PathParam("id") long id, @FormParam("csrf") String csrf, @Context SecurityContext who) {
        String user = checked(who, csrf);
        try {
            actions.stop(id, user);
            return back("/runs/" + id);
        } catch (ConflictException e) {
            return refused(409, e.getMessage());
        }
    }

    @POST
    @Path("runs/{id: \\d{1,18}}/restart")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.ANALYST_NAME)
    public Response restart(@PathParam("id") long id, @FormParam("csrf") String csrf, @Context SecurityContext who) {
        String user = checked(who, csrf);
        ExecutionView run = context.runs().execution(id)
                .orElseThrow(() -> new java.util.NoSuchElementException("there is no execution " + id));
        if (!RunActions.mayRestart(((ParleyPrincipal) who.getUserPrincipal()).user(), run)) {
            return refused(403, "an analyst restarts the runs they started; run " + id + " was started by "
                    + (run.request() == null ? "someone outside the service" : run.request().by()) + ": ask an admin");
        }
        try {
            RunControl.Ticket restarted = actions.restart(id, java.util.Map.of(), user);
            return back(restarted.execution() != null ? "/runs/" + restarted.execution() : "/");
        } catch (ConflictException e) {
            return refused(409, e.getMessage());
        }
    }

    @POST
    @Path("runs/{id: \\d{1,18}}/again")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.ANALYST_NAME)
    public Response again(@PathParam("id") long id, @FormParam("csrf") String csrf,
                          @FormParam("template") String template, @FormParam("pdf") String pdf,
                          @FormParam("docx") String docx, @FormParam("rounds") String rounds,
                          @FormParam("parties") String parties, @Context SecurityContext who) throws IOException {
        String user = checked(who, csrf);
        ExecutionView run = context.runs().execution(id)
                .orElseThrow(() -> new java.util.NoSuchElementException("there is no execution " + id));
        if (!RunActions.mayRunAgain(((ParleyPrincipal) who.getUserPrincipal()).user(), run)) {
            return refused(409, "run " + id + " is still going: run it again once it has ended");
        }
        try {
            RunControl.RunOptions options = options(pdf, docx, template);
            java.util.List<String> files = context.runs().inboxFiles();
            RunControl.Ticket started = actions.again(id, options, inboxFile("Rounds file", rounds, files),
                    inboxFile("Parties file", parties, files), user);
            return back(started.execution() != null ? "/runs/" + started.execution() : "/#runs");
        } catch (IllegalArgumentException e) {
            return refused(400, e.getMessage());
        } catch (java.util.NoSuchElementException e) {
            return refused(409, e.getMessage());
        }
    }

    @POST
    @Path("schedule/run")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response runNightlyNow(@FormParam("csrf") String csrf, @Context SecurityContext who) throws IOException {
        String user = checked(who, csrf);
        try {
            RunControl.Ticket ticket = context.schedule().runNow(user);
            return back(ticket.execution() != null ? "/runs/" + ticket.execution() : "/#runs");
        } catch (ConflictException e) {
            return refused(409, "The nightly run did not start: " + e.getMessage() + ".");
        }
    }

    @POST
    @Path("schedule")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response schedule(@FormParam("csrf") String csrf, @FormParam("cron") String cron,
                             @FormParam("zone") String zone, @FormParam("whenBusy") String whenBusy,
                             @Context SecurityContext who) {
        String user = checked(who, csrf);
        try {
            context.schedule().change(cron, zone, whenBusy, user);
            return back("/");
        } catch (IllegalArgumentException e) {
            return refused(400, e.getMessage());
        }
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOut(@FormParam("csrf") String csrf, @Context SecurityContext who, @Context UriInfo uri) {
        checked(who, csrf);
        context.sessions().close(((ParleyPrincipal) who.getUserPrincipal()).session().id());
        return Response.seeOther(URI.create("/login")).cookie(LoginResource.cookie(Sessions.COOKIE, "", "/", 0, uri)).build();
    }

    /** The user of a signed-in session whose form carries its CSRF token; 403 otherwise. */
    static String checked(SecurityContext who, String csrf) {
        Sessions.Session session = ((ParleyPrincipal) who.getUserPrincipal()).session();
        if (session == null || !session.csrfMatches(csrf)) {
            throw new ForbiddenException("this form needs a signed-in session and its CSRF token");
        }
        return session.user().name();
    }

    /** A form's formats and template; refused, naming the field, when none or an unknown one is chosen. */
    private static RunControl.RunOptions options(String pdf, String docx, String template) {
        String joined = (pdf != null ? "pdf," : "") + (docx != null ? "docx" : "");
        if (joined.isEmpty()) {
            throw new IllegalArgumentException("Formats: choose at least one format (PDF or Word)");
        }
        return RunActions.options(joined, TemplateChoices.chosen(template));
    }

    /** A rounds or parties file chosen on a form: blank for the set's own, else one of the inbox's. */
    private static String inboxFile(String field, String value, java.util.List<String> files) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!files.contains(value.strip())) {
            throw new IllegalArgumentException(field + ": there is no file '" + (value.length() > 80
                    ? value.substring(0, 80) : value.strip()) + "' in the inbox to choose");
        }
        return value.strip();
    }

    private static Response back(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    private Response refused(int status, String message) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(pages.render("message.ftlh", Map.of("title", "Refused", "message", message))).build();
    }
}
