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
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * A parties file: the bundled registry ({@code parties.json}) and the per-run file that extends or
 * overrides it share this format, in JSON or YAML (by extension: {@code .json}, else YAML).
 * <pre>
 * parties:
 *   - name: Hamas                      # the short name statements carry; required
 *     fullName: Harakat al-Muqawama al-Islamiya
 *     kind: movement                   # state, observer, partially-recognised, organisation, grouping,
 *                                      # movement (armed and political movements) or opposition
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

    private static final Set<String> KINDS = Set.of("state", "observer", "partially-recognised", "organisation",
            "grouping", "movement", "opposition");
    private static final Set<String> FIELDS = Set.of("name", "fullName", "kind", "code", "aliases", "demonyms",
            "metonyms", "phrases", "ambiguous", "extend");

    /**
     * One party of the file.
     *
     * @param party  the party as written
     * @param extend add to the party of the same name instead of replacing it
     * @param given  the fields the file gives, so that extending keeps the others
     */
    public record Entry(Party party, boolean extend, Set<String> given) {

        public Entry {
            given = Set.copyOf(given);
        }

        /** This entry applied to the party of the same name it extends or replaces (null when there is none). */
        Party over(Party old) {
            if (!extend || old == null) {
                return party;
            }
            return new Party(old.name(),
                    given.contains("fullName") ? party.fullName() : old.fullName(),
                    given.contains("kind") ? party.kind() : old.kind(),
                    given.contains("code") ? party.code() : old.code(),
                    union(old.aliases(), party.aliases()), union(old.demonyms(), party.demonyms()),
                    union(old.metonyms(), party.metonyms()), union(old.phrases(), party.phrases()),
                    union(old.ambiguous(), party.ambiguous()));
        }

        private static List<String> union(List<String> a, List<String> b) {
            java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(a);
            all.addAll(b);
            return List.copyOf(all);
        }
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
            entries.add(entry(node, source));
        }
        List<String> notParties = new ArrayList<>();
        root.path("notParties").forEach(n -> notParties.add(n.asText()));
        return new PartiesFile(entries, notParties);
    }

    private static Entry entry(JsonNode node, String source) throws IOException {
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
        String kind = text(node, "kind");
        if (kind != null && !KINDS.contains(kind)) {
            throw new IOException("parties file " + source + ": party '" + node.get("name").asText()
                    + "' has unknown kind '" + kind + "'; known kinds are " + KINDS);
        }
        Party party = new Party(node.get("name").asText(), text(node, "fullName"), kind,
                text(node, "code"), list(node, "aliases", source), list(node, "demonyms", source),
                list(node, "metonyms", source), list(node, "phrases", source), list(node, "ambiguous", source));
        Set<String> given = new java.util.HashSet<>();
        node.fieldNames().forEachRemaining(given::add);
        return new Entry(party, node.path("extend").asBoolean(false), given);
    }

    private static String text(JsonNode party, String field) {
        JsonNode value = party.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    // Read by hand rather than data-bound: the bundled file is read at every start, and a wrong
    // shape gets a message naming the party and the field.
    private static List<String> list(JsonNode party, String field, String source) throws IOException {
        JsonNode value = party.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new IOException("parties file " + source + ": '" + field + "' of party '"
                    + party.get("name").asText() + "' must be a list of strings");
        }
        List<String> forms = new ArrayList<>(value.size());
        value.forEach(v -> forms.add(v.asText()));
        return forms;
    }
}
