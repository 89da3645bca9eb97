package org.parley.web;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/**
 * Purges old runs: {@code POST /api/purge?before=2026-11-04} deletes the records of every run whose
 * executions all ended before then (with {@code folders=true} its run folders too; {@code dryRun=true}
 * only lists them). Admin only, audited.
 */
@Path("api/purge")
@Produces(MediaType.APPLICATION_JSON)
public final class PurgeResource {

    private final WebContext context;

    PurgeResource(WebContext context) {
        this.context = context;
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    public RunControl.Purged purge(@QueryParam("before") String before, @QueryParam("folders") String folders,
                                   @QueryParam("dryRun") String dryRun, @Context SecurityContext who) throws IOException {
        Instant until = instant(before);
        if (until.isAfter(context.clock().instant())) {
            throw new IllegalArgumentException("before must not be in the future: " + until);
        }
        RunControl.Purged purged = context.runs().purge(until, flag("folders", folders), flag("dryRun", dryRun));
        if (!purged.dryRun()) {
            context.audit().record(who.getUserPrincipal().getName(), "purge", "runs ended before " + until,
                    purged.instances().size() + " runs, executions " + purged.executions() + ", run folders "
                            + purged.folders());
        }
        return purged;
    }

    /** An instant ({@code 2026-11-04T06:00:00Z}) or a date, read as its start in UTC. */
    static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("name the time to purge before: ?before=2026-11-04 or ?before=2026-11-04T06:00:00Z");
        }
        try {
            return value.contains("T") ? Instant.parse(value.strip())
                    : LocalDate.parse(value.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("before must be a date (2026-11-04) or an instant (2026-11-04T06:00:00Z), not '"
                    + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'");
        }
    }

    private static boolean flag(String name, String value) {
        if (value == null || value.isBlank() || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new IllegalArgumentException(name + " must be true or false");
    }
}
