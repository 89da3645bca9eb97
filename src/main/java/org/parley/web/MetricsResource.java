package org.parley.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/**
 * {@code GET /metrics}: the service's metrics in Prometheus text format, for any signed-in user
 * (a scraper signs in with Basic, as {@code basic_auth} in Prometheus's scrape configuration).
 */
@Path("metrics")
public final class MetricsResource {

    /** Prometheus's text exposition format. */
    static final String TEXT_FORMAT = "text/plain; version=0.0.4; charset=utf-8";

    private final WebContext context;

    MetricsResource(WebContext context) {
        this.context = context;
    }

    @GET
    @Produces(TEXT_FORMAT)
    @RolesAllowed(Role.VIEWER_NAME)
    public String metrics() {
        return context.metrics().scrape();
    }
}
