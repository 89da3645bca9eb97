package org.parley.web;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The parameters a restart's body changes: a JSON object of names and values, each a string (a
 * whole number does for partitions). No body, or an empty one, changes nothing. Which names a
 * restart accepts, and what values, the batch side decides (it names what it refuses).
 */
final class RestartChanges {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RestartChanges() {
    }

    /** The changes a body names, in its order. */
    static Map<String, String> of(String body) throws JsonProcessingException {
        Map<String, String> changes = new LinkedHashMap<>();
        if (body == null || body.isBlank()) {
            return changes;
        }
        JsonNode tree = JSON.readTree(body);
        if (!tree.isObject()) {
            throw new IllegalArgumentException("a restart's body is a JSON object of the parameters it changes, "
                    + "e.g. {\"template\": \"summary\"}");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            if (!value.isTextual() && !value.isIntegralNumber()) {
                throw new IllegalArgumentException(field.getKey() + ": give a string"
                        + (value.isNull() ? " (an empty one goes back to none)" : ""));
            }
            changes.put(field.getKey(), value.asText());
        }
        return changes;
    }
}
