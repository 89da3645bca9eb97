package org.parley.web;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.parley.config.ParleyHome;
import org.parley.config.ServiceSettings;

/**
 * The users of the service: those in the configuration, else those the home keeps in
 * {@code state/users.yaml}. On a first start with neither, it creates {@code admin} with a random
 * password, prints the password once and keeps only its hash.
 */
public final class UserDirectory {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();
    /** Checked against when the name is unknown, so that a wrong name costs as long as a wrong password. */
    private static final String DECOY = PasswordHash.hash("decoy".toCharArray());

    private final Map<String, ServiceSettings.User> users;
    private final VerifiedCache verified = new VerifiedCache();
    private final SignInThrottle throttle;

    private UserDirectory(Map<String, ServiceSettings.User> users) {
        this(users, new SignInThrottle());
    }

    UserDirectory(Map<String, ServiceSettings.User> users, SignInThrottle throttle) {
        this.users = users;
        this.throttle = throttle;
    }

    /** A user who has proved who they are. */
    public record User(String name, Role role) {
    }

    /** The configured users, else the home's; creates the first admin when there are none. */
    public static UserDirectory load(List<ServiceSettings.User> configured, ParleyHome home, PrintStream out)
            throws IOException {
        List<ServiceSettings.User> list = configured;
        if (list.isEmpty()) {
            Path file = file(home);
            list = Files.exists(file) ? YAML.readValue(file.toFile(), new TypeReference<List<ServiceSettings.User>>() { })
                    : List.of(createAdmin(file, out));
        }
        Map<String, ServiceSettings.User> byName = new HashMap<>();
        for (ServiceSettings.User u : list) {
            Role.of(u.role());
            try {
                PasswordHash.check(u.password());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("user '" + u.name() + "': " + e.getMessage(), e);
            }
            if (byName.put(u.name(), u) != null) {
                throw new IllegalArgumentException("user '" + u.name() + "' is configured twice");
            }
        }
        return new UserDirectory(byName);
    }

    /** Where the home keeps the users it created. */
    public static Path file(ParleyHome home) {
        return home.state().resolve("users.yaml");
    }

    /**
     * An attempt to sign in: the user, when the name and password matched; for a failure,
     * {@code audit} says what the audit log should keep of it, or is null when its burst is already
     * there (see {@link SignInThrottle}).
     */
    public record Attempt(Optional<User> user, String address, String audit) {

        /** The audit entry's detail: how ({@code basic}, {@code page}), from where, and the burst's note. */
        public String detail(String how) {
            return how + " from " + (address == null ? "an unknown address" : address) + ": " + audit;
        }
    }

    /**
     * Checks a name and password sent from {@code address}; {@link SignInThrottle.TooMany} when too
     * many wrong passwords for the name or from the address came just before, or too many checks at once.
     */
    public Attempt authenticate(String name, String password, String address) {
        ServiceSettings.User u = users.get(name);
        if (u != null && verified.contains(name, password, u.password())) {
            return new Attempt(Optional.of(new User(u.name(), Role.of(u.role()))), address, null);
        }
        SignInThrottle.Result result = throttle.check(name, address, u != null, () -> {
            if (u == null) {
                PasswordHash.verify(password.toCharArray(), DECOY); // a wrong name costs as long as a wrong password
                return false;
            }
            return PasswordHash.verify(password.toCharArray(), u.password());
        });
        if (!result.ok()) {
            return new Attempt(Optional.empty(), address, result.audit());
        }
        verified.add(name, password, u.password());
        return new Attempt(Optional.of(new User(u.name(), Role.of(u.role()))), address, null);
    }

    /** Credentials that could not be read, which count against the address like a wrong password. */
    public Attempt unreadable(String address) {
        return new Attempt(Optional.empty(), address, throttle.unreadable(address).audit());
    }

    /** The configured users' names, sorted. */
    public List<String> names() {
        return users.keySet().stream().sorted().toList();
    }

    /** A user by name (for a session), if still configured. */
    public Optional<User> find(String name) {
        return Optional.ofNullable(users.get(name)).map(u -> new User(u.name(), Role.of(u.role())));
    }

    private static ServiceSettings.User createAdmin(Path file, PrintStream out) throws IOException {
        SecureRandom random = new SecureRandom();
        char[] password = new char[20];
        for (int i = 0; i < password.length; i++) {
            password[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        ServiceSettings.User admin = new ServiceSettings.User("admin", Role.ADMIN_NAME, PasswordHash.hash(password));
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), ".users", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.write(temp, YAML.writeValueAsString(List.of(admin)).getBytes(StandardCharsets.UTF_8));
        Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        out.println("No users are configured: created the user 'admin' with the password " + new String(password));
        out.println("This password is shown only once; its hash is kept in " + file
                + ". Configure users (see 'parley passwd') to replace it.");
        out.flush();
        return admin;
    }
}
