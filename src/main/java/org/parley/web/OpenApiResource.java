package org.parley.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The public OpenAPI 3 document of the service, written by hand beside the code
 * ({@code org/parley/web/openapi.yaml}; tests check that it names every endpoint and what some answer). JSON by
 * default, YAML with {@code ?format=yaml} or {@code Accept: application/yaml}; another format is 400.
 */
@Path("openapi")
public final class OpenApiResource {

    static final String RESOURCE = "/org/parley/web/openapi.yaml";
    private static final MediaType YAML_TYPE = new MediaType("application", "yaml", "UTF-8");

    private final String yaml;
    private final String json;

    OpenApiResource() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from this build");
            }
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            JsonNode tree = new ObjectMapper(new YAMLFactory()).readTree(yaml);
            json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    @GET
    public Response document(@QueryParam("format") String format, @Context HttpHeaders headers) {
        if (format != null && !format.equals("json") && !format.equals("yaml")) {
            throw new IllegalArgumentException("format must be json or yaml, not '" + format + "'");
        }
        List<MediaType> accepted = headers.getAcceptableMediaTypes();
        boolean wantsYaml = "yaml".equals(format)
                || (!accepted.isEmpty() && accepted.get(0).getSubtype().contains("yaml"));
        return wantsYaml ? Response.ok(yaml, YAML_TYPE).build()
                : Response.ok(json, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }
}
