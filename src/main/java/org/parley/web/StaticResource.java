package org.parley.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** The page's stylesheet and script, bundled in the jar; public, and cached by browsers for an hour. */
@Path("static")
public final class StaticResource {

    private static final Map<String, String> FILES = Map.of(
            "parley.css", "text/css; charset=UTF-8",
            "parley.js", "text/javascript; charset=UTF-8");

    @GET
    @Path("{name}")
    public Response file(@PathParam("name") String name) throws IOException {
        String type = FILES.get(name);
        if (type == null) {
            throw new NotFoundException();
        }
        try (InputStream in = StaticResource.class.getResourceAsStream("/org/parley/web/static/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the bundled file " + name + " is missing from this build");
            }
            return Response.ok(in.readAllBytes(), type).header(HttpHeaders.CACHE_CONTROL, "public, max-age=3600").build();
        }
    }
}
