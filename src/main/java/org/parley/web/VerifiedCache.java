package org.parley.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a few minutes, credentials that matched, so that HTTP Basic does not cost a full
 * PBKDF2 derivation on every request. It keeps only a keyed MAC of them, under a key that lives and
 * dies with the process.
 */
final class VerifiedCache {

    private static final long TTL_NANOS = 10L * 60 * 1_000_000_000;
    private static final int MAX = 1000;

    private final SecretKeySpec key;
    private final Map<String, Long> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > MAX;
        }
    };

    VerifiedCache() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        key = new SecretKeySpec(secret, "HmacSHA256");
    }

    synchronized boolean contains(String name, String password, String hash) {
        Long added = entries.get(mac(name, password, hash));
        return added != null && System.nanoTime() - added < TTL_NANOS;
    }

    synchronized void add(String name, String password, String hash) {
        entries.put(mac(name, password, hash), System.nanoTime());
    }

    private String mac(String name, String password, String hash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getEncoder().encodeToString(
                    mac.doFinal((name + '\0' + password + '\0' + hash).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
