package org.parley.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * An IPv4 or IPv6 address or CIDR range ({@code 10.0.0.0/8}, {@code ::1}), as {@code proxy.trusted}
 * names the reverse proxies whose forwarded headers are believed. Only literals are accepted: a host
 * name would be looked up, and could change under the service.
 *
 * @param network the range's first address, as bytes (4 or 16)
 * @param bits    how many leading bits an address must share with it
 */
public record AddressRange(byte[] network, int bits) {

    private static final Pattern LITERAL = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    /** Reads {@code address} or {@code address/bits}; fails naming the text when it is neither. */
    public static AddressRange parse(String text) {
        String t = text == null ? "" : text.strip();
        int slash = t.indexOf('/');
        InetAddress address = literal(slash < 0 ? t : t.substring(0, slash));
        int max = address == null ? 0 : address.getAddress().length * 8;
        int bits = slash < 0 ? max : prefix(t.substring(slash + 1));
        if (address == null || bits < 0 || bits > max) {
            throw new IllegalArgumentException("'" + text + "' is not an IP address or CIDR range (like 10.0.0.0/8 or ::1)");
        }
        return new AddressRange(address.getAddress(), bits);
    }

    /** Whether an address (a literal, as a connection shows it) is in the range; false for anything else. */
    public boolean contains(String address) {
        InetAddress parsed = literal(address);
        if (parsed == null) {
            return false;
        }
        byte[] bytes = parsed.getAddress();
        if (bytes.length != network.length) {
            return false;
        }
        for (int i = 0; i < bits; i++) {
            int mask = 0x80 >> (i % 8);
            if ((bytes[i / 8] & mask) != (network[i / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    /** An address literal without a name lookup (an IPv4-mapped IPv6 address comes back as IPv4), or null. */
    private static InetAddress literal(String text) {
        if (text == null) {
            return null;
        }
        String t = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        int zone = t.indexOf('%');
        String plain = zone < 0 ? t : t.substring(0, zone);
        if (!LITERAL.matcher(plain).matches() || (plain.indexOf(':') < 0 && !octets(plain))) {
            return null; // InetAddress would look up anything else as a host name
        }
        try {
            return InetAddress.getByName(plain);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static boolean octets(String ipv4) {
        for (String part : ipv4.split("\\.")) {
            if (Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    private static int prefix(String text) {
        return text.matches("[0-9]{1,3}") ? Integer.parseInt(text) : -1;
    }

    @Override
    public String toString() {
        try {
            return InetAddress.getByAddress(network).getHostAddress() + "/" + bits;
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
