package org.parley.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where a home keeps its job repository and Parley's tables: the home's embedded Derby database
 * (the default, nothing to set up), or a PostgreSQL database named by a JDBC URL.
 *
 * <p>The URL comes from {@code --database}, else {@code $PARLEY_DATABASE}, else the one the home
 * recorded when it was first opened on PostgreSQL ({@code state/database.url}), so one setting is
 * enough for every later command. The user and password may be in the URL
 * ({@code ?user=parley&password=...}) or in {@code $PARLEY_DATABASE_USER} and
 * {@code $PARLEY_DATABASE_PASSWORD}; the password is never recorded in the home.
 *
 * @param url      the JDBC URL, without user and password; null for the home's embedded Derby
 * @param user     the database user, or null
 * @param password the database password, or null
 */
public record DatabaseSetting(String url, String user, String password) {

    /** The environment variable naming a PostgreSQL database. */
    public static final String ENV = "PARLEY_DATABASE";
    public static final String USER_ENV = "PARLEY_DATABASE_USER";
    public static final String PASSWORD_ENV = "PARLEY_DATABASE_PASSWORD";

    private static final Pattern POSTGRESQL = Pattern.compile("jdbc:postgresql://[^/?#\\s]+/[^/?#\\s]+(\\?\\S*)?");

    /** The home's embedded Derby database. */
    public static DatabaseSetting embedded() {
        return new DatabaseSetting(null, null, null);
    }

    /** True for the home's embedded Derby database. */
    public boolean isEmbedded() {
        return url == null;
    }

    /** The URL to show: the database, never the password. */
    public String describe(ParleyHome home) {
        return isEmbedded() ? "embedded Derby (" + home.database() + ")" : url + (user == null ? "" : " as " + user);
    }

    /**
     * Parses a {@code jdbc:postgresql://HOST[:PORT]/DATABASE[?...]} URL; anything else is refused
     * with a message that names it (embedded Derby needs no URL).
     */
    public static DatabaseSetting parse(String given, Map<String, String> env) {
        String text = given.strip();
        if (!POSTGRESQL.matcher(text).matches()) {
            throw new IllegalArgumentException("--database '" + masked(text) + "' is not a PostgreSQL JDBC URL "
                    + "(jdbc:postgresql://HOST[:PORT]/DATABASE); without --database the home's embedded Derby is used");
        }
        String user = env.get(USER_ENV);
        String password = env.get(PASSWORD_ENV);
        int query = text.indexOf('?');
        String url = query < 0 ? text : text.substring(0, query);
        java.util.List<String> kept = new java.util.ArrayList<>();
        if (query >= 0) {
            for (String param : text.substring(query + 1).split("&")) {
                String name = param.contains("=") ? param.substring(0, param.indexOf('=')) : param;
                String value = java.net.URLDecoder.decode(param.substring(name.length() + (param.contains("=") ? 1 : 0)),
                        StandardCharsets.UTF_8);
                if (name.equalsIgnoreCase("user")) {
                    user = value;
                } else if (name.equalsIgnoreCase("password")) {
                    password = value;
                } else if (!param.isEmpty()) {
                    kept.add(param);
                }
            }
        }
        if (!kept.isEmpty()) {
            url += "?" + String.join("&", kept);
        }
        return new DatabaseSetting(url, blankToNull(user), blankToNull(password));
    }

    /**
     * The database a command uses on a home: the option, else {@code $PARLEY_DATABASE}, else the
     * home's record, else embedded Derby. A home is refused another database than the one it has
     * its runs in, naming both: its run folders refer to those runs.
     */
    public static DatabaseSetting resolve(ParleyHome home, String option, Map<String, String> env) {
        String given = option != null && !option.isBlank() ? option : env.get(ENV);
        DatabaseSetting recorded = recorded(home) == null ? null : parse(recorded(home), env);
        if (given == null || given.isBlank()) {
            return recorded == null ? embedded() : recorded;
        }
        DatabaseSetting setting = parse(given, env);
        if (recorded != null && !recorded.url().equals(setting.url())) {
            throw new IllegalArgumentException("the home " + home.root() + " keeps its runs in " + recorded.url()
                    + ", not in " + setting.url() + " (" + recordFile(home) + "); use that database, or another --home");
        }
        if (recorded == null && Files.exists(home.database())) {
            throw new IllegalArgumentException("the home " + home.root() + " keeps its runs in its embedded Derby "
                    + "database (" + home.database() + "), not in " + setting.url()
                    + "; run without --database, or give a new --home for PostgreSQL");
        }
        return setting;
    }

    /**
     * Records the PostgreSQL URL and user (never the password) in the home, readable by its owner
     * only, so later commands need no setting.
     */
    public void record(ParleyHome home) {
        if (isEmbedded()) {
            return;
        }
        String line = user == null ? url : url + (url.contains("?") ? "&" : "?") + "user="
                + java.net.URLEncoder.encode(user, StandardCharsets.UTF_8);
        if (line.equals(recorded(home))) {
            return;
        }
        try {
            Files.createDirectories(home.state());
            Path tmp = home.state().resolve("database.url.tmp");
            Files.writeString(tmp, line + "\n", StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the home folder's own permissions protect it
            }
            Files.move(tmp, recordFile(home), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the database in " + recordFile(home), e);
        }
    }

    private static String recorded(ParleyHome home) {
        Path file = recordFile(home);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? null : text;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Path recordFile(ParleyHome home) {
        return home.state().resolve("database.url");
    }

    private static String masked(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    @Override
    public String toString() {
        return isEmbedded() ? "embedded Derby" : url + (user == null ? "" : " as " + user);
    }
}
