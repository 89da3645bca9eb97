package org.parley.launch;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What {@code run --liberty} refuses before it sends anything, each time naming the setting. */
class LibertyRunTest {

    private static final Map<String, String> CREDENTIALS = Map.of(LibertyRun.USER_VARIABLE, "batchadmin",
            LibertyRun.PASSWORD_VARIABLE, "secret");

    private static String refusal(String url, Path certificate, Map<String, String> env) {
        return assertThrows(IllegalArgumentException.class, () -> LibertyRun.of(url, certificate, env, System.out))
                .getMessage();
    }

    @Test
    void aUrlThatIsNoServerOrWouldSendThePasswordInTheClearIsRefused() {
        assertTrue(refusal("ftp://host:9443", null, CREDENTIALS).contains("https://HOST:PORT"));
        assertTrue(refusal("not a url", null, CREDENTIALS).startsWith("--liberty not a url"));
        assertTrue(refusal("http://example.org:9080", null, CREDENTIALS).contains("in the clear"));
    }

    @Test
    void missingCredentialsOrCertificateAreNamed() {
        assertTrue(refusal("https://127.0.0.1:9443", null, Map.of()).contains(LibertyRun.PASSWORD_VARIABLE));
        assertTrue(refusal("https://127.0.0.1:9443", Path.of("/nonexistent/liberty.pem"), CREDENTIALS)
                .startsWith("--liberty-certificate /nonexistent/liberty.pem"));
    }
}
