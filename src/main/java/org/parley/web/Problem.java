package org.parley.web;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The body of every error the service returns: an RFC 9457 problem detail, served as
 * {@code application/problem+json}.
 *
 * @param type   always {@code about:blank}: the status says what kind of problem it is
 * @param title  the status's reason phrase
 * @param status the HTTP status
 * @param detail what went wrong, for a person
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail) {

    /** {@code application/problem+json}, the media type of a problem detail. */
    static final MediaType TYPE = new MediaType("application", "problem+json");

    /** A problem of this status, saying what went wrong. */
    static Problem of(Response.StatusType status, String detail) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail);
    }

    /** A response with this problem as its body. */
    static Response response(Response.StatusType status, String detail) {
        return Response.status(status.getStatusCode()).entity(of(status, detail)).type(TYPE).build();
    }
}
