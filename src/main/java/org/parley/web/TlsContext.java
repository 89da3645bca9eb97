package org.parley.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
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
        String password = env.apply(tls.passwordEnv());
        if (password == null) {
            throw new IllegalArgumentException("tls.passwordEnv: the environment variable " + tls.passwordEnv()
                    + " is not set (it must hold the password of tls.keystore " + tls.keystore() + ")");
        }
        Path file = Path.of(tls.keystore());
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password.toCharArray());
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password.toCharArray());
            if (!holdsKey(store)) {
                throw new IllegalArgumentException("tls.keystore " + file + " holds no private key, only certificates");
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("tls.keystore " + file + " cannot be read as PKCS12 with the password in "
                    + tls.passwordEnv() + ": " + e.getMessage(), e);
        }
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
