package org.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 15's brake under load: twenty clients keep sending wrong passwords, each attempt under a
 * user name not tried before (half with HTTP Basic, half through the sign-in form), while a Basic
 * user and a page session keep working. All of them come from 127.0.0.1, so it is the address that
 * locks, after {@link SignInThrottle#MAX_ADDRESS_FAILURES} failures (no name fails twice, let alone
 * {@link SignInThrottle#MAX_FAILURES} times); from then on every attempt is 429 with Retry-After and
 * derives no password hash, and the signed-in users, whose credentials were verified before (a
 * session, a cached Basic password), are answered 200 throughout. How fast they are answered is
 * measured by src/bench/signin-load.sh, not here.
 */
class SignInLoadIT {

    private static final int STRANGERS = 20;
    /** Attempts each stranger makes after the address locked, and requests each signed-in user makes, at least. */
    private static final int AFTER_LOCK = 10;
    private static final int SIGNED_IN_REQUESTS = 20;
    private static final long SIGNED_IN_PAUSE_MILLIS = 20;
    /**
     * Within the throttle's minute, so that no failure ages out and lets one more try through; long, as
     * on a busy machine the strangers' own requests leave the derivations little of the processors.
     */
    private static final long DEADLINE_SECONDS = 50;

    private static TestService service;

    /**
     * One answer to a stranger: when it was sent and answered (nanoTime), its status, Retry-After, and
     * whether it says the address is locked.
     */
    private record Answer(String stranger, long sent, long answered, int status, String retryAfter, boolean byAddress) {
    }

    @BeforeAll
    static void start() throws Exception {
        service = TestService.start(TestService.settings(TestService.tempInbox("signin-load"), 1, null, null),
                Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void strangersFromOneAddressAreRefusedAt429WithoutADerivationWhileSignedInUsersAreServed() throws Exception {
        // given: a page session, and Basic users whose passwords were verified once, before the strangers came
        String session = signIn("analyst");
        assertEquals(200, service.get("/api/executions", "viewer").statusCode());
        assertEquals(200, service.get("/api/audit?limit=1", "admin").statusCode());
        long derivedBefore = PasswordHash.derivations();

        // when
        Load load = new Load();
        for (int i = 0; i < STRANGERS; i++) {
            String name = "load-stranger-" + i;
            load.stranger(name, i % 2 == 0 ? basicGuess(name) : formGuess(name));
        }
        load.signedIn(load.basicUser, () -> service.get("/api/executions", "viewer"));
        load.signedIn(load.sessionUser, () -> service.send(service.request("/api/executions", null)
                .header("Cookie", "parley_session=" + session).GET().build()));
        load.runUntilEnough();

        // then
        long derived = PasswordHash.derivations() - derivedBefore;
        Map<Integer, Integer> byStatus = new TreeMap<>();
        load.answers.forEach(a -> byStatus.merge(a.status(), 1, Integer::sum));
        assertTrue(load.enough(), "not enough within " + DEADLINE_SECONDS + " s (a machine too busy to derive "
                + SignInThrottle.MAX_ADDRESS_FAILURES + " hashes in that time?): " + byStatus + ", signed in: "
                + load.basicUser.size() + " Basic, " + load.sessionUser.size() + " session");
        assertEquals(Map.of(401, SignInThrottle.MAX_ADDRESS_FAILURES,
                429, load.answers.size() - SignInThrottle.MAX_ADDRESS_FAILURES), byStatus,
                "the address locks after its twentieth failure");
        assertEquals(SignInThrottle.MAX_ADDRESS_FAILURES, derived, "one derivation per 401, none for a 429");
        long lockedAt = load.lockedAt();
        for (Answer a : load.answers) {
            if (a.status() == 429) {
                long retry = Long.parseLong(a.retryAfter());
                assertTrue(retry >= 1 && retry <= SignInThrottle.WINDOW_SECONDS, a.toString());
            }
            if (a.sent() > lockedAt) {
                assertTrue(a.status() == 429 && a.byAddress(), "sent after the address locked: " + a);
            }
        }
        assertEquals(List.of(), load.basicUser.stream().filter(s -> s != 200).toList(), "the Basic user's answers");
        assertEquals(List.of(), load.sessionUser.stream().filter(s -> s != 200).toList(), "the session's answers");
        assertEquals(List.of("first failed sign-in from this address",
                SignInThrottle.MAX_ADDRESS_FAILURES + " failed sign-ins from this address within 60 s: locked"), audited(),
                "one burst, audited at its first failure and when it locked, oldest first");
    }

    /**
     * The strangers, each on a thread of its own and as fast as the server answers, and the signed-in
     * users, each asking every {@link #SIGNED_IN_PAUSE_MILLIS} ms as someone at work would.
     */
    private static final class Load {
        final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        final List<Integer> basicUser = Collections.synchronizedList(new ArrayList<>());
        final List<Integer> sessionUser = Collections.synchronizedList(new ArrayList<>());
        private final AtomicBoolean done = new AtomicBoolean();
        private final ExecutorService strangers = Executors.newFixedThreadPool(STRANGERS);
        private final ScheduledExecutorService users = Executors.newScheduledThreadPool(2);
        private final List<Future<?>> running = new ArrayList<>();

        void stranger(String name, Supplier<HttpResponse<String>> attempt) {
            running.add(strangers.submit(() -> {
                while (!done.get()) {
                    long sent = System.nanoTime();
                    HttpResponse<String> r = attempt.get();
                    answers.add(new Answer(name, sent, System.nanoTime(), r.statusCode(),
                            r.headers().firstValue("Retry-After").orElse(null),
                            r.body().contains("too many failed sign-ins for this address")));
                }
            }));
        }

        void signedIn(List<Integer> statuses, Supplier<HttpResponse<String>> request) {
            running.add(users.scheduleWithFixedDelay(() -> statuses.add(request.get().statusCode()),
                    0, SIGNED_IN_PAUSE_MILLIS, TimeUnit.MILLISECONDS));
        }

        /** Polls until {@link #enough()} or the deadline, then stops everyone; fails if one of them failed. */
        void runUntilEnough() throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(DEADLINE_SECONDS);
            while (!enough() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            done.set(true);
            users.shutdown();
            strangers.shutdown();
            assertTrue(strangers.awaitTermination(60, TimeUnit.SECONDS) && users.awaitTermination(60, TimeUnit.SECONDS));
            for (Future<?> f : running) {
                if (f.isDone() && !f.isCancelled()) {
                    f.get(); // rethrows what a stranger or a user ran into
                }
            }
        }

        /** Every stranger has tried {@link #AFTER_LOCK} times since the lock, and each signed-in user asked enough. */
        boolean enough() {
            if (basicUser.size() < SIGNED_IN_REQUESTS || sessionUser.size() < SIGNED_IN_REQUESTS) {
                return false;
            }
            long lockedAt = lockedAt();
            Map<String, Integer> since = new TreeMap<>();
            answers.stream().filter(a -> a.sent() > lockedAt).forEach(a -> since.merge(a.stranger(), 1, Integer::sum));
            return since.size() == STRANGERS && since.values().stream().allMatch(n -> n >= AFTER_LOCK);
        }

        /**
         * When the address was surely locked: once the twentieth 401 is back, its failure was counted (the
         * last 401 to come back, as they may come back in another order than counted); Long.MAX_VALUE before.
         */
        long lockedAt() {
            List<Long> failed = answers.stream().filter(a -> a.status() == 401).map(Answer::answered).toList();
            return failed.size() < SignInThrottle.MAX_ADDRESS_FAILURES ? Long.MAX_VALUE
                    : failed.stream().mapToLong(Long::longValue).max().orElseThrow();
        }
    }

    /** A stranger's attempts with HTTP Basic, each with a name not tried before. */
    private static Supplier<HttpResponse<String>> basicGuess(String stranger) {
        AtomicInteger attempts = new AtomicInteger();
        return () -> {
            String name = stranger + "-" + attempts.incrementAndGet();
            return service.send(service.request("/api/executions", null)
                    .header("Authorization", TestService.basic(name, "wrong-" + name)).GET().build());
        };
    }

    /** A stranger's attempts through the sign-in form, its token and cookie fetched once; each with a new name. */
    private static Supplier<HttpResponse<String>> formGuess(String stranger) {
        HttpResponse<String> page = service.get("/login", null);
        String token = TestService.cookie(page, "parley_login");
        assertEquals(token, TestService.csrf(page.body()));
        AtomicInteger attempts = new AtomicInteger();
        return () -> {
            String name = stranger + "-" + attempts.incrementAndGet();
            return service.send(service.request("/login", null).header("Cookie", "parley_login=" + token)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form("csrf", token, "user", name, "password", "wrong-" + name)))
                    .build());
        };
    }

    private static String signIn(String user) {
        HttpResponse<String> page = service.get("/login", null);
        String token = TestService.cookie(page, "parley_login");
        HttpResponse<String> signed = service.send(service.request("/login", null).header("Cookie", "parley_login=" + token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form("csrf", TestService.csrf(page.body()), "user", user,
                        "password", TestService.PASSWORDS.get(user)))).build());
        assertEquals(303, signed.statusCode(), signed.body());
        return TestService.cookie(signed, "parley_session");
    }

    /** The audit log's failed sign-ins of this test's strangers, oldest first. */
    private static List<String> audited() {
        List<String> details = new ArrayList<>();
        for (JsonNode entry : TestService.json(service.get("/api/audit?limit=10000", "admin"))) {
            if (entry.get("user").asText().startsWith("load-stranger-")) {
                String detail = entry.get("detail").asText();
                details.add(0, detail.substring(detail.indexOf(": ") + 2));
            }
        }
        return details;
    }

    private static String form(String... fields) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < fields.length; i += 2) {
            body.append(i == 0 ? "" : "&").append(fields[i]).append('=')
                    .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }
}
