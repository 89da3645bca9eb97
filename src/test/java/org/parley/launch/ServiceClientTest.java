package org.parley.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The commands' client says what the service refused with the problem's detail. */
class ServiceClientTest {

    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/executions/1/stop", exchange -> {
            byte[] body = ("{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,"
                    + "\"detail\":\"only a running execution can be stopped\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
            exchange.sendResponseHeaders(409, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aRefusalSaysTheProblemsDetail() {
        ServiceClient client = new ServiceClient(URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
                "Basic dGVzdDp0ZXN0");
        ServiceClient.Refused refused = assertThrows(ServiceClient.Refused.class,
                () -> client.post("/api/executions/1/stop", null, HttpRequest.BodyPublishers.noBody()));
        assertEquals(409, refused.status());
        assertEquals("only a running execution can be stopped", refused.getMessage());
    }
}
