package org.parley.web;

import java.net.URI;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;

/**
 * Makes a request look as the browser made it: behind a trusted reverse proxy, the client's address
 * is the forwarded one, and the request's base is the public origin (the public URL, else the proxy's
 * forwarded scheme and host), so that the origin check, secure cookies and redirects follow it.
 * Forwarded headers from any other peer are ignored.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
final class PublicOriginFilter implements ContainerRequestFilter {

    /** The request property that holds the public origin, when one is known. */
    static final String PROPERTY = PublicOriginFilter.class.getName();
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]+(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?");

    private final Edge edge;

    PublicOriginFilter(Edge edge) {
        this.edge = edge;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        ForwardedHeaders forwarded = null;
        if (edge.trusts(ClientAddress.of(request))) {
            forwarded = ForwardedHeaders.read(request.getHeaderString("Forwarded"),
                    request.getHeaderString("X-Forwarded-For"), request.getHeaderString("X-Forwarded-Proto"),
                    request.getHeaderString("X-Forwarded-Host"), edge::trusts);
            if (forwarded.client() != null) {
                request.setProperty(ClientAddress.PROPERTY, forwarded.client());
            }
        }
        String origin = edge.publicOrigin() != null ? edge.publicOrigin()
                : forwarded == null ? null : forwardedOrigin(forwarded.proto(),
                        forwarded.host() != null ? forwarded.host() : request.getHeaderString("Host"));
        if (origin != null) {
            request.setProperty(PROPERTY, origin);
            URI uri = request.getUriInfo().getRequestUri();
            request.setRequestUri(URI.create(origin + "/"), URI.create(origin + uri.getRawPath()
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())));
        }
    }

    /** The origin a trusted proxy forwards (its host, else the Host it sent), or null when it names no usable scheme and host. */
    static String forwardedOrigin(String proto, String host) {
        if (proto == null || host == null || !(proto.equalsIgnoreCase("https") || proto.equalsIgnoreCase("http"))
                || !HOST.matcher(host).matches()) {
            return null;
        }
        return Edge.origin(proto + "://" + host);
    }
}
