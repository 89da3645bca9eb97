package org.parley.party;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The news outlets Parley knows ({@code outlets.json}), looked up by an article's {@code source:}
 * string: a name in any case, with or without "The", a domain with or without "www." and a
 * path ("https://www.dailymail.co.uk/news/..."), or a name followed by a section ("BBC News - World").
 */
public final class Outlets {

    private static final String BUNDLED = "/org/parley/party/outlets.json";
    private static final Set<String> FIELDS = Set.of("name", "home", "state", "homeTitles", "variants");
    private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*://");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
    private static final Pattern SECTION = Pattern.compile("\\s+[-|\u2013\u2014:]\\s+");

    private final List<Outlet> outlets;
    private final Map<String, Outlet> byKey = new HashMap<>();
    private final java.util.Set<String> firstWords = new java.util.HashSet<>();

    private Outlets(List<Outlet> outlets, String source) {
        this.outlets = List.copyOf(outlets);
        for (Outlet o : outlets) {
            List<String> forms = new ArrayList<>(o.variants());
            forms.add(0, o.name());
            for (String form : forms) {
                String key = key(form);
                Outlet other = byKey.put(key, o);
                firstWords.add(key.split(" ")[0]);
                if (other != null && other != o) {
                    throw new IllegalStateException("outlets file " + source + ": '" + form + "' names both "
                            + other.name() + " and " + o.name());
                }
            }
        }
    }

    /** The outlets shipped with Parley, their home countries read against this registry. */
    public static Outlets bundled(PartyRegistry registry) {
        try (InputStream in = Outlets.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("bundled outlets " + BUNDLED + " are missing");
            }
            return read(in, registry, BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled outlets: " + e.getMessage(), e);
        }
    }

    static Outlets read(InputStream in, PartyRegistry registry, String source) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        if (root == null || !root.path("outlets").isArray()) {
            throw new IOException("outlets file " + source + " must hold an 'outlets' list");
        }
        List<Outlet> outlets = new ArrayList<>();
        for (JsonNode node : root.get("outlets")) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                if (!FIELDS.contains(field)) {
                    throw new IOException("outlets file " + source + ": unknown field '" + field + "' in " + node);
                }
            }
            String home = node.path("home").asText("");
            Party party = registry.byName(home).orElseThrow(() -> new IOException("outlets file " + source
                    + ": the home '" + home + "' of " + node.path("name").asText() + " is not a party of the registry"));
            List<String> variants = new ArrayList<>();
            node.path("variants").forEach(v -> variants.add(v.asText()));
            outlets.add(new Outlet(node.path("name").asText(), party, node.path("state").asBoolean(false),
                    node.path("homeTitles").asBoolean(true), variants));
        }
        return new Outlets(outlets, source);
    }

    /** The outlet a {@code source:} string names; empty when it is unknown. */
    public Optional<Outlet> outletOf(String source) {
        if (source == null || source.isBlank()) {
            return Optional.empty();
        }
        String s = Normalizer.normalize(source, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        Outlet found = byKey.get(key(s));
        if (found == null && (SCHEME.matcher(s).find() || isDomain(s))) {
            found = byDomain(s);
        }
        if (found == null) {
            String[] parts = SECTION.split(s, 2);
            found = parts.length == 2 ? byKey.get(key(parts[0])) : null;
        }
        if (found == null && s.indexOf('(') > 0) {
            found = byKey.get(key(PARENTHESES.matcher(s).replaceAll(" "))); // "Reuters (UK)"
        }
        return Optional.ofNullable(found);
    }

    /** The home country of the outlet a {@code source:} string names. */
    public Optional<Party> homeOf(String source) {
        return outletOf(source).map(Outlet::home);
    }

    /**
     * The government a state medium speaks for, where a source mention names one ("Belta",
     * "the state news agency Belta", "Russia's TASS news agency"): its name is the mention's last
     * words, or the words before "news agency".
     */
    public Optional<Party> stateMediumOf(String mention) {
        if (mention == null || mention.isBlank()) {
            return Optional.empty();
        }
        String[] words = SPACES.split(mention.strip());
        for (int from = 0; from < words.length; from++) {
            if (!firstWords.contains(words[from].toLowerCase(Locale.ROOT))) {
                continue; // no outlet's name opens with this word: most mentions never get further
            }
            for (int to = words.length; to > from; to--) {
                Outlet o = byKey.get(key(String.join(" ", java.util.Arrays.copyOfRange(words, from, to))));
                if (o != null && o.state()) {
                    return Optional.of(o.home());
                }
            }
        }
        return Optional.empty();
    }

    /** Every outlet, in file order. */
    public List<Outlet> outlets() {
        return outlets;
    }

    // "https://edition.cnn.com/2020/..." -> "edition.cnn.com", then "cnn.com".
    private Outlet byDomain(String s) {
        String host = SCHEME.matcher(s).replaceFirst("");
        int slash = host.indexOf('/');
        host = slash < 0 ? host : host.substring(0, slash);
        while (host.indexOf('.') > 0) {
            Outlet found = byKey.get(key(host));
            if (found != null) {
                return found;
            }
            host = host.substring(host.indexOf('.') + 1);
        }
        return null;
    }

    private static boolean isDomain(String s) {
        return s.indexOf(' ') < 0 && s.indexOf('.') > 0 && !s.endsWith(".");
    }

    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}.]+");
    private static final java.util.regex.Pattern TRAILING_DOTS = java.util.regex.Pattern.compile("\\.+$");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** A name or domain as compared: lower case, without "the ", "www." or punctuation but dots, "&" as "and". */
    static String key(String form) {
        String k = Normalizer.normalize(form, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT)
                .replace("&", " and ").replace('\u2019', '\'');
        k = SCHEME.matcher(k).replaceFirst("");
        k = k.startsWith("www.") ? k.substring(4) : k;
        k = k.startsWith("the ") ? k.substring(4) : k;
        k = NOT_WORD.matcher(k).replaceAll(" ");
        return SPACES.matcher(TRAILING_DOTS.matcher(k).replaceAll("").strip()).replaceAll(" ");
    }
}
