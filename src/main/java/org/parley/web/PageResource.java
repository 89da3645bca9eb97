package org.parley.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/**
 * The analysts' page: rounds with their downloads, recent runs with live progress (the page's
 * script polls {@code /runs/rows}), the form to start a run, and one run's detail with its skipped
 * articles and its log.
 */
@jakarta.ws.rs.Path("")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public final class PageResource {

    private static final int RUNS = 15;
    private static final int LOG_TAIL = 20_000;

    private final WebContext context;
    private final PageRenderer pages;

    PageResource(WebContext context, PageRenderer pages) {
        this.context = context;
        this.pages = pages;
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    public String index(@Context SecurityContext who) throws IOException {
        Map<String, Object> model = base(who);
        model.put("rounds", RoundsResource.rounds(context.folders()));
        model.put("runs", PageModel.rows(context.runs().recent(RUNS)));
        model.put("queue", PageModel.queue(context.runs().queue()));
        model.put("inboxSets", context.runs().inboxSets());
        model.put("schedule", PageModel.schedule(context.schedule().view()));
        return pages.render("index.ftlh", model);
    }

    /** The rows of the runs table, which the page's script fetches every two seconds. */
    @GET
    @jakarta.ws.rs.Path("runs/rows")
    @RolesAllowed(Role.VIEWER_NAME)
    public String runs(@Context SecurityContext who) {
        Map<String, Object> model = base(who);
        model.put("runs", PageModel.rows(context.runs().recent(RUNS)));
        model.put("queue", PageModel.queue(context.runs().queue()));
        return pages.render("runs.ftlh", model);
    }

    @GET
    @jakarta.ws.rs.Path("runs/{id: \\d{1,18}}")
    @RolesAllowed(Role.VIEWER_NAME)
    public String run(@PathParam("id") long id, @Context SecurityContext who) throws IOException {
        ExecutionView e = context.runs().execution(id).orElseThrow(() -> new NoSuchElementException("there is no execution " + id));
        Map<String, Object> model = base(who);
        model.put("run", PageModel.row(e));
        model.put("steps", PageModel.steps(e));
        model.put("skipped", e.skipped());
        model.put("parameters", e.parameters());
        model.put("files", BriefingsResource.files(context.folders().root().resolve(Long.toString(id)), Long.toString(id)));
        model.put("log", tail(context.runs().log(id).orElse(null)));
        return pages.render("run.ftlh", model);
    }

    /** What every page needs: the user, what their role allows, and the CSRF token for its forms. */
    Map<String, Object> base(SecurityContext who) {
        ParleyPrincipal principal = (ParleyPrincipal) who.getUserPrincipal();
        Map<String, Object> model = new HashMap<>();
        model.put("user", principal.user().name());
        model.put("role", principal.user().role().label());
        model.put("canStart", principal.user().role().includes(Role.ANALYST));
        model.put("isAdmin", principal.user().role().includes(Role.ADMIN));
        model.put("csrf", principal.session() == null ? "" : principal.session().csrf());
        return model;
    }

    private static String tail(Path log) throws IOException {
        if (log == null) {
            return "";
        }
        String text = Files.readString(log);
        return text.length() <= LOG_TAIL ? text : text.substring(text.length() - LOG_TAIL);
    }
}
