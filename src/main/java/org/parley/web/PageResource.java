package org.parley.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/**
 * The analysts' page: rounds with their downloads, recent runs with live progress (the page's
 * script polls {@code /runs/rows} while a run goes), the form to start a run, and one run's page (polled at
 * {@code /runs/{id}/live} while it goes) with its progress, result, skipped articles and log.
 */
@jakarta.ws.rs.Path("")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public final class PageResource {

    private static final int RUNS = 15;
    private static final int BATCH = 100;
    private static final int SCAN = 20;

    private final WebContext context;
    private final PageRenderer pages;

    PageResource(WebContext context, PageRenderer pages) {
        this.context = context;
        this.pages = pages;
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    public String index(@QueryParam("status") String status, @QueryParam("kind") String kind,
                        @QueryParam("user") String user, @QueryParam("before") String before,
                        @QueryParam("q") String text, @QueryParam("from") String from, @QueryParam("to") String to,
                        @QueryParam("party") String party, @QueryParam("roundsPage") String roundsPage,
                        @Context SecurityContext who) throws IOException {
        Map<String, Object> model = base(who);
        RoundsFilter rounds = RoundsFilter.of(text, from, to, party, roundsPage);
        model.put("roundsFilter", rounds);
        model.put("roundsPage", RoundGroups.of(RoundsResource.rounds(context.folders()), rounds));
        runs(RunsFilter.of(status, kind, user, before), who, model);
        model.put("inboxSets", context.runs().inboxSets());
        model.put("templates", TemplateChoices.names());
        model.put("schedule", PageModel.schedule(context.schedule().view(), context.schedule().upcoming(3)));
        return pages.render("index.ftlh", model);
    }

    /** The rows of the runs table, which the page's script fetches every two seconds while a run goes. */
    @GET
    @jakarta.ws.rs.Path("runs/rows")
    @RolesAllowed(Role.VIEWER_NAME)
    public String runs(@QueryParam("status") String status, @QueryParam("kind") String kind,
                       @QueryParam("user") String user, @QueryParam("before") String before,
                       @Context SecurityContext who) {
        Map<String, Object> model = base(who);
        runs(RunsFilter.of(status, kind, user, before), who, model);
        return pages.render("runs.ftlh", model);
    }

    /** The runs a filter asks for, the queue (on the first page of all runs) and the link to older runs. */
    private void runs(RunsFilter filter, SecurityContext who, Map<String, Object> model) {
        List<ExecutionView> found = matching(filter, RUNS + 1);
        List<ExecutionView> shown = found.subList(0, Math.min(RUNS, found.size()));
        model.put("runs", PageModel.rows(shown, viewer(who)));
        model.put("queue", filter.isOlder() || filter.isNarrowed() ? List.of()
                : PageModel.queue(context.runs().queue()));
        model.put("runsFilter", filter);
        List<String> users = new java.util.ArrayList<>(context.users().names());
        users.add("scheduler");
        model.put("runUsers", users);
        model.put("olderRuns", found.size() > RUNS ? filter.older(shown.get(shown.size() - 1).id()) : "");
    }

    /**
     * Up to {@code limit} runs of a filter, newest first. The batch side filters by state; kind and
     * user are the service's own records, so runs are read a batch at a time until enough match
     * (at most {@value #SCAN} batches: a page of a rare kind among thousands of runs stays quick).
     */
    private List<ExecutionView> matching(RunsFilter filter, int limit) {
        if (filter.getKind().isEmpty() && filter.getUser().isEmpty()) {
            return context.runs().recent(limit, filter.before(), filter.statuses());
        }
        List<ExecutionView> found = new java.util.ArrayList<>();
        long before = filter.before();
        for (int i = 0; i < SCAN && found.size() < limit; i++) {
            List<ExecutionView> batch = context.runs().recent(BATCH, before, filter.statuses());
            batch.stream().filter(filter::matches).limit(limit - found.size()).forEach(found::add);
            if (batch.size() < BATCH) {
                break;
            }
            before = batch.get(batch.size() - 1).id();
        }
        return found;
    }

    @GET
    @jakarta.ws.rs.Path("runs/{id: \\d{1,18}}")
    @RolesAllowed(Role.VIEWER_NAME)
    public String run(@PathParam("id") long id, @Context SecurityContext who) throws IOException {
        return pages.render("run.ftlh", runModel(id, who));
    }

    /** The changing part of a run's page, which its script fetches every two seconds while the run goes. */
    @GET
    @jakarta.ws.rs.Path("runs/{id: \\d{1,18}}/live")
    @RolesAllowed(Role.VIEWER_NAME)
    public String live(@PathParam("id") long id, @Context SecurityContext who) throws IOException {
        return pages.render("run-body.ftlh", runModel(id, who));
    }

    private Map<String, Object> runModel(long id, SecurityContext who) throws IOException {
        ExecutionView e = context.runs().execution(id).orElseThrow(() -> new NoSuchElementException("there is no execution " + id));
        Map<String, Object> model = base(who);
        new RunPage(context).fill(e, model, viewer(who));
        return model;
    }

    private static UserDirectory.User viewer(SecurityContext who) {
        return ((ParleyPrincipal) who.getUserPrincipal()).user();
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
}
