package org.parley.web;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.parley.render.RunManifest;
import org.parley.render.RunPublisher;

/** The published briefings: each run's folder and manifest, {@code latest/}, and downloads of their files. */
@Path("api/briefings")
@Produces(MediaType.APPLICATION_JSON)
public final class BriefingsResource {

    private final WebContext context;
    private final Downloads downloads;

    BriefingsResource(WebContext context, Downloads downloads) {
        this.context = context;
        this.downloads = downloads;
    }

    /** A file to download: its name, format, size and where to get it. */
    public record FileLink(String name, String format, long bytes, String url) {
    }

    /** One published run: its manifest and the links to its files. */
    public record RunFiles(long execution, RunManifest manifest, List<FileLink> files) {
    }

    /** The published runs, newest first, a page at a time: {@code limit} of them below the execution {@code before}. */
    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    public Response runs(@QueryParam("limit") String limit, @QueryParam("before") String before) throws IOException {
        int size = Paging.limit(limit, Paging.DEFAULT_LIMIT, Paging.MAX_LIMIT);
        Paging.Page<RunFolders.Run> page = Paging.page(context.folders().list(), RunFolders.Run::execution,
                Paging.before(before), size);
        List<RunFiles> out = new ArrayList<>();
        for (RunFolders.Run run : page.items()) {
            out.add(new RunFiles(run.execution(), run.manifest(), files(run.folder(), Long.toString(run.execution()))));
        }
        Response.ResponseBuilder response = Response.ok(out);
        if (page.next() != null) {
            // the body stays the array it was before paging; where the older runs are goes in a header
            response.link(URI.create("/api/briefings?limit=" + size + "&before=" + page.next()), "next");
        }
        return response.build();
    }

    @GET
    @Path("latest")
    @RolesAllowed(Role.VIEWER_NAME)
    public List<FileLink> latest() throws IOException {
        return files(context.folders().root().resolve(RunPublisher.LATEST), RunPublisher.LATEST);
    }

    @GET
    @Path("{run: \\d{1,18}}")
    @RolesAllowed(Role.VIEWER_NAME)
    public RunFiles run(@PathParam("run") long execution) throws IOException {
        RunFolders.Run run = context.folders().find(execution)
                .orElseThrow(() -> new NoSuchElementException("execution " + execution + " has published no briefings"));
        return new RunFiles(execution, run.manifest(), files(run.folder(), Long.toString(execution)));
    }

    @GET
    @Path("{run}/{file}")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "text/csv", "application/json", "*/*"})
    @RolesAllowed(Role.VIEWER_NAME)
    public Response download(@PathParam("run") String run, @PathParam("file") String file,
                             @QueryParam("inline") boolean inline, @Context Request request,
                             @Context HttpHeaders headers, @Context SecurityContext who) throws IOException {
        java.nio.file.Path path = downloads.resolve(run, file).orElseThrow(NotFoundException::new);
        Response response = downloads.serve(path, request, headers, inline);
        context.audit().record(who.getUserPrincipal().getName(), "download", "briefings/" + run + "/" + file,
                request.getMethod() + " " + response.getStatus()
                        + (headers.getHeaderString("Range") != null ? " range " + headers.getHeaderString("Range") : ""));
        return response;
    }

    /** The downloadable files of a folder, by name. */
    static List<FileLink> files(java.nio.file.Path folder, String run) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<FileLink> out = new ArrayList<>();
        try (Stream<java.nio.file.Path> children = Files.list(folder)) {
            for (java.nio.file.Path f : children.filter(Files::isRegularFile).sorted().toList()) {
                String name = f.getFileName().toString();
                String format = Downloads.extension(name);
                if (!name.startsWith(".") && Downloads.TYPES.containsKey(format)) {
                    out.add(new FileLink(name, format, Files.size(f), "/api/briefings/" + run + "/" + name));
                }
            }
        }
        return out;
    }
}
