package org.parley.web;

import java.util.NoSuchElementException;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.parley.config.DiskFullException;
import org.parley.config.DiskSpace;

/**
 * How failures become answers: a refused state change is 409, an unknown thing 404, a bad value
 * 400, each with a {@link Problem} (RFC 9457) that says why; anything unexpected is logged with its stack
 * trace and answered 500.
 */
final class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());
    /** WebDAV's status for no room, which HTTP APIs use for a full disk (RFC 4918, 11.5). */
    private static final Response.StatusType INSUFFICIENT_STORAGE = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 507;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.SERVER_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Insufficient Storage";
        }
    };

    private ErrorMappers() {
    }

    /** All the mappers, for registration. */
    static Object[] all() {
        return new Object[] {new Conflict(), new NotFound(), new BadValue(), new BadZip(), new BadJson(), new Web(),
            new DiskFull(), new Unexpected()};
    }

    /**
     * A request body that is not JSON Parley reads: malformed, or nested deeper than the API allows
     * ({@link WebServer#MAX_JSON_DEPTH}); 400 with the parser's first line, never a 500.
     */
    static final class BadJson implements ExceptionMapper<JsonProcessingException> {
        @Override
        public Response toResponse(JsonProcessingException e) {
            String why = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
            return Problem.response(Response.Status.BAD_REQUEST, "the request body is not JSON Parley reads: "
                    + (why.length() > 300 ? why.substring(0, 300) + "…" : why));
        }
    }

    static final class Conflict implements ExceptionMapper<ConflictException> {
        @Override
        public Response toResponse(ConflictException e) {
            return Problem.response(Response.Status.CONFLICT, e.getMessage());
        }
    }

    static final class NotFound implements ExceptionMapper<NoSuchElementException> {
        @Override
        public Response toResponse(NoSuchElementException e) {
            return Problem.response(Response.Status.NOT_FOUND, e.getMessage());
        }
    }

    static final class BadValue implements ExceptionMapper<IllegalArgumentException> {
        @Override
        public Response toResponse(IllegalArgumentException e) {
            return Problem.response(Response.Status.BAD_REQUEST, e.getMessage());
        }
    }

    static final class BadZip implements ExceptionMapper<BadZipException> {
        @Override
        public Response toResponse(BadZipException e) {
            return Problem.response(Response.Status.BAD_REQUEST, e.getMessage());
        }
    }

    /** Jersey's own errors (404 for no route, 405, 406, 415, 403 from roles), with a problem body and their headers kept. */
    static final class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response original = e.getResponse();
            if (original.hasEntity()) {
                return original;
            }
            Response.StatusType status = original.getStatusInfo();
            String detail = switch (status.getStatusCode()) {
                case 403 -> "your role does not allow this";
                case 404 -> "not found";
                default -> e.getMessage();
            };
            return Response.fromResponse(original).entity(Problem.of(status, detail)).type(Problem.TYPE).build();
        }
    }

    /** A disk the service writes to is full, or too full for a run to start: 507, naming it. */
    static final class DiskFull implements ExceptionMapper<DiskFullException> {
        @Override
        public Response toResponse(DiskFullException e) {
            LOG.warning(e.getMessage());
            return insufficientStorage(e.getMessage());
        }
    }

    private static Response insufficientStorage(String detail) {
        return Problem.response(INSUFFICIENT_STORAGE, detail);
    }

    static final class Unexpected implements ExceptionMapper<Exception> {
        @Override
        public Response toResponse(Exception e) {
            LOG.log(Level.SEVERE, "a request failed", e);
            if (DiskSpace.saysFull(e)) { // an upload or a write of the service's own found no room
                return insufficientStorage("a disk the service writes to is full: " + e.getMessage()
                        + ". Free some space there and try again.");
            }
            return Problem.response(Response.Status.INTERNAL_SERVER_ERROR,
                    "the service failed: " + e.getMessage() + " (details in logs/parley.log)");
        }
    }
}
