package org.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parley.config.ServiceSettings;

class TlsContextTest {

    @TempDir
    static Path dir;
    private static Path keystore;

    /** A PKCS12 keystore with a self-signed key, made by the JDK's keytool. */
    @BeforeAll
    static void keystore() throws Exception {
        keystore = dir.resolve("parley.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "parley", "-keyalg", "EC", "-dname", "CN=localhost", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", "store-secret",
                "-ext", "SAN=dns:localhost,ip:127.0.0.1").redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertEquals(0, keytool.waitFor(), output);
    }

    @Test
    void offWithoutAKeystore() {
        assertNull(TlsContext.load(new ServiceSettings.Tls(null, null), name -> null));
    }

    @Test
    void theKeystoreWithThePasswordFromTheEnvironment() {
        assertNotNull(TlsContext.load(new ServiceSettings.Tls(keystore.toString(), "TLS_PW"),
                Map.of("TLS_PW", "store-secret")::get));
    }

    @Test
    void aWrongPasswordAMissingVariableOrFileAreRefusedNamingThem() throws Exception {
        ServiceSettings.Tls tls = new ServiceSettings.Tls(keystore.toString(), "TLS_PW");
        String wrong = assertThrows(IllegalArgumentException.class,
                () -> TlsContext.load(tls, Map.of("TLS_PW", "wrong")::get)).getMessage();
        assertTrue(wrong.startsWith("tls.keystore " + keystore + " cannot be read as PKCS12 with the password in TLS_PW"),
                wrong);
        String unset = assertThrows(IllegalArgumentException.class, () -> TlsContext.load(tls, name -> null)).getMessage();
        assertTrue(unset.startsWith("tls.passwordEnv: the environment variable TLS_PW is not set"), unset);
        Path missing = dir.resolve("none.p12");
        String none = assertThrows(IllegalArgumentException.class, () -> TlsContext.load(
                new ServiceSettings.Tls(missing.toString(), "TLS_PW"), Map.of("TLS_PW", "x")::get)).getMessage();
        assertTrue(none.startsWith("tls.keystore " + missing + " cannot be read"), none);
        Path text = Files.writeString(dir.resolve("text.p12"), "not a keystore");
        assertThrows(IllegalArgumentException.class, () -> TlsContext.load(
                new ServiceSettings.Tls(text.toString(), "TLS_PW"), Map.of("TLS_PW", "x")::get));
    }
}
