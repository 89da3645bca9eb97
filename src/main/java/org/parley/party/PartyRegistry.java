package org.parley.party;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The parties Parley knows, from the bundled registry and an optional parties file that adds
 * parties or replaces bundled ones by name; answers which party a phrase in the text names.
 */
public final class PartyRegistry {

    private static final String BUNDLED = "/org/parley/party/parties.json";

    private final Map<String, Party> byName;
    private final Map<String, Party> byPhrase;

    private PartyRegistry(Map<String, Party> byName) {
        this.byName = Collections.unmodifiableMap(byName);
        this.byPhrase = index(byName.values());
    }

    /** The registry shipped with Parley. */
    public static PartyRegistry bundled() {
        try (InputStream in = PartyRegistry.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("bundled party registry " + BUNDLED + " is missing");
            }
            return new PartyRegistry(byName(read(new ObjectMapper(), in)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled party registry", e);
        }
    }

    /** This registry extended by a parties file (JSON or YAML, same format as the bundled one). */
    public PartyRegistry with(Path partiesFile) throws IOException {
        ObjectMapper mapper = partiesFile.toString().endsWith(".json")
                ? new ObjectMapper() : new ObjectMapper(new YAMLFactory());
        List<Party> extra;
        try (InputStream in = Files.newInputStream(partiesFile)) {
            extra = read(mapper, in);
        } catch (IOException e) {
            throw new IOException("parties file " + partiesFile + " cannot be read: " + e.getMessage(), e);
        }
        Map<String, Party> merged = new LinkedHashMap<>(byName);
        merged.putAll(byName(extra));
        return new PartyRegistry(merged);
    }

    /** The party with this short name. */
    public Optional<Party> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * The party a phrase names exactly: its name, an alias, a demonym, a metonym or a phrase
     * ("Russian", "Moscow", "the alliance"). Abbreviations in capitals match only in capitals.
     */
    public Optional<Party> match(String phrase) {
        Party exact = byPhrase.get(phrase);
        if (exact != null) {
            return Optional.of(exact);
        }
        return Optional.ofNullable(byPhrase.get(phrase.toLowerCase(Locale.ROOT)));
    }

    /** Every party, in registry order. */
    public List<Party> parties() {
        return List.copyOf(byName.values());
    }

    private static List<Party> read(ObjectMapper mapper, InputStream in) throws IOException {
        return mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .readValue(in, PartiesFile.class).parties();
    }

    private static Map<String, Party> byName(List<Party> parties) {
        Map<String, Party> map = new LinkedHashMap<>();
        for (Party p : parties) {
            map.put(p.name(), p);
        }
        return map;
    }

    private static Map<String, Party> index(Iterable<Party> parties) {
        Map<String, Party> index = new HashMap<>();
        for (Party p : parties) {
            List<String> phrases = new ArrayList<>();
            phrases.add(p.name());
            phrases.add(p.fullName());
            phrases.addAll(p.aliases());
            phrases.addAll(p.demonyms());
            phrases.addAll(p.metonyms());
            phrases.addAll(p.phrases());
            for (String phrase : phrases) {
                boolean abbreviation = phrase.equals(phrase.toUpperCase(Locale.ROOT));
                index.putIfAbsent(abbreviation ? phrase : phrase.toLowerCase(Locale.ROOT), p);
            }
        }
        return index;
    }

    /** The file format: {@code {"parties": [ ... ]}}. */
    record PartiesFile(List<Party> parties) {
    }
}
