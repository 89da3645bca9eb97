package org.parley.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.filter.FilteringParserDelegate;
import com.fasterxml.jackson.core.filter.TokenFilter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.parley.briefing.RunSummary;

/**
 * Reads run summaries and manifests without their lists of statements. A run over a national
 * paper's three months finds some 80,000 statements that fit no round: those lists are then nearly
 * all of a manifest (76 MB), and what reads a manifest for its counts, rounds and files (the
 * command line's report, the service's pages) reads them past, in constant memory.
 */
public final class ManifestJson {

    /** A summary's lists of single statements. */
    static final Set<String> STATEMENT_LISTS = Set.of("unassigned", "notBriefed");

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ManifestJson() {
    }

    /** A manifest with its summary's statement lists left empty. */
    public static RunManifest readLight(Path manifest) throws IOException {
        try (InputStream in = Files.newInputStream(manifest);
             JsonParser parser = filtered(JSON.getFactory().createParser(in), true)) {
            return JSON.readValue(parser, RunManifest.class);
        }
    }

    /** A run summary (as stored by the assembly) with its statement lists left empty. */
    public static RunSummary readLightSummary(Reader summary) throws IOException {
        try (JsonParser parser = filtered(JSON.getFactory().createParser(summary), false)) {
            return JSON.readValue(parser, RunSummary.class);
        }
    }

    /** How many entries a manifest's summary list ({@code unassigned}, {@code notBriefed}) has. */
    public static int count(Path manifest, String list) throws IOException {
        try (InputStream in = Files.newInputStream(manifest); JsonParser p = JSON.getFactory().createParser(in)) {
            int depth = 0;
            boolean inSummary = false;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    depth++;
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                } else if (t == JsonToken.FIELD_NAME && depth == 1) {
                    inSummary = p.currentName().equals("summary");
                } else if (t == JsonToken.FIELD_NAME && depth == 2 && inSummary && p.currentName().equals(list)) {
                    if (p.nextToken() != JsonToken.START_ARRAY) {
                        return 0;
                    }
                    int n = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        p.skipChildren();
                        n++;
                    }
                    return n;
                }
            }
            return 0;
        }
    }

    /** The parser without the summary's statement lists; {@code inManifest}: the summary is the manifest's field. */
    private static JsonParser filtered(JsonParser parser, boolean inManifest) {
        TokenFilter summary = new TokenFilter() {
            @Override
            public TokenFilter includeProperty(String name) {
                return STATEMENT_LISTS.contains(name) ? null : TokenFilter.INCLUDE_ALL;
            }
        };
        TokenFilter root = !inManifest ? summary : new TokenFilter() {
            @Override
            public TokenFilter includeProperty(String name) {
                return name.equals("summary") ? summary : TokenFilter.INCLUDE_ALL;
            }
        };
        return new FilteringParserDelegate(parser, root, TokenFilter.Inclusion.INCLUDE_ALL_AND_PATH, true);
    }
}
