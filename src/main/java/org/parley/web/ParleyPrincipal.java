package org.parley.web;

import java.security.Principal;

import jakarta.ws.rs.core.SecurityContext;

/**
 * The user behind a request, and how they proved it: HTTP Basic (the API, the command line) or a
 * page session, which also carries the CSRF token its forms must send back.
 */
final class ParleyPrincipal implements SecurityContext, Principal {

    private final UserDirectory.User user;
    private final Sessions.Session session;
    private final boolean secure;

    ParleyPrincipal(UserDirectory.User user, Sessions.Session session, boolean secure) {
        this.user = user;
        this.session = session;
        this.secure = secure;
    }

    UserDirectory.User user() {
        return user;
    }

    /** The page session, or null for HTTP Basic. */
    Sessions.Session session() {
        return session;
    }

    @Override
    public String getName() {
        return user.name();
    }

    @Override
    public Principal getUserPrincipal() {
        return this;
    }

    @Override
    public boolean isUserInRole(String role) {
        return user.role().includes(Role.of(role));
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return session == null ? BASIC_AUTH : FORM_AUTH;
    }
}
