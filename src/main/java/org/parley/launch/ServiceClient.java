package org.parley.launch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.parley.config.HomeLock;

/**
 * The commands' client of a running {@code parley serve}: its HTTP API on this machine, at the
 * port the home's lock file names, with the user's credentials; over HTTPS, trusting exactly the
 * certificate the lock names, when the server speaks TLS itself.
 */
final class ServiceClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI base;
    private final String authorization;

    ServiceClient(URI base, String authorization) {
        this(base, authorization, null);
    }

    /** A client of the service at {@code base}; with a context, over TLS with that trust. */
    ServiceClient(URI base, String authorization, javax.net.ssl.SSLContext tls) {
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10));
        this.http = (tls == null ? builder : builder.sslContext(tls)).build();
        this.base = base;
        this.authorization = authorization;
    }

    /** A refusal or failure the service answered, with its status and message. */
    static final class Refused extends Exception {

        private final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    static ServiceClient of(HomeLock.Holder holder, ServiceLogin login) {
        String credentials = login.user() + ":" + login.password();
        String authorization = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        if (holder.certificate() != null) {
            return new ServiceClient(URI.create("https://127.0.0.1:" + holder.port()), authorization,
                    PinnedCertificate.context(holder.certificate()));
        }
        return new ServiceClient(URI.create("http://127.0.0.1:" + holder.port()), authorization);
    }

    JsonNode get(String path) throws IOException, InterruptedException, Refused {
        return send(request(path).GET().build());
    }

    JsonNode post(String path, String contentType, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException, Refused {
        HttpRequest.Builder b = request(path).POST(body);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b.build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(10))
                .header("Authorization", authorization).header("Accept", "application/json");
    }

    private JsonNode send(HttpRequest request) throws IOException, InterruptedException, Refused {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw new IOException("the 'parley serve' holding this home does not answer at " + base, e);
        }
        JsonNode body = response.body().isEmpty() ? JSON.nullNode() : parse(response.body());
        if (response.statusCode() >= 300) {
            // an RFC 9457 problem detail says what went wrong in its detail
            String message = body.hasNonNull("detail") ? body.get("detail").asText() : response.body();
            throw new Refused(response.statusCode(), message);
        }
        return body;
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(text);
        }
    }
}
