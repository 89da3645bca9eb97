package org.parley.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the tests of one JVM: Debian's {@code postgresql} package
 * ({@code ./run-tests} installs it), a fresh cluster in a temporary folder on a free loopback port,
 * stopped when the JVM ends. As root (PostgreSQL refuses to run as root) it runs as the
 * {@code postgres} user the package creates. Each test takes a database of its own.
 */
public final class TestPostgres {

    /** The system property that asks whole-job tests to run on PostgreSQL instead of Derby. */
    public static final String PROPERTY = "parley.test.database";

    private static TestPostgres server;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final Path bin;
    private final Path dir;
    private final int port;
    private final boolean asPostgresUser;

    private TestPostgres(Path bin, Path dir, int port, boolean asPostgresUser) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** True when the build asked for the whole-job tests on PostgreSQL. */
    public static boolean wanted() {
        return "postgresql".equals(System.getProperty(PROPERTY));
    }

    /** The JVM's server, started on first use. */
    public static synchronized TestPostgres get() {
        if (server == null) {
            server = start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    /** A new, empty database; its JDBC URL (user in the URL, no password: the cluster trusts loopback). */
    public String newDatabase(String prefix) {
        String name = (prefix + "_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet())
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        try (Connection c = DriverManager.getConnection(url("postgres"));
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + name + ": " + e.getMessage(), e);
        }
        return url(name);
    }

    private String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=parley";
    }

    private static TestPostgres start() {
        Path bin = binaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        try {
            Path dir = Files.createTempDirectory("parley-pg-");
            if (root) {
                UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
                Files.setOwner(dir, postgres);
            }
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            TestPostgres pg = new TestPostgres(bin, dir, port, root);
            pg.exec(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", "parley",
                    "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"), "initdb");
            pg.exec(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
                    dir.resolve("server.log").toString(), "-w", "-t", "60", "-o",
                    "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off "
                            + "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200 "
                            // several Liberty servers commit a job's rows and its JMS message together (two-phase)
                            + "-c max_prepared_transactions=100", "start"),
                    "pg_ctl start");
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the test PostgreSQL server", e);
        }
    }

    private void stop() {
        try {
            exec(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate",
                    "-w", "stop"), "pg_ctl stop");
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                // a temporary folder: the system cleans it
            }
        }
    }

    private void exec(List<String> command, String what) {
        List<String> full = new ArrayList<>();
        if (asPostgresUser) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        try {
            Path out = Files.createTempFile("parley-pg-", ".txt");
            Process p = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(out.toFile())
                    .directory(dir.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(what + " did not finish in 120 s");
            }
            String output = Files.readString(out, StandardCharsets.UTF_8);
            Files.delete(out);
            if (p.exitValue() != 0) {
                throw new IllegalStateException(what + " failed (exit " + p.exitValue() + "): " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(what + " interrupted", e);
        }
    }

    /** The newest installed server binaries, or $PARLEY_TEST_PG_BIN. */
    private static Path binaries() {
        String given = System.getenv("PARLEY_TEST_PG_BIN");
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .max(Comparator.comparingInt(b -> Integer.parseInt(b.getParent().getFileName().toString()
                                .replaceAll("\\D", "0"))))
                        .orElseThrow(TestPostgres::missing);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw missing();
    }

    private static IllegalStateException missing() {
        return new IllegalStateException("these tests need a PostgreSQL server: install Debian's postgresql package "
                + "(./run-tests does), or set PARLEY_TEST_PG_BIN to a folder holding initdb and pg_ctl");
    }
}
