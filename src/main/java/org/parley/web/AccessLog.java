package org.parley.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;

import org.parley.config.ParleyHome;
import org.parley.config.RotatingLog;

/**
 * The service's access log, {@code logs/access.log} in the home (rotated like the application
 * log): one line per request answered, refused ones included, with the time, the client's address,
 * the user (or -), the method and path, the status and how long it took:
 * {@code 2026-12-04T20:31:05.123Z 127.0.0.1 analyst "POST /api/executions" 202 41 ms}.
 * A path is cut at 300 characters, so no client can write long lines.
 */
@PreMatching
@Priority(1)
final class AccessLog implements ContainerRequestFilter, ContainerResponseFilter, AutoCloseable {

    private static final String STARTED = AccessLog.class.getName() + ".started";
    private static final int LONGEST_PATH = 300;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");

    private final RotatingLog file;
    private final ZoneId zone = ZoneId.systemDefault();

    AccessLog(ParleyHome home) {
        try {
            file = RotatingLog.open(home.logs().resolve("access.log"), new Formatter() {
                @Override
                public String format(LogRecord r) {
                    return r.getMessage() + System.lineSeparator();
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the access log under " + home.logs(), e);
        }
    }

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        long ms = started instanceof Long t ? (System.nanoTime() - t) / 1_000_000 : -1;
        String user = request.getSecurityContext() != null && request.getSecurityContext().getUserPrincipal() != null
                ? request.getSecurityContext().getUserPrincipal().getName() : "-";
        String address = ClientAddress.of(request);
        String path = request.getUriInfo().getRequestUri().getRawPath();
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        String target = query == null ? path : path + "?" + query;
        if (target.length() > LONGEST_PATH) {
            target = target.substring(0, LONGEST_PATH) + "...";
        }
        String line = TIME.format(OffsetDateTime.now(zone))
                + " " + (address == null ? "-" : address) + " " + clean(user) + " \"" + request.getMethod() + " "
                + clean(target) + "\" " + response.getStatus() + " " + ms + " ms";
        file.publish(new LogRecord(Level.INFO, line));
    }

    /** No space, quote or control character of a client's can change the line's fields. */
    private static String clean(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c <= ' ' || c == '"' || c == 0x7f ? '_' : c);
        }
        return out.toString();
    }

    @Override
    public void close() {
        file.close();
    }
}
