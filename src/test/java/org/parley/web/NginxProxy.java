package org.parley.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Debian's nginx as a TLS reverse proxy on a free port in front of a local HTTP port, as the README
 * configures it, with a self-signed certificate for 127.0.0.1 made by openssl; it connects to the
 * service from {@link #PEER}, so that the service can tell it from the test's own requests.
 */
final class NginxProxy implements AutoCloseable {

    static final Path NGINX = Path.of("/usr/sbin/nginx");
    /** The address nginx connects to the service from: the only trusted proxy. */
    static final String PEER = "127.0.0.2";

    private final Process process;
    private final int port;
    private final SSLContext trust;

    private NginxProxy(Process process, int port, SSLContext trust) {
        this.process = process;
        this.port = port;
        this.trust = trust;
    }

    static boolean available() {
        return Files.isExecutable(NGINX) && Files.isExecutable(Path.of("/usr/bin/openssl"));
    }

    /** Starts nginx in {@code dir} in front of {@code http://127.0.0.1:upstream}; fails when it does not listen within 30 s. */
    static NginxProxy start(Path dir, int upstream) throws Exception {
        run(dir, "/usr/bin/openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
                "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", "key.pem", "-out", "cert.pem");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Files.createDirectories(dir.resolve("temp"));
        Files.writeString(dir.resolve("nginx.conf"), config(dir, port, upstream));
        Process process = new ProcessBuilder(NGINX.toString(), "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString(),
                "-e", dir.resolve("error.log").toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("nginx.out").toFile()).start();
        NginxProxy proxy = new NginxProxy(process, port, trusting(dir.resolve("cert.pem")));
        proxy.awaitListening(dir, Duration.ofSeconds(30));
        return proxy;
    }

    /** The README's proxy settings, with nginx's paths all under {@code dir}. */
    private static String config(Path dir, int port, int upstream) {
        String temp = dir.resolve("temp").toString();
        return """
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log;
                events { }
                http {
                    access_log off;
                    client_body_temp_path %2$s/body; proxy_temp_path %2$s/proxy; fastcgi_temp_path %2$s/fastcgi;
                    uwsgi_temp_path %2$s/uwsgi; scgi_temp_path %2$s/scgi;
                    server {
                        listen 127.0.0.1:%3$d ssl;
                        ssl_certificate %1$s/cert.pem;
                        ssl_certificate_key %1$s/key.pem;
                        location / {
                            proxy_pass http://127.0.0.1:%4$d;
                            proxy_bind %5$s;
                            proxy_set_header Host $host;
                            proxy_set_header X-Forwarded-Proto $scheme;
                            proxy_set_header X-Forwarded-Host $http_host;
                            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                        }
                    }
                }
                """.formatted(dir, temp, port, upstream, PEER);
    }

    /** The HTTPS port. */
    int port() {
        return port;
    }

    /** A TLS context that trusts the proxy's certificate (and nothing else). */
    SSLContext trust() {
        return trust;
    }

    private void awaitListening(Path dir, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IOException("nginx did not listen on " + port + ": " + Files.readString(dir.resolve("nginx.out"))
                            + (Files.exists(dir.resolve("error.log")) ? Files.readString(dir.resolve("error.log")) : ""), e);
                }
                Thread.sleep(50);
            }
        }
    }

    private static SSLContext trusting(Path pem) throws Exception {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        try (InputStream in = Files.newInputStream(pem)) {
            store.setCertificateEntry("proxy", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }

    static void run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
