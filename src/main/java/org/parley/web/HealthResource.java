package org.parley.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Public health checks: live (the process answers) and ready (the database and batch runtime answer). */
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public final class HealthResource {

    private final WebContext context;

    HealthResource(WebContext context) {
        this.context = context;
    }

    /** A health answer. */
    public record Health(String status) {
    }

    @GET
    @Path("live")
    public Health live() {
        return new Health("UP");
    }

    @GET
    @Path("ready")
    public Response ready() {
        boolean ready = context.runs().ready();
        return Response.status(ready ? 200 : 503).entity(new Health(ready ? "UP" : "DOWN")).build();
    }
}
