package org.parley.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.NoSuchElementException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.glassfish.jersey.media.multipart.FormDataContentDisposition;
import org.glassfish.jersey.media.multipart.FormDataParam;

/** The API of runs: list, detail with skip reasons, own log, start (inbox set or uploaded .zip), stop, restart (with changed parameters), abandon. */
@Path("api/executions")
@Produces(MediaType.APPLICATION_JSON)
public final class ExecutionsResource {

    /** Jakarta Batch's statuses, which ?status= may name. */
    private static final List<String> STATUSES = List.of("STARTING", "STARTED", "STOPPING", "STOPPED", "FAILED",
            "COMPLETED", "ABANDONED");

    private final WebContext context;
    private final RunActions actions;

    ExecutionsResource(WebContext context, RunActions actions) {
        this.context = context;
        this.actions = actions;
    }

    /** What a JSON start names: an article set under the inbox, and options (a number does for either partitions). */
    public record StartBody(String inbox, String formats, String template, String partitions, String renderPartitions) {
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    public Response list(@QueryParam("limit") String limit, @QueryParam("before") String before,
                         @QueryParam("status") String status) {
        int size = Paging.limit(limit, Paging.DEFAULT_LIMIT, Paging.MAX_LIMIT);
        java.util.Set<String> statuses = statuses(status);
        List<ExecutionView> found = context.runs().recent(size + 1, Paging.before(before), statuses);
        List<ExecutionView> page = found.subList(0, Math.min(size, found.size()));
        Response.ResponseBuilder response = Response.ok(page);
        if (found.size() > size) {
            response.link(URI.create("/api/executions?limit=" + size + "&before=" + page.get(page.size() - 1).id()
                    + (status == null || status.isEmpty() ? "" : "&status=" + String.join(",", statuses))), "next");
        }
        return response.build();
    }

    /** The statuses asked for ({@code FAILED,STOPPED}); none is any; an unknown one is refused naming it. */
    private static java.util.Set<String> statuses(String value) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        if (value == null || value.isEmpty()) {
            return out;
        }
        for (String s : value.split(",")) {
            String name = s.trim().toUpperCase(java.util.Locale.ROOT);
            if (!STATUSES.contains(name)) {
                throw new IllegalArgumentException("status must be one or more of " + String.join(", ", STATUSES)
                        + ", not '" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "'");
            }
            out.add(name);
        }
        return out;
    }

    @GET
    @Path("{id: \\d{1,18}}")
    @RolesAllowed(Role.VIEWER_NAME)
    public ExecutionView detail(@PathParam("id") long id) {
        return context.runs().execution(id).orElseThrow(() -> new NoSuchElementException("there is no execution " + id));
    }

    @GET
    @Path("{id: \\d{1,18}}/log")
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    @RolesAllowed(Role.VIEWER_NAME)
    public Response log(@PathParam("id") long id) throws IOException {
        detail(id);
        java.nio.file.Path file = context.runs().log(id).orElse(null);
        String text = file == null ? "" : Files.readString(file);
        return Response.ok(text, MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ANALYST_NAME)
    public Response startInbox(StartBody body, @Context SecurityContext who) throws IOException {
        if (body == null || body.inbox() == null) {
            throw new IllegalArgumentException("name the article set: {\"inbox\": \"<folder or .zip under the inbox>\"}");
        }
        return accepted(actions.inbox(body.inbox(), RunActions.options(body.formats(), body.template(),
                body.partitions(), body.renderPartitions()), who.getUserPrincipal().getName()));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Role.ANALYST_NAME)
    public Response startUpload(@FormDataParam("file") InputStream file,
                                @FormDataParam("file") FormDataContentDisposition disposition,
                                @FormDataParam("formats") String formats, @FormDataParam("template") String template,
                                @FormDataParam("partitions") String partitions,
                                @FormDataParam("renderPartitions") String renderPartitions,
                                @Context SecurityContext who) throws IOException, BadZipException {
        if (file == null) {
            throw new IllegalArgumentException("send the .zip as the form field 'file'");
        }
        return accepted(actions.upload(file, disposition == null ? null : disposition.getFileName(),
                RunActions.options(formats, template, partitions, renderPartitions), who.getUserPrincipal().getName()));
    }

    @POST
    @Consumes({"application/zip", "application/x-zip-compressed"})
    @RolesAllowed(Role.ANALYST_NAME)
    public Response startZip(InputStream body, @QueryParam("name") String name, @QueryParam("formats") String formats,
                             @QueryParam("template") String template,
                             @QueryParam("partitions") String partitions,
                             @QueryParam("renderPartitions") String renderPartitions, @Context SecurityContext who)
            throws IOException, BadZipException {
        return accepted(actions.upload(body, name, RunActions.options(formats, template, partitions, renderPartitions),
                who.getUserPrincipal().getName()));
    }

    @POST
    @Path("{id: \\d{1,18}}/stop")
    @RolesAllowed(Role.ANALYST_NAME)
    public Response stop(@PathParam("id") long id, @Context SecurityContext who) throws ConflictException {
        actions.stop(id, who.getUserPrincipal().getName());
        return Response.accepted(new Stopping(id, "STOPPING")).build();
    }

    @POST
    @Path("{id: \\d{1,18}}/restart")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response restart(@PathParam("id") long id, String body, @Context SecurityContext who)
            throws ConflictException, com.fasterxml.jackson.core.JsonProcessingException {
        return accepted(actions.restart(id, RestartChanges.of(body), who.getUserPrincipal().getName()));
    }

    @POST
    @Path("{id: \\d{1,18}}/abandon")
    @RolesAllowed(Role.ADMIN_NAME)
    public Stopping abandon(@PathParam("id") long id, @Context SecurityContext who) throws ConflictException {
        actions.abandon(id, who.getUserPrincipal().getName());
        return new Stopping(id, "ABANDONED");
    }

    @GET
    @Path("{id: \\d{1,18}}/steps")
    @RolesAllowed(Role.VIEWER_NAME)
    public List<ExecutionView.StepView> steps(@PathParam("id") long id) {
        return detail(id).steps();
    }

    /** The answer to a stop or an abandon: the execution's status to be (STOPPING) or now (ABANDONED). */
    public record Stopping(long execution, String status) {
    }

    static Response accepted(RunControl.Ticket ticket) {
        URI location = URI.create(ticket.execution() != null ? "/api/executions/" + ticket.execution()
                : "/api/queue/" + ticket.request());
        return Response.accepted(ticket).location(location).build();
    }
}
