package org.parley.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * What a reverse proxy says of the request it passes on, read from {@code X-Forwarded-For},
 * {@code -Proto} and {@code -Host} or, without {@code X-Forwarded-For}, from RFC 7239 {@code Forwarded}.
 * The X- headers win because most proxies (nginx, Apache, HAProxy) set or append them and pass a
 * client's own {@code Forwarded} through untouched. Only read when the connection comes from a
 * trusted proxy: anyone else could write anything in them.
 *
 * @param client the address of the first untrusted hop, walking back from the nearest proxy; null when none is named
 * @param proto  the scheme the client used with the nearest proxy, or null
 * @param host   the host (and port) the client asked the nearest proxy for, or null
 */
record ForwardedHeaders(String client, String proto, String host) {

    /** Reads the headers (each null when absent); {@code trusted} says which addresses are trusted proxies. */
    static ForwardedHeaders read(String forwarded, String forwardedFor, String forwardedProto, String forwardedHost,
                                 Predicate<String> trusted) {
        if ((forwardedFor == null || forwardedFor.isBlank()) && forwarded != null && !forwarded.isBlank()) {
            List<String> hops = new ArrayList<>();
            String proto = null;
            String host = null;
            for (String element : split(forwarded, ',')) {
                proto = null;
                host = null;
                for (String pair : split(element, ';')) {
                    int eq = pair.indexOf('=');
                    String key = eq < 0 ? "" : pair.substring(0, eq).strip().toLowerCase(Locale.ROOT);
                    String value = eq < 0 ? "" : unquote(pair.substring(eq + 1).strip());
                    switch (key) {
                        case "for" -> hops.add(value);
                        case "proto" -> proto = value;
                        case "host" -> host = value;
                        default -> { }
                    }
                }
            }
            return new ForwardedHeaders(client(hops, trusted), proto, host);
        }
        List<String> hops = forwardedFor == null ? List.of() : split(forwardedFor, ',');
        return new ForwardedHeaders(client(hops, trusted), last(forwardedProto), last(forwardedHost));
    }

    /** The nearest hop that is not a trusted proxy; all trusted: the farthest. */
    private static String client(List<String> hops, Predicate<String> trusted) {
        String address = null;
        for (int i = hops.size() - 1; i >= 0; i--) {
            address = withoutPort(hops.get(i).strip());
            if (address.isEmpty() || !trusted.test(address)) {
                break;
            }
        }
        return address == null || address.isEmpty() ? null : address;
    }

    /** {@code 192.0.2.1:4711} and {@code [2001:db8::1]:4711} without the port, brackets dropped; others as they are. */
    static String withoutPort(String node) {
        if (node.startsWith("[")) {
            int close = node.indexOf(']');
            return close < 0 ? node : node.substring(1, close);
        }
        int colon = node.indexOf(':');
        return colon >= 0 && colon == node.lastIndexOf(':') ? node.substring(0, colon) : node;
    }

    /** The last of a comma-separated header's values: the one the nearest proxy added. */
    private static String last(String header) {
        if (header == null) {
            return null;
        }
        List<String> values = split(header, ',');
        return values.isEmpty() ? null : values.get(values.size() - 1).strip();
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return value;
    }

    /** Splits at a separator outside double quotes, dropping empty parts. */
    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' && (i == 0 || text.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                add(parts, part);
            } else {
                part.append(c);
            }
        }
        add(parts, part);
        return parts;
    }

    private static void add(List<String> parts, StringBuilder part) {
        if (!part.toString().isBlank()) {
            parts.add(part.toString().strip());
        }
        part.setLength(0);
    }
}
