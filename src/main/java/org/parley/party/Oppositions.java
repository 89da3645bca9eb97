package org.parley.party;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A state's opposition as a party of its own, made for every state of a registry rather than
 * listed: "Belarusian opposition" (kind {@code opposition}), with the bodies that speak for it
 * where the article is about the state ("the Coordination Council"), from {@code oppositions.json}.
 * These parties stay out of the registry's forms: a critic of a government has no party unless a
 * set makes the opposition a side (a parties file that lists or extends "Belarusian opposition")
 * or a caller asks {@link PartyResolver#oppositionOf}.
 *
 * @param words         the words that make a role or a mention the opposition's ("opposition")
 * @param notOpposition words that rule that reading out ("former", "analyst", "government")
 * @param bodies        per state name, the names of its opposition's bodies
 */
record Oppositions(Set<String> words, Set<String> notOpposition, Map<String, List<String>> bodies) {

    static final String KIND = "opposition";
    private static final String BUNDLED = "/org/parley/party/oppositions.json";
    private static final Set<String> STATE_KINDS = Set.of("state", "partially-recognised", "observer");
    private static Oppositions bundled;

    Oppositions {
        words = Set.copyOf(words);
        notOpposition = Set.copyOf(notOpposition);
        bodies = Map.copyOf(bodies);
    }

    /** The opposition data shipped with Parley, read once. */
    static synchronized Oppositions bundled() {
        if (bundled == null) {
            try (InputStream in = Oppositions.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IllegalStateException("bundled opposition data " + BUNDLED + " is missing");
                }
                bundled = read(new ObjectMapper().readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled opposition data " + BUNDLED, e);
            }
        }
        return bundled;
    }

    private static Oppositions read(JsonNode root) {
        Map<String, List<String>> bodies = new HashMap<>();
        for (JsonNode body : root.path("bodies")) {
            List<String> names = new ArrayList<>();
            body.path("names").forEach(n -> names.add(n.asText()));
            bodies.put(body.path("state").asText(), names);
        }
        return new Oppositions(lowerWords(root.path("words")), lowerWords(root.path("notOpposition")), bodies);
    }

    /** Whether a party is one a state's opposition can be made for. */
    static boolean isState(Party party) {
        return STATE_KINDS.contains(party.kind());
    }

    /**
     * The opposition party of every state among these parties, by state name: "Belarusian
     * opposition" for Belarus; named after the state where two states share the demonym
     * ("Congolese"): "Democratic Republic of the Congo opposition".
     */
    Map<String, Party> partiesOf(Iterable<Party> parties) {
        Map<String, Integer> demonymUses = new HashMap<>();
        for (Party state : parties) {
            if (isState(state) && !state.demonyms().isEmpty()) {
                demonymUses.merge(state.demonyms().get(0), 1, Integer::sum);
            }
        }
        Map<String, Party> made = new LinkedHashMap<>();
        for (Party state : parties) {
            if (isState(state)) {
                boolean shared = state.demonyms().isEmpty() || demonymUses.get(state.demonyms().get(0)) > 1;
                made.put(state.name(), of(state, shared ? state.name() : state.demonyms().get(0)));
            }
        }
        return made;
    }

    private Party of(Party state, String adjective) {
        Set<String> aliases = new LinkedHashSet<>(List.of("the " + adjective + " opposition", state.name() + " opposition",
                "the " + state.name() + " opposition", state.name() + "'s opposition"));
        return new Party(adjective + " opposition", "the opposition in " + state.fullName(), KIND, null,
                List.copyOf(aliases), List.of(), List.of(), bodies.getOrDefault(state.name(), List.of()), List.of());
    }

    private static Set<String> lowerWords(JsonNode list) {
        Set<String> words = new LinkedHashSet<>();
        list.forEach(w -> words.add(RoleLexicon.lower(w.asText())));
        return words;
    }
}
