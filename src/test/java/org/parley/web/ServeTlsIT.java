package org.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parley.launch.ParleyProcess;

/**
 * {@code serve} from the built jar with its own TLS: a PKCS12 keystore made by keytool, its password
 * in an environment variable; an HTTPS request trusting that certificate is answered and gets a
 * Secure cookie, and a command on its home goes through it over HTTPS, trusting the certificate its
 * lock names. A wrong password is refused at start, naming the keystore; so are a bad
 * {@code --public-url} and {@code --trusted-proxy}, naming them.
 */
class ServeTlsIT {

    private static final Duration LONG = Duration.ofMinutes(2);
    private static final Pattern PORT = Pattern.compile("Parley serves https://localhost:(\\d+)/");

    @TempDir
    Path dir;

    @Test
    void serveAnswersOverHttpsWithItsKeystore() throws Exception {
        Path keystore = keystore();
        StringBuilder users = new StringBuilder("users:\n");
        for (var u : TestService.users()) {
            users.append("  - name: ").append(u.name()).append("\n    role: ").append(u.role())
                    .append("\n    password: \"").append(u.password()).append("\"\n");
        }
        Path config = Files.writeString(dir.resolve("parley.yaml"), "host: 127.0.0.1\nschedule:\n  cron: \"off\"\n"
                + "tls:\n  keystore: " + keystore + "\n  passwordEnv: PARLEY_TEST_TLS\n" + users);

        ParleyProcess.Result wrong = ParleyProcess.run(dir, LONG, Map.of("PARLEY_TEST_TLS", "wrong"), "serve", "--home",
                dir.resolve("home").toString(), "--config", config.toString(), "--port", "0");
        assertEquals(2, wrong.exitCode(), wrong.output());
        assertTrue(wrong.output().contains("tls.keystore " + keystore + " cannot be read as PKCS12 with the password in "
                + "PARLEY_TEST_TLS"), wrong.output());

        ParleyProcess server = ParleyProcess.start(dir, dir.resolve("serve.txt"), Map.of("PARLEY_TEST_TLS", "tls-secret-4"),
                "serve", "--home", dir.resolve("home").toString(), "--config", config.toString(), "--port", "0");
        try {
            server.awaitOutput("Parley serves https://localhost:", LONG);
            Matcher m = PORT.matcher(server.output());
            assertTrue(m.find(), server.output());
            HttpClient https = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(trusting(keystore))
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            HttpResponse<String> live = https.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + m.group(1)
                    + "/health/live")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, live.statusCode(), live.body());
            HttpResponse<String> login = https.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + m.group(1)
                    + "/login")).build(), HttpResponse.BodyHandlers.ofString());
            String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("parley_login="))
                    .findFirst().orElseThrow(() -> new AssertionError(login.headers().toString()));
            assertTrue(cookie.toLowerCase().matches(".*;\\s*secure\\s*(;.*)?"), cookie);

            ParleyProcess.Result jobs = ParleyProcess.run(dir, LONG, Map.of("PARLEY_USER", "viewer", "PARLEY_PASSWORD",
                    TestService.PASSWORDS.get("viewer")), "jobs", "--home", dir.resolve("home").toString());
            assertEquals(0, jobs.exitCode(), "a command goes through the server over HTTPS: " + jobs.output());
            assertTrue(jobs.output().startsWith("ID "), jobs.output());
            ParleyProcess.Result refused = ParleyProcess.run(dir, LONG, Map.of("PARLEY_USER", "viewer", "PARLEY_PASSWORD",
                    "nope"), "jobs", "--home", dir.resolve("home").toString());
            assertEquals(2, refused.exitCode(), refused.output());
            assertTrue(refused.output().contains("wrong user name or password"), "it reached the server: " + refused.output());
        } finally {
            server.terminate();
            server.waitFor(LONG);
        }
    }

    @Test
    void badEdgeOptionsAreRefusedAtStartNamingThem() throws Exception {
        ParleyProcess.Result url = ParleyProcess.run(dir, LONG, "serve", "--home", dir.resolve("home").toString(),
                "--port", "0", "--public-url", "parley.example.org");
        assertEquals(2, url.exitCode(), url.output());
        assertTrue(url.output().contains("parley serve: --public-url or --trusted-proxy: publicUrl 'parley.example.org' "
                + "must be an http or https address"), url.output());
        ParleyProcess.Result proxy = ParleyProcess.run(dir, LONG, "serve", "--home", dir.resolve("home").toString(),
                "--port", "0", "--trusted-proxy", "127.0.0.1", "--trusted-proxy", "10.0.0.0/40");
        assertEquals(2, proxy.exitCode(), proxy.output());
        assertTrue(proxy.output().contains("proxy.trusted: '10.0.0.0/40' is not an IP address or CIDR range"),
                proxy.output());
    }

    private Path keystore() throws Exception {
        Path keystore = dir.resolve("parley.p12");
        NginxProxy.run(dir, Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair",
                "-alias", "parley", "-keyalg", "EC", "-dname", "CN=127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", "tls-secret-4", "-ext", "SAN=ip:127.0.0.1");
        return keystore;
    }

    /** Trusts the keystore's own certificate, and nothing else. */
    private static SSLContext trusting(Path keystore) throws Exception {
        KeyStore own = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            own.load(in, "tls-secret-4".toCharArray());
        }
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        trusted.setCertificateEntry("parley", own.getCertificate("parley"));
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }
}
