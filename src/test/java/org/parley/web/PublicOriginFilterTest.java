package org.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;

import org.parley.config.AddressRange;

/** The filter in a Jersey application without a server: which origin and client address a resource sees. */
class PublicOriginFilterTest {

    private static final Edge PROXIED = new Edge(null, List.of(AddressRange.parse("10.0.0.2")), null);

    /** Says what the filter made of the request: its base, the public origin and the client's address. */
    @Path("seen")
    public static final class SeenResource {
        @GET
        public String seen(@Context UriInfo uri, @Context ContainerRequestContext request) {
            return uri.getRequestUri() + " " + request.getProperty(PublicOriginFilter.PROPERTY) + " "
                    + ClientAddress.of(request);
        }
    }

    @Test
    void aTrustedProxysForwardedOriginAndClientAreTheRequests() throws Exception {
        assertEquals("https://parley.example.org/seen?x=1 https://parley.example.org 203.0.113.7",
                seen(PROXIED, "10.0.0.2", Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host", "parley.example.org",
                        "X-Forwarded-For", "198.51.100.1, 203.0.113.7")));
    }

    @Test
    void aTrustedProxysRfc7239Forwarded() throws Exception {
        assertEquals("https://parley.example.org:8443/seen?x=1 https://parley.example.org:8443 2001:db8::7",
                seen(PROXIED, "10.0.0.2", Map.of("Forwarded", "for=\"[2001:db8::7]:5000\";proto=https;host=\"parley.example.org:8443\"")));
    }

    @Test
    void withoutAForwardedHostTheProxysHostHeaderIsUsed() throws Exception {
        assertEquals("https://parley.example.org/seen?x=1 https://parley.example.org 10.0.0.2",
                seen(PROXIED, "10.0.0.2", Map.of("X-Forwarded-Proto", "https", "Host", "parley.example.org")));
    }

    @Test
    void theSameHeadersFromAnUntrustedPeerAreIgnored() throws Exception {
        assertEquals("http://127.0.0.1:8080/seen?x=1 null 10.0.0.9",
                seen(PROXIED, "10.0.0.9", Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host", "parley.example.org",
                        "X-Forwarded-For", "203.0.113.7", "Forwarded", "for=203.0.113.7;proto=https;host=evil.example")));
    }

    @Test
    void thePublicUrlWinsOverWhatTheProxyForwardsAndHoldsForAnyPeer() throws Exception {
        Edge edge = new Edge("https://parley.example.org", List.of(AddressRange.parse("10.0.0.2")), null);
        assertEquals("https://parley.example.org/seen?x=1 https://parley.example.org 203.0.113.7",
                seen(edge, "10.0.0.2", Map.of("X-Forwarded-Proto", "http", "X-Forwarded-Host", "other.example",
                        "X-Forwarded-For", "203.0.113.7")));
        assertEquals("https://parley.example.org/seen?x=1 https://parley.example.org 10.0.0.9",
                seen(edge, "10.0.0.9", Map.of("X-Forwarded-For", "203.0.113.7")));
    }

    @Test
    void anUnusableForwardedHostLeavesTheRequestsOwnOrigin() throws Exception {
        assertEquals("http://127.0.0.1:8080/seen?x=1 null 10.0.0.2",
                seen(PROXIED, "10.0.0.2", Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host", "evil.example/x")));
    }

    private static String seen(Edge edge, String peer, Map<String, String> headers) throws Exception {
        ApplicationHandler app = new ApplicationHandler(new ResourceConfig()
                .registerInstances(new PublicOriginFilter(edge), new SeenResource()));
        ContainerRequest request = new ContainerRequest(URI.create("http://127.0.0.1:8080/"),
                URI.create("http://127.0.0.1:8080/seen?x=1"), "GET", null, new MapPropertiesDelegate(), null);
        headers.forEach(request::header);
        request.setProperty(ClientAddress.PROPERTY, peer);
        ContainerResponse response = app.apply(request).get();
        assertEquals(200, response.getStatus(), String.valueOf(response.getEntity()));
        return (String) response.getEntity();
    }
}
