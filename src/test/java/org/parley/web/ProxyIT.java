package org.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parley.launch.TestHome;

/**
 * The service behind nginx as a TLS reverse proxy, as the README sets it up (issue 14): the page's
 * sign-in over HTTPS, a Secure session cookie, a run started with the session; and the same
 * forwarded headers from a peer that is not the trusted proxy are ignored.
 */
class ProxyIT {

    @TempDir
    static Path dir;
    private static TestService service;
    private static NginxProxy nginx;
    private static HttpClient https;
    private static String origin;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(NginxProxy.available(), "nginx (/usr/sbin/nginx) or openssl (/usr/bin/openssl) is not installed: "
                + "apt-get install nginx openssl (./run-tests does)");
        Path inbox = TestService.tempInbox("proxy");
        Path set = Files.createDirectories(inbox.resolve("one"));
        Files.copy(TestHome.sampleSet().resolve("2026-03-09-meridianwire-oslo.txt"), set.resolve("oslo.txt"),
                StandardCopyOption.REPLACE_EXISTING);
        service = TestService.start(TestService.settings(inbox, 1, null, null).withEdge(null, List.of(NginxProxy.PEER)),
                Clock.systemUTC());
        nginx = NginxProxy.start(dir, service.service().port());
        https = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(nginx.trust())
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
        origin = "https://127.0.0.1:" + nginx.port();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (nginx != null) {
            nginx.close();
        }
        if (service != null) {
            service.close();
        }
    }

    @Test
    void throughTheProxyTheFormSignsInWithASecureCookieAndTheSessionStartsARun() throws Exception {
        HttpResponse<String> form = send(https, request("/login").GET());
        assertEquals(200, form.statusCode(), form.body());
        assertTrue(attributes(form, "parley_login").contains("secure"), form.headers().toString());

        HttpResponse<String> signed = send(https, signIn(request("/login"), form, "analyst",
                TestService.PASSWORDS.get("analyst")));
        assertEquals(303, signed.statusCode(), signed.body());
        assertEquals(origin + "/", signed.headers().firstValue("Location").orElseThrow(), "redirected to the public origin");
        List<String> cookie = attributes(signed, "parley_session");
        assertTrue(cookie.containsAll(List.of("secure", "httponly", "samesite=strict")), cookie.toString());

        String session = "parley_session=" + TestService.cookie(signed, "parley_session");
        HttpResponse<String> page = send(https, request("/").header("Cookie", session).GET());
        assertEquals(200, page.statusCode(), page.body());
        HttpResponse<String> started = send(https, request("/api/executions").header("Cookie", session)
                .header("X-CSRF-Token", TestService.csrf(page.body())).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"inbox\": \"one\"}")));
        assertEquals(202, started.statusCode(), started.body());
        long execution = TestService.json(started).get("execution").asLong();
        assertEquals("COMPLETED", service.awaitEnd(execution, Duration.ofMinutes(4)).get("status").asText());
    }

    @Test
    void theAuditLogNamesTheForwardedClientNotTheProxyNorWhatTheClientWrote() throws Exception {
        HttpResponse<String> form = send(https, request("/login").GET());
        HttpResponse<String> wrong = send(https, signIn(request("/login").header("X-Forwarded-For", "203.0.113.9"), form,
                "proxy-stranger", "wrong"));
        assertEquals(401, wrong.statusCode(), wrong.body());
        String entry = Files.readAllLines(TestService.home().paths().logs().resolve("audit.log")).stream()
                .filter(l -> l.contains("\"proxy-stranger\"")).reduce((a, b) -> b).orElseThrow();
        assertTrue(entry.contains("page from 127.0.0.1:"), entry);
    }

    @Test
    void forwardedHeadersFromAnUntrustedPeerAreIgnored() throws Exception {
        HttpClient direct = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpRequest.Builder get = forged(HttpRequest.newBuilder(service.uri("/login"))).GET();
        HttpResponse<String> form = send(direct, get);
        assertEquals(200, form.statusCode(), form.body());
        assertFalse(attributes(form, "parley_login").contains("secure"), form.headers().toString());

        HttpResponse<String> refused = send(direct, signIn(forged(HttpRequest.newBuilder(service.uri("/login"))), form,
                "analyst", TestService.PASSWORDS.get("analyst")));
        assertEquals(403, refused.statusCode(), "the https Origin is not this plain-HTTP request's own");
        assertTrue(refused.body().contains("cross-origin requests may not change anything"), refused.body());
    }

    /** A request to the service with the proxy's headers, made by the test itself (127.0.0.1, not trusted). */
    private static HttpRequest.Builder forged(HttpRequest.Builder request) {
        String host = "127.0.0.1:" + nginx.port();
        return request.header("Origin", origin).header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", host)
                .header("X-Forwarded-For", "203.0.113.9").header("Forwarded", "for=203.0.113.9;proto=https;host=\"" + host + "\"");
    }

    /** A request through the proxy, with the Origin a browser sends. */
    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(origin + path)).timeout(Duration.ofSeconds(60)).header("Origin", origin);
    }

    /** The page's sign-in form, filled in and sent with its token and cookie. */
    private static HttpRequest.Builder signIn(HttpRequest.Builder request, HttpResponse<String> form, String user,
                                              String password) {
        String body = "csrf=" + encode(TestService.csrf(form.body())) + "&user=" + encode(user) + "&password=" + encode(password);
        return request.header("Cookie", "parley_login=" + TestService.cookie(form, "parley_login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** A cookie's attributes as the response sets it, lower case, without its value. */
    private static List<String> attributes(HttpResponse<String> response, String name) {
        String header = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .findFirst().orElseThrow(() -> new AssertionError("no cookie " + name + " in " + response.headers()));
        return Arrays.stream(header.split(";")).skip(1).map(a -> a.strip().toLowerCase()).toList();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request)
            throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
