package org.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint against no credentials, a viewer, an analyst and an admin, each with the status
 * it must answer: 401 (or the page's redirect to sign in) without credentials, 403 for a role that
 * may not, and otherwise what the call itself answers (a finished run cannot be stopped: 409).
 */
class AccessMatrixIT {

    private static final List<String> WHO = Arrays.asList(null, "viewer", "analyst", "admin");
    private static TestService service;
    private static long done;
    private static long request;

    @BeforeAll
    static void start() throws Exception {
        Path inbox = TestService.tempInbox("matrix");
        service = TestService.start(TestService.settings(inbox, 1, null, null), Clock.systemUTC());
        HttpResponse<String> started = service.postZip("/api/executions?name=talks.zip", "analyst", ArticleZips.sample());
        JsonNode ticket = TestService.json(started);
        request = ticket.get("request").asLong();
        done = service.awaitStart(request, Duration.ofMinutes(2));
        assertEquals("COMPLETED", service.awaitEnd(done, Duration.ofMinutes(4)).get("status").asText());
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private record Call(String method, String path, String type, String body, int... expected) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static List<Call> calls() {
        String run = "/api/executions/" + done;
        return List.of(
                new Call("GET", "/health/live", null, null, 200, 200, 200, 200),
                new Call("GET", "/health/ready", null, null, 200, 200, 200, 200),
                new Call("GET", "/openapi", null, null, 200, 200, 200, 200),
                new Call("GET", "/static/parley.js", null, null, 200, 200, 200, 200),
                new Call("GET", "/login", null, null, 200, 200, 200, 200),
                new Call("GET", "/api/executions", null, null, 401, 200, 200, 200),
                new Call("GET", run, null, null, 401, 200, 200, 200),
                new Call("GET", run + "/log", null, null, 401, 200, 200, 200),
                new Call("POST", "/api/executions", "application/json", "{\"inbox\": \"no-such-set\"}", 401, 403, 404, 404),
                new Call("POST", run + "/stop", null, null, 401, 403, 409, 409),
                new Call("POST", run + "/restart", null, null, 401, 403, 403, 409),
                new Call("POST", run + "/abandon", null, null, 401, 403, 403, 409),
                new Call("GET", run + "/steps", null, null, 401, 200, 200, 200),
                new Call("GET", "/api/instances", null, null, 401, 200, 200, 200),
                new Call("POST", "/api/purge?before=2000-01-01&dryRun=true", null, null, 401, 403, 403, 200),
                new Call("GET", "/api/queue", null, null, 401, 200, 200, 200),
                new Call("GET", "/api/queue/" + request, null, null, 401, 200, 200, 200),
                new Call("DELETE", "/api/queue/" + request, null, null, 401, 403, 409, 409),
                new Call("GET", "/api/rounds", null, null, 401, 200, 200, 200),
                new Call("GET", "/api/briefings", null, null, 401, 200, 200, 200),
                new Call("GET", "/api/briefings/latest", null, null, 401, 200, 200, 200),
                new Call("GET", "/api/briefings/" + done, null, null, 401, 200, 200, 200),
                new Call("GET", "/api/briefings/" + done + "/manifest.json", null, null, 401, 200, 200, 200),
                new Call("GET", "/api/briefings/" + done + "/all.zip", null, null, 401, 200, 200, 200),
                new Call("GET", "/api/schedule", null, null, 401, 200, 200, 200),
                new Call("PUT", "/api/schedule", "application/json", "{}", 401, 403, 403, 200),
                new Call("POST", "/api/schedule/run", null, null, 401, 403, 403, 409),
                new Call("GET", "/api/me", null, null, 401, 200, 200, 200),
                new Call("GET", "/api/inbox", null, null, 401, 200, 200, 200),
                new Call("GET", "/api/audit", null, null, 401, 403, 403, 200),
                new Call("GET", "/", null, null, 303, 200, 200, 200),
                new Call("GET", "/runs/rows", null, null, 303, 200, 200, 200),
                new Call("GET", "/runs/" + done, null, null, 303, 200, 200, 200),
                new Call("GET", "/runs/" + done + "/live", null, null, 303, 200, 200, 200),
                // the page's forms need a signed-in session and its CSRF token, which HTTP Basic has not
                new Call("POST", "/ui/runs/inbox", "application/x-www-form-urlencoded", "set=x", 303, 403, 403, 403),
                new Call("POST", "/ui/runs/" + done + "/stop", "application/x-www-form-urlencoded", "csrf=x", 303, 403, 403, 403),
                new Call("POST", "/ui/runs/" + done + "/restart", "application/x-www-form-urlencoded", "csrf=x", 303, 403, 403, 403),
                new Call("POST", "/ui/runs/" + done + "/again", "application/x-www-form-urlencoded", "csrf=x", 303, 403, 403, 403),
                new Call("POST", "/ui/schedule", "application/x-www-form-urlencoded", "csrf=x", 303, 403, 403, 403),
                new Call("POST", "/ui/schedule/run", "application/x-www-form-urlencoded", "csrf=x", 303, 403, 403, 403),
                new Call("POST", "/ui/logout", "application/x-www-form-urlencoded", "csrf=x", 303, 403, 403, 403),
                new Call("POST", "/login", "application/x-www-form-urlencoded", "user=admin&password=x", 403, 403, 403, 403));
    }

    @Test
    void everyEndpointAnswersEachRoleAsSpecified() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Call call : calls()) {
            for (int i = 0; i < WHO.size(); i++) {
                HttpRequest.Builder b = service.request(call.path(), WHO.get(i));
                b.method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(call.body()));
                if (call.type() != null) {
                    b.header("Content-Type", call.type());
                }
                HttpResponse<String> response = service.send(b.build());
                checked++;
                if (response.statusCode() != call.expected()[i]) {
                    wrong.add(call + " as " + WHO.get(i) + ": " + response.statusCode() + " (expected "
                            + call.expected()[i] + ") " + response.body());
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(42 * 4, checked);
    }

    @Test
    void wrongCredentialsAre401AndTheChallengeNamesBasic() {
        HttpResponse<String> wrong = service.send(service.request("/api/executions", null)
                .header("Authorization", TestService.basic("admin", "not-the-password")).GET().build());
        assertEquals(401, wrong.statusCode());
        assertEquals("Basic realm=\"Parley\", charset=\"UTF-8\"", wrong.headers().firstValue("WWW-Authenticate").orElseThrow());
        HttpResponse<String> unknown = service.send(service.request("/api/executions", null)
                .header("Authorization", TestService.basic("nobody", "x")).GET().build());
        assertEquals(401, unknown.statusCode());
    }

    @Test
    void guessingOneNamesPasswordIsBrakedWith429AndRetryAfterWhileTheRightUsersGoOn() {
        int status = 0;
        HttpResponse<String> last = null;
        for (int i = 0; i < SignInThrottle.MAX_FAILURES + 1; i++) {
            last = service.send(service.request("/api/executions", null)
                    .header("Authorization", TestService.basic("guessed", "guess-" + i)).GET().build());
            status = last.statusCode();
        }
        assertEquals(429, status, last.body());
        assertTrue(Integer.parseInt(last.headers().firstValue("Retry-After").orElseThrow()) > 0);
        assertEquals(200, service.send(service.request("/api/executions", "viewer").GET().build()).statusCode(),
                "another user is not braked");
        List<String> audited = new ArrayList<>();
        for (JsonNode entry : TestService.json(service.get("/api/audit?limit=1000", "admin"))) {
            if (entry.get("user").asText().equals("guessed")) {
                audited.add(entry.get("detail").asText());
            }
        }
        // the burst's first failure is audited only if it began the address's burst (this class's other
        // wrong passwords come from the same address, in no fixed order); its lock is audited once
        String locked = "basic from 127.0.0.1: 5 failed sign-ins for this user within 60 s: locked";
        assertTrue(audited.equals(List.of(locked))
                || audited.equals(List.of(locked, "basic from 127.0.0.1: first failed sign-in from this address")),
                "newest first: " + audited);
    }

    @Test
    void aChangeFromAnotherOriginIsRefused() {
        HttpResponse<String> response = service.send(service.request("/api/executions/" + done + "/stop", "admin")
                .header("Origin", "http://elsewhere.example").POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(403, response.statusCode(), response.body());
    }
}
