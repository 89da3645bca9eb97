package org.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.parley.config.AddressRange;
import org.parley.config.ServiceSettings;

class EdgeTest {

    @Test
    void thePublicOriginIsWhatABrowserWritesInOrigin() {
        assertEquals("https://parley.example.org", Edge.origin("https://Parley.Example.org/"));
        assertEquals("https://parley.example.org", Edge.origin("https://parley.example.org:443"));
        assertEquals("http://parley.example.org", Edge.origin("http://parley.example.org:80/"));
        assertEquals("https://parley.example.org:8443", Edge.origin("https://parley.example.org:8443/"));
        assertNull(Edge.origin(null));
    }

    @Test
    void onlyTheListedProxiesAreTrusted() {
        Edge edge = new Edge(null, List.of(AddressRange.parse("10.0.0.0/24"), AddressRange.parse("::1")), null);
        assertTrue(edge.trusts("10.0.0.9"));
        assertTrue(edge.trusts("0:0:0:0:0:0:0:1"));
        assertFalse(edge.trusts("10.0.1.9"));
        assertFalse(edge.trusts(null));
        assertFalse(new Edge(null, List.of(), null).trusts("127.0.0.1"), "no proxy is trusted by default");
    }

    @Test
    void theSettingsMakeTheEdge() {
        ServiceSettings settings = ServiceSettings.defaults().withEdge("https://parley.example.org/", List.of("10.0.0.2"));
        Edge edge = Edge.of(settings, name -> null);
        assertEquals("https://parley.example.org", edge.publicOrigin());
        assertTrue(edge.trusts("10.0.0.2"));
        assertNull(edge.tls());
    }

    @Test
    void aForwardedOriginNeedsAnHttpSchemeAndAPlainHost() {
        assertEquals("https://parley.example.org", PublicOriginFilter.forwardedOrigin("HTTPS", "parley.example.org"));
        assertEquals("https://parley.example.org:8443", PublicOriginFilter.forwardedOrigin("https", "parley.example.org:8443"));
        assertEquals("https://[2001:db8::1]:8443", PublicOriginFilter.forwardedOrigin("https", "[2001:db8::1]:8443"));
        assertNull(PublicOriginFilter.forwardedOrigin("https", null));
        assertNull(PublicOriginFilter.forwardedOrigin(null, "parley.example.org"));
        assertNull(PublicOriginFilter.forwardedOrigin("ftp", "parley.example.org"));
        assertNull(PublicOriginFilter.forwardedOrigin("https", "evil.example/path"));
        assertNull(PublicOriginFilter.forwardedOrigin("https", "user@evil.example"));
    }
}
