package org.parley.launch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON text for the few request bodies the commands send to a service. */
final class ServiceJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ServiceJson() {
    }

    /** A JSON object of names and string values, in the map's order. */
    static String object(java.util.Map<String, String> fields) {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always writes as JSON", e);
        }
    }

    /** A JSON string literal. */
    static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a string always writes as JSON", e);
        }
    }
}
