package org.parley.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import javax.net.ssl.SSLContext;

import org.parley.config.AddressRange;
import org.parley.config.ServiceSettings;

/**
 * How the service meets the network: the public origin browsers use (behind a reverse proxy), the
 * proxies whose forwarded headers are believed, and the TLS context when Parley serves HTTPS itself.
 *
 * @param publicOrigin {@code scheme://host[:port]} of the public URL, or null when none is set
 * @param trusted      the trusted proxies' ranges
 * @param tls          the server's TLS context, or null for plain HTTP
 */
public record Edge(String publicOrigin, List<AddressRange> trusted, SSLContext tls) {

    public Edge {
        trusted = List.copyOf(trusted);
    }

    /** The edge the settings describe; {@code env} reads the environment (the keystore's password). */
    public static Edge of(ServiceSettings settings, UnaryOperator<String> env) {
        return new Edge(origin(settings.publicUrl()), settings.proxy().ranges(), TlsContext.load(settings.tls(), env));
    }

    /** Whether an address is one of the trusted proxies. */
    public boolean trusts(String address) {
        return address != null && trusted.stream().anyMatch(r -> r.contains(address));
    }

    /** A URL's origin as a browser writes it in {@code Origin}: lower case, without a default port. */
    static String origin(String url) {
        if (url == null) {
            return null;
        }
        URI uri = URI.create(url);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port < 0 || (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
