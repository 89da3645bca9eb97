package org.parley.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.parley.config.ConfinedPaths;
import org.parley.render.PublishedFiles;

/**
 * Serves the files of run folders and {@code latest/}: PDF, DOCX, CSV and JSON only, confined to the
 * home's {@code briefings/} folder, with their content type, {@code Content-Disposition}, length,
 * a strong {@code ETag} (from the file's SHA-256) and {@code Last-Modified}, conditional requests
 * (304) and single byte ranges (206, or 416 when the range starts past the end).
 */
final class Downloads {

    private static final Pattern RUN = Pattern.compile("latest|\\d{1,18}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,200}");
    static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "csv", "text/csv; charset=UTF-8",
            "json", "application/json");

    private final Path briefings;
    private final Map<Path, Tag> tags = new ConcurrentHashMap<>();

    Downloads(Path briefings) {
        this.briefings = briefings;
    }

    private record Tag(long size, long modified, String etag) {
    }

    /** The file a download names, or empty for anything that is not a briefing file in the home. */
    Optional<Path> resolve(String run, String name) {
        if (!RUN.matcher(run).matches() || !NAME.matcher(name).matches() || name.contains("..")
                || !TYPES.containsKey(extension(name))) {
            return Optional.empty();
        }
        return ConfinedPaths.resolve(briefings, run + "/" + name).filter(Files::isRegularFile);
    }

    /**
     * The answer to a GET or HEAD of a file, preconditions and range applied; {@code inline} asks
     * for a PDF to be shown in the browser rather than saved (other files are always attachments).
     */
    Response serve(Path file, Request request, HttpHeaders headers, boolean inline) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        long size = attributes.size();
        Date modified = new Date(attributes.lastModifiedTime().toMillis() / 1000 * 1000);
        EntityTag etag = new EntityTag(tag(file, size, attributes.lastModifiedTime().toMillis()));
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(modified, etag);
        if (unchanged != null) {
            return unchanged.tag(etag).lastModified(modified).build();
        }
        ByteRange range = ByteRange.parse(headers.getHeaderString("Range"), size);
        if (range != ByteRange.WHOLE && !ifRangeHolds(headers.getHeaderString("If-Range"), etag, modified)) {
            range = ByteRange.WHOLE;
        }
        if (range == ByteRange.UNSATISFIABLE) {
            return Response.status(416).header("Content-Range", "bytes */" + size).header("Accept-Ranges", "bytes").build();
        }
        String name = file.getFileName().toString();
        Response.ResponseBuilder ok = range == ByteRange.WHOLE ? Response.ok(body(file, 0, size))
                : Response.status(206).entity(body(file, range.first(), range.length()))
                .header("Content-Range", "bytes " + range.first() + "-" + range.last() + "/" + size);
        return ok.type(TYPES.get(extension(name))).tag(etag).lastModified(modified)
                .header(HttpHeaders.CONTENT_LENGTH, range == ByteRange.WHOLE ? size : range.length())
                .header("Accept-Ranges", "bytes")
                .header("Content-Disposition", (inline && extension(name).equals("pdf") ? "inline" : "attachment")
                        + "; filename=\"" + name + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache").build();
    }

    private static boolean ifRangeHolds(String ifRange, EntityTag etag, Date modified) {
        if (ifRange == null) {
            return true;
        }
        String value = ifRange.strip();
        if (value.startsWith("\"")) {
            return value.equals("\"" + etag.getValue() + "\"");
        }
        if (value.startsWith("W/")) {
            return false; // a weak tag never matches for ranges
        }
        try {
            return java.time.ZonedDateTime.parse(value, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant().toEpochMilli() == modified.getTime();
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private static StreamingOutput body(Path file, long offset, long length) {
        return (OutputStream out) -> {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                long position = offset;
                long remaining = length;
                var target = Channels.newChannel(out);
                while (remaining > 0) {
                    long n = channel.transferTo(position, remaining, target);
                    if (n <= 0) {
                        throw new IOException(file + " became shorter while it was sent");
                    }
                    position += n;
                    remaining -= n;
                }
            }
        };
    }

    /** A strong tag from the file's content, computed once per version of the file. */
    private String tag(Path file, long size, long modified) throws IOException {
        Tag known = tags.get(file);
        if (known != null && known.size() == size && known.modified() == modified) {
            return known.etag();
        }
        String etag = PublishedFiles.sha256(file).substring(0, 32);
        tags.put(file, new Tag(size, modified, etag));
        return etag;
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
