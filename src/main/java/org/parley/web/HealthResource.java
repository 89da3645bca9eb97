package org.parley.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.parley.config.DiskFullException;
import org.parley.config.DiskSpace;

/**
 * Public health checks: live (the process answers) and ready, with its named checks: the database
 * and batch runtime answer, and the nightly schedule can run (its last tick did not fail and its
 * expression comes again), and the home's disk has room for a run. Any check down makes readiness 503.
 */
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public final class HealthResource {

    private final WebContext context;

    HealthResource(WebContext context) {
        this.context = context;
    }

    /** A health answer, with the checks it was made of (none for liveness). */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Health(String status, List<Check> checks) {
    }

    /** One named check: UP or DOWN, and why when down. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Check(String name, String status, String detail) {
    }

    @GET
    @Path("live")
    public Health live() {
        return new Health("UP", List.of());
    }

    @GET
    @Path("ready")
    public Response ready() {
        List<Check> checks = new ArrayList<>();
        boolean database = context.runs().ready();
        checks.add(new Check("database", database ? "UP" : "DOWN",
                database ? null : "the job repository or Parley's tables do not answer (see the service log)"));
        Optional<String> schedule = database ? context.schedule().problem() : Optional.empty();
        checks.add(new Check("schedule", schedule.isEmpty() ? "UP" : "DOWN", schedule.orElse(null)));
        Optional<String> disk = room(context.home().root(), context.home().briefings());
        checks.add(new Check("disk", disk.isEmpty() ? "UP" : "DOWN", disk.orElse(null)));
        boolean ready = checks.stream().allMatch(c -> c.status().equals("UP"));
        return Response.status(ready ? 200 : 503).entity(new Health(ready ? "UP" : "DOWN", checks)).build();
    }

    /** Why a run could not start for want of room on the home's disks, if it could not. */
    private static Optional<String> room(java.nio.file.Path... places) {
        try {
            DiskSpace.requireRoomForRun(places);
            return Optional.empty();
        } catch (DiskFullException e) {
            return Optional.of(e.getMessage());
        }
    }
}
