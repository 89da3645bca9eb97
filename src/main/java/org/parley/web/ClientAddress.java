package org.parley.web;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * The address a request came from, as its connection shows it or, behind a trusted proxy, as the
 * proxy forwards it, and the key the sign-in throttle counts an address's failures under.
 */
final class ClientAddress {

    /**
     * The request property that holds the client's address: {@link UriGuard} sets the peer's from the
     * Grizzly request, and {@link PublicOriginFilter} the forwarded one when the peer is a trusted proxy.
     */
    static final String PROPERTY = ClientAddress.class.getName();
    /** An IPv6 literal, perhaps with a zone: what InetAddress parses without a name lookup. */
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]*(%[\\w.-]+)?");

    private ClientAddress() {
    }

    /**
     * The client's address, or null when the server did not record one. X-Forwarded-For and Forwarded
     * count only from a proxy in {@code proxy.trusted}: from anyone else, a client could write another
     * address into them for every attempt.
     */
    static String of(ContainerRequestContext request) {
        return request.getProperty(PROPERTY) instanceof String address ? address : null;
    }

    /**
     * The key an address's failures are counted under: an IPv4 address as it is, an IPv6 address's
     * /64 (one subscriber is usually given a whole /64, and could try from a new address each time).
     */
    static String bucket(String address) {
        if (address == null || address.indexOf(':') < 0 || !IPV6.matcher(address).matches()) {
            return address;
        }
        try {
            InetAddress parsed = InetAddress.getByName(address);
            if (!(parsed instanceof Inet6Address)) {
                return parsed.getHostAddress(); // an IPv4-mapped address
            }
            byte[] bytes = parsed.getAddress();
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(Integer.toHexString((bytes[i] & 0xff) << 8 | (bytes[i + 1] & 0xff))).append(':');
            }
            return prefix.append(":/64").toString();
        } catch (UnknownHostException e) {
            return address; // not an address after all: counted as the text it is
        }
    }
}
