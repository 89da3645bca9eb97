package org.parley.party;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * A parties file: the bundled registry ({@code parties.json}) and the per-run file that extends or
 * overrides it share this format, in JSON or YAML (by extension: {@code .json}, else YAML).
 * <pre>
 * parties:
 *   - name: Hamas                      # the short name statements carry; required
 *     fullName: Harakat al-Muqawama al-Islamiya
 *     kind: organisation               # state, observer, partially-recognised, organisation or grouping
 *     aliases: [the Islamist group's political bureau]
 *     metonyms: [Gaza]                 # seats of power that stand for it
 *     phrases: [the militant group]    # name it only where the article is about it
 *     ambiguous: [Gaza]                # also name something else: only in context
 *   - name: Ukraine                    # same name as a bundled party: replaces it ...
 *     extend: true                     # ... unless extend is true: lists are added, fields given win
 *     metonyms: [Bankova Street]
 * notParties: [Gaza Strip]             # phrases that contain a party's form but name no party
 * </pre>
 * Fields are {@code name, fullName, kind, code, aliases, demonyms, metonyms, phrases, ambiguous,
 * extend}; an unknown field is an error, so a misspelt list is not silently ignored. See
 * {@code FORMAT.md} beside the bundled file.
 *
 * @param parties    the entries, in file order
 * @param notParties phrases that name no party although they contain a party's form ("New Mexico")
 */
public record PartiesFile(List<Entry> parties, List<String> notParties) {

    private static final Set<String> FIELDS = Set.of("name", "fullName", "kind", "code", "aliases", "demonyms",
            "metonyms", "phrases", "ambiguous", "extend");

    /**
     * One party of the file.
     *
     * @param party  the party as written
     * @param extend add to the party of the same name instead of replacing it
     */
    public record Entry(Party party, boolean extend) {
    }

    public PartiesFile {
        parties = List.copyOf(parties);
        notParties = List.copyOf(notParties);
    }

    /** Reads a parties file; JSON if its name ends in {@code .json}, YAML otherwise. */
    public static PartiesFile read(Path file) throws IOException {
        boolean json = file.getFileName().toString().endsWith(".json");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, json, file.toString());
        }
    }

    static PartiesFile read(InputStream in, boolean json, String source) throws IOException {
        ObjectMapper mapper = json ? new ObjectMapper() : new ObjectMapper(new YAMLFactory());
        JsonNode root;
        try {
            root = mapper.readTree(in);
        } catch (IOException e) {
            throw new IOException("parties file " + source + " is not valid " + (json ? "JSON" : "YAML")
                    + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isObject() || !root.path("parties").isArray()) {
            throw new IOException("parties file " + source + " must hold a 'parties' list");
        }
        List<Entry> entries = new ArrayList<>();
        for (JsonNode node : root.get("parties")) {
            entries.add(entry(mapper, node, source));
        }
        List<String> notParties = new ArrayList<>();
        root.path("notParties").forEach(n -> notParties.add(n.asText()));
        return new PartiesFile(entries, notParties);
    }

    private static Entry entry(ObjectMapper mapper, JsonNode node, String source) throws IOException {
        if (!node.isObject() || node.path("name").asText("").isBlank()) {
            throw new IOException("parties file " + source + ": every party needs a name, found " + node);
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!FIELDS.contains(field)) {
                throw new IOException("parties file " + source + ": party '" + node.get("name").asText()
                        + "' has unknown field '" + field + "'; known fields are " + FIELDS);
            }
        }
        ObjectNode fields = ((ObjectNode) node).deepCopy();
        boolean extend = fields.path("extend").asBoolean(false);
        fields.remove("extend");
        return new Entry(mapper.treeToValue(fields, Party.class), extend);
    }
}
