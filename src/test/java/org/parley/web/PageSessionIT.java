package org.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.parley.launch.TestHome;

/**
 * The page's sessions: signing in (itself protected against login CSRF), a CSRF token on every
 * form and required by every form and by the API when a session cookie is used, roles, signing
 * out; and text from the articles escaped in the HTML.
 */
class PageSessionIT {

    private static final String HOSTILE = "<img src=x onerror=alert(1)>.txt";
    private static TestService service;
    private static long done;

    @BeforeAll
    static void start() throws Exception {
        service = TestService.start(TestService.settings(TestService.tempInbox("sessions"), 1, null, null),
                Clock.systemUTC());
        Path set = Files.createDirectories(TestService.tempInbox("sessions-set"));
        Files.copy(TestHome.sampleSet().resolve("2026-03-09-meridianwire-oslo.txt"), set.resolve("oslo.txt"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(set.resolve(HOSTILE), "Too short to be an article.");
        done = TestService.json(service.postZip("/api/executions", "analyst", ArticleZips.folder(set))).get("execution").asLong();
        assertEquals("COMPLETED", service.awaitEnd(done, Duration.ofMinutes(4)).get("status").asText());
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    /** Signs in through the form; returns the session cookie. */
    private static String signIn(String user) {
        HttpResponse<String> form = service.get("/login", null);
        String loginCookie = TestService.cookie(form, "parley_login");
        HttpResponse<String> signed = form(service.request("/login", null).header("Cookie", "parley_login=" + loginCookie),
                "csrf", TestService.csrf(form.body()), "user", user, "password", TestService.PASSWORDS.get(user));
        assertEquals(303, signed.statusCode(), signed.body());
        return TestService.cookie(signed, "parley_session");
    }

    @Test
    void everyFormCarriesTheTokenAndEveryFormNeedsIt() {
        String session = signIn("analyst");
        HttpResponse<String> page = service.send(service.request("/", null).header("Cookie", "parley_session=" + session)
                .GET().build());
        assertEquals(200, page.statusCode());
        String token = TestService.csrf(page.body());
        // every form that changes something posts the token; the rounds and runs filters are GETs and must not put it in a URL
        assertEquals(count(page.body(), "<form method=\"post\""), count(page.body(), "name=\"csrf\" value=\"" + token + "\""));
        assertEquals(count(page.body(), "<form"), count(page.body(), "<form method=\"post\"") + 2);

        String stop = "/ui/runs/" + done + "/stop";
        assertEquals(403, form(service.request(stop, null).header("Cookie", "parley_session=" + session)).statusCode());
        assertEquals(403, form(service.request(stop, null).header("Cookie", "parley_session=" + session), "csrf", "forged")
                .statusCode());
        HttpResponse<String> refused = form(service.request(stop, null).header("Cookie", "parley_session=" + session),
                "csrf", token);
        assertEquals(409, refused.statusCode(), "the token is right, but the run has ended");
        assertTrue(refused.body().contains("only a running execution can be stopped"), refused.body());

        HttpRequest.Builder api = service.request("/api/executions/" + done + "/stop", null)
                .header("Cookie", "parley_session=" + session).POST(HttpRequest.BodyPublishers.noBody());
        assertEquals(403, service.send(api.build()).statusCode());
        assertEquals(409, service.send(api.header("X-CSRF-Token", token).build()).statusCode());
    }

    @Test
    void runAgainRefusesABadFieldNamingItAndSaysPlainlyWhenTheArticlesAreGone() {
        String session = signIn("analyst");
        HttpResponse<String> page = service.send(service.request("/runs/" + done, null)
                .header("Cookie", "parley_session=" + session).GET().build());
        String token = TestService.csrf(page.body());
        // the run read an upload, whose copy went when it completed: no form, but why not
        assertTrue(page.body().contains("id=\"again-unavailable\""), page.body());
        assertTrue(page.body().contains("the copy of its articles was deleted when the run completed"), page.body());
        assertFalse(page.body().contains("id=\"again-form\""), page.body());

        String again = "/ui/runs/" + done + "/again";
        HttpResponse<String> template = form(service.request(again, null).header("Cookie", "parley_session=" + session),
                "csrf", token, "template", "no-such", "pdf", "on");
        assertEquals(400, template.statusCode());
        assertTrue(template.body().contains("Template: there is no template"), template.body());
        HttpResponse<String> formats = form(service.request(again, null).header("Cookie", "parley_session=" + session),
                "csrf", token, "template", "summary");
        assertEquals(400, formats.statusCode());
        assertTrue(formats.body().contains("Formats: choose at least one format"), formats.body());
        HttpResponse<String> rounds = form(service.request(again, null).header("Cookie", "parley_session=" + session),
                "csrf", token, "template", "summary", "docx", "on", "rounds", "../etc/passwd");
        assertEquals(400, rounds.statusCode());
        assertTrue(rounds.body().contains("Rounds file: there is no file"), rounds.body());
        HttpResponse<String> gone = form(service.request(again, null).header("Cookie", "parley_session=" + session),
                "csrf", token, "template", "summary", "docx", "on");
        assertEquals(409, gone.statusCode());
        assertTrue(gone.body().contains("This run cannot be run again"), gone.body());
    }

    @Test
    void anAnalystMayNotRunTheNightlyNow() {
        String session = signIn("analyst");
        String token = TestService.csrf(service.send(service.request("/", null).header("Cookie", "parley_session=" + session)
                .GET().build()).body());
        assertEquals(403, form(service.request("/ui/schedule/run", null).header("Cookie", "parley_session=" + session),
                "csrf", token).statusCode());
    }

    @Test
    void aViewerSessionMayNotStopAndSigningOutEndsTheSession() {
        String session = signIn("viewer");
        String token = TestService.csrf(service.send(service.request("/", null).header("Cookie", "parley_session=" + session)
                .GET().build()).body());
        assertEquals(403, form(service.request("/ui/runs/" + done + "/stop", null)
                .header("Cookie", "parley_session=" + session), "csrf", token).statusCode());
        HttpResponse<String> out = form(service.request("/ui/logout", null).header("Cookie", "parley_session=" + session),
                "csrf", token);
        assertEquals(303, out.statusCode());
        HttpResponse<String> after = service.send(service.request("/", null).header("Cookie", "parley_session=" + session)
                .GET().build());
        assertEquals(303, after.statusCode());
        assertTrue(after.headers().firstValue("Location").orElseThrow().endsWith("/login"));
    }

    @Test
    void signingInWithoutTheFormsTokenOrWithAWrongPasswordFails() {
        assertEquals(403, form(service.request("/login", null), "csrf", "x", "user", "analyst", "password",
                TestService.PASSWORDS.get("analyst")).statusCode());
        HttpResponse<String> form = service.get("/login", null);
        HttpResponse<String> wrong = form(service.request("/login", null).header("Cookie", "parley_login="
                + TestService.cookie(form, "parley_login")), "csrf", TestService.csrf(form.body()), "user", "analyst",
                "password", "wrong");
        assertEquals(401, wrong.statusCode());
        assertFalse(wrong.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("parley_session=")));
    }

    @Test
    void articleTextIsEscapedInThePage() {
        String session = signIn("viewer");
        HttpResponse<String> page = service.send(service.request("/runs/" + done, null)
                .header("Cookie", "parley_session=" + session).GET().build());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("&lt;img src=x onerror=alert(1)&gt;.txt"), page.body());
        assertFalse(page.body().contains("<img src=x"), page.body());
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElseThrow().contains("script-src 'self'"));
        HttpResponse<String> json = service.get("/api/executions/" + done, "viewer");
        assertEquals("nosniff", json.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(json.body().contains("\"doc\":\"<img src=x onerror=alert(1)>.txt\""), json.body());
    }

    private static HttpResponse<String> form(HttpRequest.Builder request, String... fields) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < fields.length; i += 2) {
            body.append(i == 0 ? "" : "&").append(fields[i]).append('=')
                    .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return service.send(request.header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
