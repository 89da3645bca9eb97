package org.parley.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The JSON body of every error the API returns.
 *
 * @param status  the HTTP status
 * @param error   its reason phrase
 * @param message what went wrong, for a person
 */
public record Problem(int status, String error, String message) {

    /** A response with this problem as its body. */
    static Response response(Response.StatusType status, String message) {
        return Response.status(status.getStatusCode())
                .entity(new Problem(status.getStatusCode(), status.getReasonPhrase(), message))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
