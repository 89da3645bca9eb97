package org.parley.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;

/**
 * Refuses request bodies over 100 MB with 413: at once when the declared length says so, and
 * while reading when a body without a length (chunked) grows past it.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
final class UploadLimitFilter implements ContainerRequestFilter {

    /** The largest body the service reads: 100 MB. */
    static final long MAX_BYTES = 100L * 1000 * 1000;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > MAX_BYTES) {
            throw tooLarge();
        }
        // not hasEntity(): it reads ahead, and on a request asking to upgrade to HTTP/2 (Java's
        // HttpClient asks by default) Grizzly then waits for a body that never comes, 30 s, then 500
        request.setEntityStream(new Limited(request.getEntityStream(), MAX_BYTES));
    }

    static WebApplicationException tooLarge() {
        return new WebApplicationException(Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                "uploads are limited to " + MAX_BYTES / 1_000_000 + " MB"));
    }

    /** A stream that fails once more than its limit has been read from it. */
    static final class Limited extends FilterInputStream {

        private final long limit;
        private long count;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(long n) {
            count += n;
            if (count > limit) {
                throw tooLarge();
            }
        }
    }
}
