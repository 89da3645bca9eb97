package org.parley.web;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** The requests waiting for a run slot, in order; an analyst can take one off. */
@Path("api/queue")
@Produces(MediaType.APPLICATION_JSON)
public final class QueueResource {

    private final WebContext context;
    private final RunActions actions;

    QueueResource(WebContext context, RunActions actions) {
        this.context = context;
        this.actions = actions;
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    public List<QueuedView> list() {
        return context.runs().queue();
    }

    @GET
    @Path("{id: \\d{1,18}}")
    @RolesAllowed(Role.VIEWER_NAME)
    public RunControl.Ticket one(@PathParam("id") long id) {
        return context.runs().ticket(id).orElseThrow(() -> new java.util.NoSuchElementException("there is no request " + id));
    }

    @DELETE
    @Path("{id: \\d{1,18}}")
    @RolesAllowed(Role.ANALYST_NAME)
    public Response cancel(@PathParam("id") long id, @Context SecurityContext who) throws ConflictException {
        actions.cancel(id, who.getUserPrincipal().getName());
        return Response.noContent().build();
    }
}
