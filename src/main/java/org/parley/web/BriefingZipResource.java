package org.parley.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;

/** All the files of a run folder (or of {@code latest/}) in one zip, made as it is sent. */
@Path("api/briefings/{run: latest|\\d{1,18}}/" + BriefingZipResource.NAME)
public final class BriefingZipResource {

    /** The zip's name in a run's URL; no file of a run folder is called so (a run's files are PDF, DOCX, CSV, JSON). */
    static final String NAME = "all.zip";

    private final WebContext context;

    BriefingZipResource(WebContext context) {
        this.context = context;
    }

    @GET
    @Produces("application/zip")
    @RolesAllowed(Role.VIEWER_NAME)
    public Response zip(@PathParam("run") String run, @Context SecurityContext who) throws IOException {
        java.nio.file.Path folder = context.folders().root().resolve(run);
        List<BriefingsResource.FileLink> files = BriefingsResource.files(folder, run);
        if (files.isEmpty()) {
            throw new NotFoundException("run " + run + " has published no files");
        }
        StreamingOutput body = (OutputStream out) -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (BriefingsResource.FileLink f : files) {
                    zip.putNextEntry(new ZipEntry(f.name()));
                    Files.copy(folder.resolve(f.name()), zip);
                    zip.closeEntry();
                }
            }
        };
        context.audit().record(who.getUserPrincipal().getName(), "download", "briefings/" + run + "/" + NAME,
                "GET 200 " + files.size() + " files");
        String name = "parley-" + (run.equals("latest") ? "latest" : "run-" + run) + ".zip";
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache").build();
    }
}
