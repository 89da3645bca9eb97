package org.parley.web;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashes for the configuration: PBKDF2 with HMAC-SHA-512, a random 16-byte salt and
 * 210,000 iterations (OWASP's figure for this function), written
 * {@code pbkdf2-sha512$<iterations>$<salt>$<hash>} with unpadded Base64.
 */
public final class PasswordHash {

    static final String PREFIX = "pbkdf2-sha512";
    static final int ITERATIONS = 210_000;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 512;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final AtomicLong DERIVATIONS = new AtomicLong();

    private PasswordHash() {
    }

    /** A new hash of a password, with a fresh salt. */
    public static String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return encode(ITERATIONS, salt, derive(password, salt, ITERATIONS));
    }

    /** Whether the password matches the hash; the comparison takes the same time wherever they differ. */
    public static boolean verify(char[] password, String encoded) {
        Parsed p = parse(encoded);
        return MessageDigest.isEqual(p.hash(), derive(password, p.salt(), p.iterations()));
    }

    /**
     * How many derivations this process has made, by {@link #hash} and {@link #verify}: each costs a
     * tenth of a second of a core, so a test counts them to prove that a refused sign-in cost none.
     */
    static long derivations() {
        return DERIVATIONS.get();
    }

    /** Checks that a configured hash is one this class wrote; fails with what is wrong. */
    public static void check(String encoded) {
        parse(encoded);
    }

    private record Parsed(int iterations, byte[] salt, byte[] hash) {
    }

    private static Parsed parse(String encoded) {
        String[] parts = encoded == null ? new String[0] : encoded.split("\\$");
        if (parts.length != 4 || !parts[0].equals(PREFIX)) {
            throw new IllegalArgumentException("not a Parley password hash (" + PREFIX
                    + "$iterations$salt$hash); make one with 'parley passwd'");
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] hash = Base64.getDecoder().decode(parts[3]);
            if (iterations < 1 || salt.length < 8 || hash.length != KEY_BITS / 8) {
                throw new IllegalArgumentException("a password hash with a bad iteration count, salt or length");
            }
            return new Parsed(iterations, salt, hash);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a malformed password hash: " + e.getMessage(), e);
        }
    }

    private static String encode(int iterations, byte[] salt, byte[] hash) {
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        DERIVATIONS.incrementAndGet();
        KeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every Java runtime", e);
        } finally {
            ((PBEKeySpec) spec).clearPassword();
        }
    }
}
