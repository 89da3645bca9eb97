package org.parley.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.Collections;
import java.util.function.UnaryOperator;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import org.parley.config.ServiceSettings;

/** The TLS context of {@code tls.keystore}, a PKCS12 file whose password is in the environment variable {@code tls.passwordEnv}. */
public final class TlsContext {

    private TlsContext() {
    }

    /** The context, or null when TLS is off; a missing or unreadable keystore or password fails with a message naming it. */
    public static SSLContext load(ServiceSettings.Tls tls, UnaryOperator<String> env) {
        if (!tls.enabled()) {
            return null;
        }
        String password = password(tls, env);
        KeyStore store = keystore(tls, password);
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("tls.keystore " + tls.keystore() + " cannot be used: " + e.getMessage(), e);
        }
    }

    /**
     * The certificate the service presents (its key's), PEM-encoded, or null when TLS is off: the
     * commands that go through the service trust exactly this one.
     */
    public static String certificate(ServiceSettings.Tls tls, UnaryOperator<String> env) {
        if (!tls.enabled()) {
            return null;
        }
        KeyStore store = keystore(tls, password(tls, env));
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    return pem(store.getCertificate(alias));
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("tls.keystore " + tls.keystore() + " cannot be used: " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("tls.keystore " + tls.keystore() + " holds no private key, only certificates");
    }

    private static String password(ServiceSettings.Tls tls, UnaryOperator<String> env) {
        String password = env.apply(tls.passwordEnv());
        if (password == null) {
            throw new IllegalArgumentException("tls.passwordEnv: the environment variable " + tls.passwordEnv()
                    + " is not set (it must hold the password of tls.keystore " + tls.keystore() + ")");
        }
        return password;
    }

    private static KeyStore keystore(ServiceSettings.Tls tls, String password) {
        Path file = Path.of(tls.keystore());
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password.toCharArray());
            if (!holdsKey(store)) {
                throw new IllegalArgumentException("tls.keystore " + file + " holds no private key, only certificates");
            }
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("tls.keystore " + file + " cannot be read as PKCS12 with the password in "
                    + tls.passwordEnv() + ": " + e.getMessage(), e);
        }
    }

    private static String pem(Certificate certificate) throws GeneralSecurityException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(certificate.getEncoded());
        return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n";
    }

    private static boolean holdsKey(KeyStore store) throws KeyStoreException {
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                return true;
            }
        }
        return false;
    }
}
