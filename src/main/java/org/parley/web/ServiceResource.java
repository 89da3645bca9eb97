package org.parley.web;

import java.io.IOException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** Who is asking, what the inbox holds, and (for an admin) the audit log. */
@Path("api")
@Produces(MediaType.APPLICATION_JSON)
public final class ServiceResource {

    private final WebContext context;

    ServiceResource(WebContext context) {
        this.context = context;
    }

    /** The signed-in user. */
    public record Me(String name, String role) {
    }

    /** The inbox: its folder on the server and the article sets in it. */
    public record Inbox(String folder, List<String> sets) {
    }

    @GET
    @Path("me")
    @RolesAllowed(Role.VIEWER_NAME)
    public Me me(@Context SecurityContext who) {
        UserDirectory.User user = ((ParleyPrincipal) who.getUserPrincipal()).user();
        return new Me(user.name(), user.role().label());
    }

    @GET
    @Path("inbox")
    @RolesAllowed(Role.VIEWER_NAME)
    public Inbox inbox() throws IOException {
        return new Inbox(context.inbox().toString(), context.runs().inboxSets());
    }

    @GET
    @Path("audit")
    @RolesAllowed(Role.ADMIN_NAME)
    public List<AuditLog.Entry> audit(@QueryParam("limit") String limit) throws IOException {
        return context.audit().recent(Paging.limit(limit, 100, 10_000));
    }
}
