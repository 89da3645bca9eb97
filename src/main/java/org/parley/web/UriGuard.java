package org.parley.web;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;

/**
 * Answers 404 to a request whose raw path holds characters a URI may not (a backslash, a space),
 * which Jersey would otherwise fail on with a 500; everything else goes to the Jersey container,
 * with the connection's peer address recorded for {@link ClientAddress}.
 */
final class UriGuard extends HttpHandler {

    private static final Pattern LEGAL = Pattern.compile("[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]*");
    private static final byte[] BODY =
            "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"not found\"}"
                    .getBytes(StandardCharsets.UTF_8);

    private final GrizzlyHttpContainer container;

    UriGuard(GrizzlyHttpContainer container) {
        this.container = container;
    }

    @Override
    public void start() {
        container.start();
    }

    @Override
    public void destroy() {
        container.destroy();
    }

    @Override
    public void service(Request request, Response response) throws Exception {
        String raw = request.getRequestURI();
        String query = request.getQueryString();
        if (!LEGAL.matcher(raw).matches() || (query != null && !LEGAL.matcher(query).matches())) {
            response.setStatus(404);
            response.setContentType(Problem.TYPE.toString());
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setContentLength(BODY.length);
            response.getOutputStream().write(BODY);
            return;
        }
        // a Grizzly request attribute is a property of Jersey's request: how the address reaches the filters
        request.setAttribute(ClientAddress.PROPERTY, request.getRemoteAddr());
        container.service(request, response);
    }
}
