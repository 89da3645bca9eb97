package org.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

class ForwardedHeadersTest {

    private static final Predicate<String> PROXIES = Set.of("10.0.0.2", "10.0.0.3", "2001:db8::2")::contains;

    @Test
    void theXForwardedHeadersOfOneProxy() {
        ForwardedHeaders f = ForwardedHeaders.read(null, "203.0.113.7", "https", "parley.example.org", PROXIES);
        assertEquals(new ForwardedHeaders("203.0.113.7", "https", "parley.example.org"), f);
    }

    @Test
    void theClientIsTheNearestUntrustedHopNotWhatTheClientWroteFirst() {
        // the client sent "X-Forwarded-For: 198.51.100.1"; its proxy appended the address it saw
        ForwardedHeaders f = ForwardedHeaders.read(null, "198.51.100.1, 203.0.113.7, 10.0.0.3", "http, https",
                "inner.example, parley.example.org", PROXIES);
        assertEquals("203.0.113.7", f.client());
        assertEquals("https", f.proto(), "the nearest proxy's value is the last");
        assertEquals("parley.example.org", f.host());
    }

    @Test
    void allHopsTrustedGivesTheFarthest() {
        assertEquals("10.0.0.2", ForwardedHeaders.read(null, "10.0.0.2,10.0.0.3", null, null, PROXIES).client());
    }

    @Test
    void noForwardedHeadersNameNothing() {
        assertEquals(new ForwardedHeaders(null, null, null), ForwardedHeaders.read(null, null, null, null, PROXIES));
        assertEquals(new ForwardedHeaders(null, null, null), ForwardedHeaders.read(" ", " , ", null, null, PROXIES));
    }

    @Test
    void rfc7239ForwardedWithoutXForwardedFor() {
        ForwardedHeaders f = ForwardedHeaders.read("for=198.51.100.1, for=\"[2001:db8:cafe::17]:4711\";proto=https;"
                + "host=\"parley.example.org:8443\";by=10.0.0.1", null, "http", "other.example", PROXIES);
        assertEquals(new ForwardedHeaders("2001:db8:cafe::17", "https", "parley.example.org:8443"), f);
    }

    @Test
    void xForwardedForWinsOverAForwardedTheProxyPassedThrough() {
        // nginx appends to X-Forwarded-For and sets -Proto and -Host, but passes the client's Forwarded as it came
        ForwardedHeaders f = ForwardedHeaders.read("for=198.51.100.1;proto=http;host=evil.example", "203.0.113.7",
                "https", "parley.example.org", PROXIES);
        assertEquals(new ForwardedHeaders("203.0.113.7", "https", "parley.example.org"), f);
    }

    @Test
    void forwardedKeysAreCaseInsensitiveAndPortsAreDropped() {
        ForwardedHeaders f = ForwardedHeaders.read("For=192.0.2.43:8080;Proto=http;Host=a.example, for=10.0.0.3",
                null, null, null, PROXIES);
        assertEquals("192.0.2.43", f.client());
        assertNull(f.proto(), "proto and host are the nearest proxy's element's, which names none");
        assertNull(f.host());
    }

    @Test
    void anObfuscatedOrUnknownHopIsTheClientAsWritten() {
        assertEquals("unknown", ForwardedHeaders.read("for=unknown, for=10.0.0.2", null, null, null, PROXIES).client());
        assertEquals("_hidden", ForwardedHeaders.read("for=_hidden", null, null, null, PROXIES).client());
    }

    @Test
    void aQuotedCommaDoesNotSplitAnElement() {
        ForwardedHeaders f = ForwardedHeaders.read("for=192.0.2.1;host=\"a,b\"", null, null, null, PROXIES);
        assertEquals(new ForwardedHeaders("192.0.2.1", null, "a,b"), f);
    }

    @Test
    void portsComeOffAddressesButNotOffBareIpv6() {
        assertEquals("192.0.2.1", ForwardedHeaders.withoutPort("192.0.2.1:80"));
        assertEquals("2001:db8::1", ForwardedHeaders.withoutPort("[2001:db8::1]:443"));
        assertEquals("2001:db8::1", ForwardedHeaders.withoutPort("[2001:db8::1]"));
        assertEquals("2001:db8::1", ForwardedHeaders.withoutPort("2001:db8::1"));
    }
}
