package org.parley.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Who is asking: HTTP Basic for the API and the command line, or the page's session cookie.
 * Health checks, the OpenAPI document, static files and the sign-in page are public. Without
 * credentials the API answers 401 and the page sends the browser to sign in. A request that
 * changes something is refused (403) when it comes from another origin, and, when made with a
 * session cookie, unless it carries the session's CSRF token. The page's polling (marked by
 * {@value #POLL_HEADER}) does not keep a session alive.
 */
@Priority(Priorities.AUTHENTICATION)
final class AuthFilter implements ContainerRequestFilter {

    static final String CSRF_HEADER = "X-CSRF-Token";
    /** Sent by the page's script when it polls: such a request does not renew the session's idle time. */
    static final String POLL_HEADER = "X-Parley-Poll";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final WebContext context;

    AuthFilter(WebContext context) {
        this.context = context;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        boolean unsafe = !SAFE.contains(request.getMethod());
        if (unsafe && !sameOrigin(request)) {
            request.abortWith(Problem.response(Response.Status.FORBIDDEN, "cross-origin requests may not change anything"));
            return;
        }
        if (isPublic(path)) {
            return;
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            basic(request, authorization);
            return;
        }
        Cookie cookie = request.getCookies().get(Sessions.COOKIE);
        Optional<Sessions.Session> session = context.sessions().find(cookie == null ? null : cookie.getValue(),
                request.getHeaderString(POLL_HEADER) == null);
        if (session.isEmpty()) {
            request.abortWith(isPage(path) ? Response.seeOther(URI.create("/login")).build() : challenge("credentials are needed"));
            return;
        }
        if (unsafe && !isPage(path) && !session.get().csrfMatches(request.getHeaderString(CSRF_HEADER))) {
            request.abortWith(Problem.response(Response.Status.FORBIDDEN, "missing or wrong " + CSRF_HEADER));
            return;
        }
        request.setSecurityContext(new ParleyPrincipal(session.get().user(), session.get(), isHttps(request)));
    }

    private void basic(ContainerRequestContext request, String authorization) {
        String address = ClientAddress.of(request);
        String name = "?";
        UserDirectory.Attempt attempt;
        try {
            String decoded = authorization.regionMatches(true, 0, "Basic ", 0, 6) ? decode(authorization.substring(6)) : "";
            int colon = decoded.indexOf(':');
            if (colon > 0) {
                name = decoded.substring(0, colon);
                attempt = context.users().authenticate(name, decoded.substring(colon + 1), address);
            } else {
                attempt = context.users().unreadable(address);
            }
        } catch (SignInThrottle.TooMany e) {
            request.abortWith(Response.fromResponse(Problem.response(Response.Status.TOO_MANY_REQUESTS, e.getMessage()))
                    .header(HttpHeaders.RETRY_AFTER, e.retryAfter()).build());
            return;
        }
        if (attempt.user().isEmpty()) {
            if (attempt.audit() != null) {
                context.audit().record(name, "login-failed", request.getMethod() + " /" + request.getUriInfo().getPath(),
                        attempt.detail("basic"));
            }
            request.abortWith(challenge("wrong user name or password"));
            return;
        }
        request.setSecurityContext(new ParleyPrincipal(attempt.user().get(), null, isHttps(request)));
    }

    /** The Base64 credentials as text; those that are not Base64 come back empty, answered like a wrong password. */
    private static String decode(String credentials) {
        try {
            return new String(Base64.getDecoder().decode(credentials.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    static boolean isPublic(String path) {
        return path.equals("health/live") || path.equals("health/ready") || path.equals("openapi")
                || path.startsWith("static/") || path.equals("login");
    }

    /** The page's own routes, which sign-in sessions use and which redirect to sign in. */
    static boolean isPage(String path) {
        return path.isEmpty() || path.equals("/") || path.startsWith("ui/") || path.startsWith("runs/");
    }

    private static Response challenge(String message) {
        return Response.fromResponse(Problem.response(Response.Status.UNAUTHORIZED, message))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Parley\", charset=\"UTF-8\"").build();
    }

    /**
     * A browser names the page's origin on a cross-site request; a request without Origin (curl, the CLI) passes.
     * The page's origin is the public one ({@link PublicOriginFilter}) when known, else the request's own.
     */
    private static boolean sameOrigin(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        if (origin == null) {
            return true;
        }
        if (request.getProperty(PublicOriginFilter.PROPERTY) instanceof String publicOrigin) {
            return origin.equalsIgnoreCase(publicOrigin);
        }
        URI base = request.getUriInfo().getBaseUri();
        String host = request.getHeaderString(HttpHeaders.HOST);
        return origin.equalsIgnoreCase(base.getScheme() + "://" + (host != null ? host : base.getAuthority()));
    }

    private static boolean isHttps(ContainerRequestContext request) {
        return "https".equals(request.getUriInfo().getBaseUri().getScheme());
    }
}
