package org.parley.web;

import java.io.IOException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** The nightly schedule: anyone may see it; an admin changes it or runs it now. */
@Path("api/schedule")
@Produces(MediaType.APPLICATION_JSON)
public final class ScheduleResource {

    private final WebContext context;

    ScheduleResource(WebContext context) {
        this.context = context;
    }

    /** A change: any field left out stays as it is. */
    public record Change(String cron, String zone, String whenBusy) {
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    public ScheduleControl.View view() {
        return context.schedule().view();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public ScheduleControl.View change(Change change, @Context SecurityContext who) {
        if (change == null) {
            throw new IllegalArgumentException("send {\"cron\": ..., \"zone\": ..., \"whenBusy\": \"wait\"|\"skip\"}");
        }
        return context.schedule().change(change.cron(), change.zone(), change.whenBusy(), who.getUserPrincipal().getName());
    }

    @POST
    @Path("run")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response runNow(@Context SecurityContext who) throws IOException, ConflictException {
        return ExecutionsResource.accepted(context.schedule().runNow(who.getUserPrincipal().getName()));
    }
}
