package org.parley.config;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The settings of {@code parley serve}: embedded defaults, overridden by a YAML file
 * ({@code --config FILE}, documented in the README). Every key is optional.
 *
 * @param port      the HTTP port (the {@code --port} option wins)
 * @param host      the address to listen on (default {@code 0.0.0.0}, every interface)
 * @param inbox     the folder of article sets a run may be started on; relative paths are under the home
 * @param runs      how many runs may go at once, and when a running one that does not move is stalled
 * @param users     who may use the service; none means the home's generated {@code admin}
 * @param schedule  the nightly run
 * @param retention which old run folders are pruned
 * @param database  a PostgreSQL JDBC URL for the home's database (the {@code --database} option and
 *                  {@code PARLEY_DATABASE} win); none: as the home recorded, else embedded Derby
 * @param publicUrl the address browsers use, behind a reverse proxy ({@code https://parley.example.org/});
 *                  none: the trusted proxy's forwarded headers, else the request's own address
 * @param proxy     the reverse proxies whose forwarded headers are believed
 * @param tls       HTTPS served by Parley itself; none: plain HTTP
 */
public record ServiceSettings(Integer port, String host, String inbox, Runs runs, List<User> users, Schedule schedule,
                             Retention retention, String database, @JsonProperty("publicUrl") String publicUrl,
                             Proxy proxy, Tls tls) {

    /** The default HTTP port. */
    public static final int DEFAULT_PORT = 8080;

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public ServiceSettings {
        port = port == null ? DEFAULT_PORT : port;
        host = host == null || host.isBlank() ? "0.0.0.0" : host;
        inbox = inbox == null || inbox.isBlank() ? "inbox" : inbox;
        runs = runs == null ? new Runs(null, null) : runs;
        users = users == null ? List.of() : List.copyOf(users);
        schedule = schedule == null ? new Schedule(null, null, null) : schedule;
        retention = retention == null ? new Retention(null, null) : retention;
        database = database == null || database.isBlank() ? null : database.strip();
        publicUrl = publicUrl == null || publicUrl.isBlank() ? null : checkPublicUrl(publicUrl.strip());
        proxy = proxy == null ? new Proxy(null) : proxy;
        tls = tls == null ? new Tls(null, null) : tls;
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not a TCP port");
        }
    }

    /** The embedded defaults. */
    public static ServiceSettings defaults() {
        return new ServiceSettings(null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Reads a settings file; a missing file, a bad value or an unknown key fails with a message that names it. */
    public static ServiceSettings load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("the configuration file " + file + " does not exist");
        }
        try {
            ServiceSettings settings = YAML.readValue(file.toFile(), ServiceSettings.class);
            return settings == null ? defaults() : settings;
        } catch (UnrecognizedPropertyException e) {
            throw new IOException(file + ": unknown setting '" + e.getPropertyName() + "' (known: "
                    + e.getKnownPropertyIds() + ")", e);
        } catch (IOException | IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    /** The inbox folder, resolved against the home when relative. */
    public Path inboxFolder(ParleyHome home) {
        return home.root().resolve(inbox).toAbsolutePath().normalize();
    }

    /** A copy with another port. */
    public ServiceSettings withPort(int newPort) {
        return new ServiceSettings(newPort, host, inbox, runs, users, schedule, retention, database, publicUrl, proxy, tls);
    }

    /** A copy whose running executions count as stalled after {@code age} without progress (null: as set). */
    public ServiceSettings withStalledAfter(String age) {
        return age == null ? this : new ServiceSettings(port, host, inbox, new Runs(runs.concurrent(), age), users, schedule,
                retention, database, publicUrl, proxy, tls);
    }

    /** A copy with the command line's public URL (null: this one) and trusted proxies (empty: these). */
    public ServiceSettings withEdge(String newPublicUrl, List<String> trusted) {
        return new ServiceSettings(port, host, inbox, runs, users, schedule, retention, database,
                newPublicUrl == null ? publicUrl : newPublicUrl, trusted.isEmpty() ? proxy : new Proxy(trusted), tls);
    }

    /** The public URL as its origin ({@code https://host[:port]}), which is all of it the service uses. */
    private static String checkPublicUrl(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("publicUrl '" + url + "' is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null || uri.getRawUserInfo() != null
                || !(uri.getRawPath().isEmpty() || uri.getRawPath().equals("/")) || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("publicUrl '" + url + "' must be an http or https address with a host and "
                    + "no path (like https://parley.example.org/): the page is served at the root");
        }
        return url;
    }

    /** @param trusted addresses and CIDR ranges of the proxies whose X-Forwarded-* and Forwarded headers are believed */
    public record Proxy(List<String> trusted) {
        public Proxy {
            trusted = trusted == null ? List.of() : List.copyOf(trusted);
            for (String t : trusted) {
                try {
                    AddressRange.parse(t);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("proxy.trusted: " + e.getMessage(), e);
                }
            }
        }

        /** The trusted ranges. */
        public List<AddressRange> ranges() {
            return trusted.stream().map(AddressRange::parse).toList();
        }
    }

    /**
     * HTTPS served by Parley itself.
     *
     * @param keystore    a PKCS12 file with the server's key and certificate chain; none: plain HTTP
     * @param passwordEnv the environment variable that holds the keystore's password (never the password itself)
     */
    public record Tls(String keystore, @JsonProperty("passwordEnv") String passwordEnv) {
        public Tls {
            keystore = keystore == null || keystore.isBlank() ? null : keystore.strip();
            passwordEnv = passwordEnv == null || passwordEnv.isBlank() ? null : passwordEnv.strip();
            if (keystore != null && passwordEnv == null) {
                throw new IllegalArgumentException("tls.passwordEnv must name the environment variable that holds "
                        + "the password of tls.keystore");
            }
        }

        /** Whether Parley serves HTTPS. */
        public boolean enabled() {
            return keystore != null;
        }
    }

    /**
     * @param concurrent   runs that may go at once; more are queued (default 1)
     * @param stalledAfter how long a running execution may show no progress before it is reported
     *                     stalled: minutes or hours ({@code 15m}, {@code 2h}; default {@value #STALLED_AFTER})
     */
    public record Runs(Integer concurrent, @JsonProperty("stalledAfter") String stalledAfter) {

        /** The default of {@code stalledAfter}. */
        public static final String STALLED_AFTER = "15m";

        private static final Pattern AGE = Pattern.compile("([0-9]{1,5})\\s*([mh])");

        public Runs {
            concurrent = concurrent == null ? 1 : concurrent;
            if (concurrent < 1) {
                throw new IllegalArgumentException("runs.concurrent must be at least 1");
            }
            stalledAfter = stalledAfter == null || stalledAfter.isBlank() ? STALLED_AFTER : stalledAfter.strip();
            age(stalledAfter);
        }

        public Runs(Integer concurrent) {
            this(concurrent, null);
        }

        /** How long a running execution may show no progress before it is reported stalled. */
        public Duration stalled() {
            return age(stalledAfter);
        }

        private static Duration age(String value) {
            Matcher m = AGE.matcher(value);
            long n = m.matches() ? Long.parseLong(m.group(1)) : 0;
            if (n < 1) {
                throw new IllegalArgumentException("runs.stalledAfter must be minutes or hours, at least 1m (15m, 2h), not '"
                        + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'");
            }
            return m.group(2).equals("h") ? Duration.ofHours(n) : Duration.ofMinutes(n);
        }
    }

    /**
     * One user of the service.
     *
     * @param name     the login name
     * @param role     {@code viewer}, {@code analyst} or {@code admin}
     * @param password the PBKDF2 hash that {@code parley passwd} prints
     */
    public record User(String name, String role, String password) {
        public User {
            if (name == null || name.isBlank() || role == null || password == null) {
                throw new IllegalArgumentException("every user needs a name, a role and a password hash");
            }
        }
    }

    /**
     * The nightly run.
     *
     * @param cron     a Unix cron expression (minute hour day-of-month month day-of-week); "off" for none
     * @param zone     the time zone the expression is read in
     * @param whenBusy {@code wait} (run when the running run ends) or {@code skip}
     */
    public record Schedule(String cron, String zone, @JsonProperty("whenBusy") String whenBusy) {
        public Schedule {
            cron = cron == null ? "0 2 * * *" : cron.strip();
            zone = zone == null ? "UTC" : zone;
            whenBusy = whenBusy == null ? "wait" : whenBusy;
            if (!whenBusy.equals("wait") && !whenBusy.equals("skip")) {
                throw new IllegalArgumentException("schedule.whenBusy must be wait or skip, not " + whenBusy);
            }
        }

        /** Whether a nightly run is scheduled at all. */
        public boolean enabled() {
            return !cron.isEmpty() && !cron.equalsIgnoreCase("off");
        }
    }

    /**
     * Which run folders are pruned; the latest folder of every round always stays.
     *
     * @param keepRuns   keep at most this many run folders (0: no limit)
     * @param maxAgeDays delete run folders older than this (0: no limit)
     */
    public record Retention(Integer keepRuns, Integer maxAgeDays) {
        public Retention {
            keepRuns = keepRuns == null ? 0 : keepRuns;
            maxAgeDays = maxAgeDays == null ? 0 : maxAgeDays;
            if (keepRuns < 0 || maxAgeDays < 0) {
                throw new IllegalArgumentException("retention values cannot be negative");
            }
        }
    }
}
