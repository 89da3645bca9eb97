package org.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.junit.jupiter.api.Test;

/** The hand-written OpenAPI document describes exactly the endpoints the resources serve. */
class OpenApiDocumentTest {

    @Test
    void everyEndpointIsDocumentedAndNothingElse() throws Exception {
        JsonNode document;
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream(OpenApiResource.RESOURCE)) {
            document = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        assertEquals("3.0.3", document.get("openapi").asText());
        Set<String> documented = new TreeSet<>();
        document.get("paths").properties().forEach(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        assertEquals(served(), documented);
    }

    private static Set<String> served() {
        Set<String> endpoints = new TreeSet<>();
        for (Class<?> resource : WebServer.resourceClasses()) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method m : resource.getDeclaredMethods()) {
                String verb = m.isAnnotationPresent(GET.class) ? "GET" : m.isAnnotationPresent(POST.class) ? "POST"
                        : m.isAnnotationPresent(PUT.class) ? "PUT" : m.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
                if (verb != null) {
                    Path sub = m.getAnnotation(Path.class);
                    endpoints.add(verb + " " + openApiPath(base, sub == null ? "" : sub.value()));
                }
            }
        }
        return endpoints;
    }

    /** "api/executions" + "{id: \\d{1,18}}/stop" becomes "/api/executions/{id}/stop". */
    private static String openApiPath(String base, String sub) {
        String joined = "/" + (base + "/" + sub).replaceAll("^/+|/+$", "").replaceAll("/+", "/");
        return joined.replaceAll("\\{(\\w+)\\s*:(?:[^{}]|\\{[^}]*\\})*\\}", "{$1}");
    }
}
