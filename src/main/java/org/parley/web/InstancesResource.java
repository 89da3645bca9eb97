package org.parley.web;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The runs of the briefing job (Jakarta Batch's job instances), each with its first try and restarts. */
@Path("api/instances")
@Produces(MediaType.APPLICATION_JSON)
public final class InstancesResource {

    private final WebContext context;

    InstancesResource(WebContext context) {
        this.context = context;
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    public List<RunControl.Instance> list(@QueryParam("limit") String limit) {
        return context.runs().instances(Paging.limit(limit, Paging.DEFAULT_LIMIT, Paging.MAX_LIMIT));
    }
}
