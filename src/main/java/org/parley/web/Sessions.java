package org.parley.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The page's sign-in sessions, kept in memory: a random id in an HttpOnly, SameSite=Strict cookie
 * and a CSRF token that every form of the page carries back. A session ends after eight idle hours,
 * at sign-out, or when the service stops.
 */
public final class Sessions {

    /** The cookie that carries the session id. */
    public static final String COOKIE = "parley_session";
    private static final Duration IDLE = Duration.ofHours(8);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Session> byId = new ConcurrentHashMap<>();
    private final Clock clock;

    public Sessions(Clock clock) {
        this.clock = clock;
    }

    /** A signed-in user's session. */
    public record Session(String id, UserDirectory.User user, String csrf, Instant expires) {

        /** Whether a token sent with a form is this session's, compared in constant time. */
        public boolean csrfMatches(String token) {
            return token != null && MessageDigest.isEqual(csrf.getBytes(StandardCharsets.UTF_8),
                    token.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Opens a session for a user who just signed in. */
    public Session open(UserDirectory.User user) {
        Session s = new Session(token(), user, token(), clock.instant().plus(IDLE));
        byId.put(s.id(), s);
        return s;
    }

    /** The live session of an id, its idle time reset; empty when unknown or expired. */
    public Optional<Session> find(String id) {
        return find(id, true);
    }

    /**
     * The live session of an id; empty when unknown or expired. Its idle time is reset only when
     * {@code renew}: a page's own polling is no sign that someone is there, so an idle tab still times out.
     */
    public Optional<Session> find(String id, boolean renew) {
        if (id == null) {
            return Optional.empty();
        }
        Session s = byId.get(id);
        if (s == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (now.isAfter(s.expires())) {
            byId.remove(id);
            return Optional.empty();
        }
        if (!renew) {
            return Optional.of(s);
        }
        Session renewed = new Session(s.id(), s.user(), s.csrf(), now.plus(IDLE));
        byId.put(id, renewed);
        return Optional.of(renewed);
    }

    /** Ends a session. */
    public void close(String id) {
        if (id != null) {
            byId.remove(id);
        }
    }

    /** A random token for ids and CSRF: 32 bytes, URL-safe Base64. */
    public static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
