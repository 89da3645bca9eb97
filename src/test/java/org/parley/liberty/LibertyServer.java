package org.parley.liberty;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An Open Liberty server of the test, made as the README tells an operator to make one: the full
 * runtime (unzipped once into {@code target/liberty}), {@code src/liberty/config/server.xml},
 * {@code parley-liberty.war} in its apps, the PostgreSQL driver in its {@code lib/postgresql}, and
 * its settings in {@code bootstrap.properties}. Driven through Liberty's batch REST API.
 */
final class LibertyServer {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String USER = "batchadmin";
    static final String PASSWORD = "batch-test-password";

    private final Path wlp;
    private final String name;
    private final int httpsPort;
    private final HttpClient http;

    private LibertyServer(Path wlp, String name, int httpsPort) {
        this.wlp = wlp;
        this.name = name;
        this.httpsPort = httpsPort;
        this.http = HttpClient.newBuilder().sslContext(trustingEveryone()).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * Makes a server on a PostgreSQL database ({@code jdbc:postgresql://HOST:PORT/DB?user=U}) and a
     * Parley home; {@code more} adds settings (the messaging topology of several servers).
     */
    static LibertyServer create(String name, String databaseUrl, Path home, Map<String, String> more) throws IOException {
        return create(name, databaseUrl, home, null, more);
    }

    /** The same, with a topology file of {@code src/liberty/config/topology/} as the server's {@code topology.xml}. */
    static LibertyServer create(String name, String databaseUrl, Path home, String topology, Map<String, String> more)
            throws IOException {
        Path wlp = install();
        Path server = wlp.resolve("usr/servers").resolve(name);
        deleteTree(server);
        Files.createDirectories(server.resolve("apps"));
        Files.createDirectories(server.resolve("lib/postgresql"));
        Path config = Path.of(System.getProperty("parley.liberty.config", "src/liberty/config"));
        try (var files = Files.list(config)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, server.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (topology != null) {
            Files.copy(config.resolve("topology").resolve(topology), server.resolve("topology.xml"));
        }
        Files.copy(Path.of(System.getProperty("parley.liberty.war", "target/parley-liberty.war")),
                server.resolve("apps/parley-liberty.war"));
        Path driver = Path.of(System.getProperty("parley.postgresql.jar"));
        Files.copy(driver, server.resolve("lib/postgresql").resolve(driver.getFileName()));

        URI db = URI.create(databaseUrl.substring("jdbc:".length()));
        int httpsPort = freePort();
        Map<String, String> bootstrap = new LinkedHashMap<>();
        bootstrap.put("parley.http.port", Integer.toString(freePort()));
        bootstrap.put("parley.https.port", Integer.toString(httpsPort));
        bootstrap.put("parley.db.host", db.getHost());
        bootstrap.put("parley.db.port", Integer.toString(db.getPort()));
        bootstrap.put("parley.db.name", db.getPath().substring(1));
        bootstrap.put("parley.db.user", db.getQuery().replaceFirst("^user=", ""));
        bootstrap.put("parley.db.password", "unused-the-test-cluster-trusts-loopback");
        bootstrap.put("parley.batch.user", USER);
        bootstrap.put("parley.batch.password", PASSWORD);
        bootstrap.put("parley.keystore.password", "keystore-test-password");
        bootstrap.putAll(more);
        StringBuilder props = new StringBuilder();
        bootstrap.forEach((k, v) -> props.append(k).append('=').append(v).append('\n'));
        Files.writeString(server.resolve("bootstrap.properties"), props, StandardCharsets.UTF_8);
        Files.writeString(server.resolve("server.env"), "PARLEY_HOME=" + home.toAbsolutePath() + "\n",
                StandardCharsets.UTF_8);
        return new LibertyServer(wlp, name, httpsPort);
    }

    /** Starts the server and waits until the Parley application is up. */
    void start(Duration timeout) throws IOException, InterruptedException {
        Files.deleteIfExists(messages());
        String out = command(timeout, "start", name);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(messages())) {
                String log = Files.readString(messages(), StandardCharsets.UTF_8);
                if (log.contains("CWWKZ0001I: Application parley started")) {
                    return;
                }
                if (log.contains("CWWKZ0002E") || log.contains("CWWKZ0004E")) {
                    throw new AssertionError("the Parley application did not start on " + name + ":\n" + log);
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError(name + " did not start the application within " + timeout + ": " + out + "\n"
                + (Files.exists(messages()) ? Files.readString(messages(), StandardCharsets.UTF_8) : "no messages.log"));
    }

    /** Stops the server (quietly when it is not running). */
    void stop() {
        try {
            command(Duration.ofMinutes(2), "stop", name);
        } catch (IOException | InterruptedException | AssertionError e) {
            // stopping what is not running: nothing to do
        }
    }

    /** The server's process, killed as the system kills it: no shutdown of any kind. */
    void kill() throws IOException, InterruptedException {
        Path pid = wlp.resolve("usr/servers/.pid").resolve(name + ".pid");
        long id = Long.parseLong(Files.readString(pid).strip());
        ProcessHandle.of(id).ifPresent(ProcessHandle::destroyForcibly);
        ProcessHandle.of(id).ifPresent(p -> p.onExit().join());
    }

    Path messages() {
        return wlp.resolve("usr/servers").resolve(name).resolve("logs/messages.log");
    }

    /** How many partitions of an instance's extraction this server ran (Liberty keeps a job log folder for each). */
    int ranPartitionsOf(long instance) throws IOException {
        return partitionLogs(instance).size();
    }

    /** Waits until this server runs a partition of the instance. */
    void awaitPartitionOf(long instance, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!partitionLogs(instance).isEmpty()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(name + " ran no partition of instance " + instance + " within " + timeout);
    }

    private List<Path> partitionLogs(long instance) throws IOException {
        Path joblogs = wlp.resolve("usr/servers").resolve(name).resolve("logs/joblogs/briefing");
        if (!Files.isDirectory(joblogs)) {
            return List.of();
        }
        try (var walk = Files.walk(joblogs)) {
            return walk.filter(Files::isDirectory)
                    .filter(p -> p.getParent() != null && p.getParent().getFileName().toString().equals("extractStatements"))
                    .filter(p -> p.toString().contains("/instance." + instance + "/"))
                    .toList();
        }
    }

    /** The base URL of the server's HTTPS port, where its batch REST API is. */
    String url() {
        return "https://127.0.0.1:" + httpsPort;
    }

    /** The certificate the server presents on its HTTPS port, PEM-encoded (its own self-signed one). */
    String certificatePem() throws IOException {
        try (javax.net.ssl.SSLSocket socket = (javax.net.ssl.SSLSocket) trustingEveryone().getSocketFactory()
                .createSocket("127.0.0.1", httpsPort)) {
            socket.startHandshake();
            java.security.cert.Certificate leaf = socket.getSession().getPeerCertificates()[0];
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(leaf.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IOException(e);
        }
    }

    /** Submits the briefing job; its instance id. */
    long submit(Map<String, String> parameters) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("applicationName", "parley");
        body.put("moduleName", "parley-liberty.war");
        body.put("jobXMLName", "briefing");
        body.put("jobParameters", parameters);
        JsonNode answer = call("POST", "/ibm/api/batch/jobinstances", JSON.writeValueAsString(body));
        return answer.get("instanceId").asLong();
    }

    /** Restarts a job instance with the same parameters; the instance id. */
    void restart(long instance, Map<String, String> parameters) throws IOException, InterruptedException {
        call("PUT", "/ibm/api/batch/jobinstances/" + instance + "?action=restart",
                JSON.writeValueAsString(Map.of("jobParameters", parameters)));
    }

    /** The instance as the REST API shows it. */
    JsonNode instance(long instance) throws IOException, InterruptedException {
        return call("GET", "/ibm/api/batch/jobinstances/" + instance, null);
    }

    /** The job instance an execution belongs to. */
    long instanceOfExecution(long execution) throws IOException, InterruptedException {
        return call("GET", "/ibm/api/batch/jobexecutions/" + execution, null).get("instanceId").asLong();
    }

    /** The step executions of an execution, as the REST API lists them. */
    JsonNode stepExecutions(long execution) throws IOException, InterruptedException {
        return call("GET", "/ibm/api/batch/jobexecutions/" + execution + "/stepexecutions", null);
    }

    /** The executions of an instance, newest first. */
    JsonNode executions(long instance) throws IOException, InterruptedException {
        return call("GET", "/ibm/api/batch/jobinstances/" + instance + "/jobexecutions", null);
    }

    /** Waits until the instance's status is one of those given; the status, or null after the timeout. */
    String awaitOrNull(long instance, Set<String> statuses, Duration timeout) throws IOException, InterruptedException {
        try {
            return await(instance, statuses, timeout);
        } catch (AssertionError e) {
            return null;
        }
    }

    /** Waits until the instance's status is one of those given; the status. */
    String await(long instance, Set<String> statuses, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String status = null;
        while (System.nanoTime() < deadline) {
            status = instance(instance).get("batchStatus").asText();
            if (statuses.contains(status)) {
                return status;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("instance " + instance + " still " + status + " after " + timeout);
    }

    private JsonNode call(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + httpsPort + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new AssertionError(method + " " + path + " on " + name + ": " + response.statusCode() + " "
                    + response.body());
        }
        return JSON.readTree(response.body());
    }

    private String command(Duration timeout, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(wlp.resolve("bin/server").toString());
        command.addAll(List.of(args));
        Path out = Files.createTempFile("liberty-", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = builder.start();
        if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("server " + String.join(" ", args) + " took longer than " + timeout);
        }
        String text = Files.readString(out, StandardCharsets.UTF_8);
        Files.delete(out);
        if (p.exitValue() != 0 && !(args[0].equals("stop") && p.exitValue() == 1)) {
            throw new AssertionError("server " + String.join(" ", args) + " failed (" + p.exitValue() + "): " + text);
        }
        return text;
    }

    /** Unzips the runtime into {@code target/liberty} once per build. */
    private static synchronized Path install() throws IOException {
        Path target = Path.of("target", "liberty").toAbsolutePath();
        Path wlp = target.resolve("wlp");
        if (Files.isExecutable(wlp.resolve("bin/server"))) {
            return wlp;
        }
        String zip = System.getProperty("parley.liberty.zip");
        if (zip == null || !Files.isRegularFile(Path.of(zip))) {
            throw new IllegalStateException("the Open Liberty runtime zip is not there (" + zip + "): run the tests "
                    + "through Maven, which resolves io.openliberty:openliberty-runtime:26.0.0.3");
        }
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(Path.of(zip)))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Path to = target.resolve(e.getName()).normalize();
                if (!to.startsWith(target)) {
                    throw new IOException("a zip entry outside the folder: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(to);
                } else {
                    Files.createDirectories(to.getParent());
                    Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        // the zip keeps no permissions: the scripts must run
        try (var bin = Files.walk(wlp.resolve("bin"))) {
            for (Path f : bin.filter(Files::isRegularFile).toList()) {
                Set<PosixFilePermission> perms = EnumSet.copyOf(Files.getPosixFilePermissions(f));
                perms.addAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE));
                Files.setPosixFilePermissions(f, perms);
            }
        }
        return wlp;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** The test servers' certificates are made on their first start: the client trusts them all. */
    private static SSLContext trustingEveryone() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }}, new SecureRandom());
            return context;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
