package org.parley.web;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Signing in to the page and out again. The sign-in form is protected against login CSRF by a
 * token that must match a cookie set with the form; a successful sign-in opens a new session.
 */
@Path("login")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public final class LoginResource {

    private static final String LOGIN_COOKIE = "parley_login";

    private final WebContext context;
    private final PageRenderer pages;

    LoginResource(WebContext context, PageRenderer pages) {
        this.context = context;
        this.pages = pages;
    }

    @GET
    public Response page(@CookieParam(Sessions.COOKIE) String session, @Context UriInfo uri) {
        if (context.sessions().find(session).isPresent()) {
            return Response.seeOther(URI.create("/")).build();
        }
        return form(null, 200, uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@FormParam("csrf") String csrf, @CookieParam(LOGIN_COOKIE) String expected,
                           @FormParam("user") String name, @FormParam("password") String password,
                           @Context UriInfo uri, @Context ContainerRequestContext request) {
        if (expected == null || csrf == null || !java.security.MessageDigest.isEqual(expected.getBytes(), csrf.getBytes())) {
            return form("Your sign-in form had expired; please try again.", 403, uri);
        }
        String address = ClientAddress.of(request);
        UserDirectory.Attempt attempt;
        try {
            attempt = name == null || password == null ? context.users().unreadable(address)
                    : context.users().authenticate(name, password, address);
        } catch (SignInThrottle.TooMany e) {
            return Response.fromResponse(form("Too many attempts: " + e.getMessage() + ".", 429, uri))
                    .header("Retry-After", e.retryAfter()).build();
        }
        Optional<UserDirectory.User> user = attempt.user();
        if (user.isEmpty()) {
            if (attempt.audit() != null) {
                context.audit().record(name == null ? "?" : name, "login-failed", "page", attempt.detail("page"));
            }
            return form("Wrong user name or password.", 401, uri);
        }
        Sessions.Session session = context.sessions().open(user.get());
        context.audit().record(user.get().name(), "login", "page", null);
        return Response.seeOther(URI.create("/"))
                .cookie(cookie(Sessions.COOKIE, session.id(), "/", -1, uri), cookie(LOGIN_COOKIE, "", "/login", 0, uri))
                .build();
    }

    private Response form(String message, int status, UriInfo uri) {
        String token = Sessions.token();
        Map<String, Object> model = new java.util.HashMap<>();
        model.put("csrf", token);
        model.put("message", message == null ? "" : message);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(pages.render("login.ftlh", model)).cookie(cookie(LOGIN_COOKIE, token, "/login", -1, uri)).build();
    }

    static NewCookie cookie(String name, String value, String path, int maxAge, UriInfo uri) {
        return new NewCookie.Builder(name).value(value).path(path).maxAge(maxAge).httpOnly(true)
                .secure("https".equals(uri.getBaseUri().getScheme())).sameSite(NewCookie.SameSite.STRICT).build();
    }
}
