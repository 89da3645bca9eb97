package org.parley.briefing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The topic lexicon, kept as data: each issue with the terms that name it. A statement names an
 * issue when a term occurs in it as whole words, case ignored.
 */
public final class IssueLexicon {

    private static final String BUNDLED = "/org/parley/briefing/issues.json";

    private final List<Issue> issues;

    private record Issue(String name, Pattern terms) {
    }

    private IssueLexicon(List<Issue> issues) {
        this.issues = List.copyOf(issues);
    }

    /** The lexicon bundled with Parley. */
    public static IssueLexicon bundled() {
        try (InputStream in = IssueLexicon.class.getResourceAsStream(BUNDLED)) {
            return read(new ObjectMapper().readTree(in), BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled topic lexicon", e);
        }
    }

    /** A lexicon from a JSON or YAML file of the bundled format. */
    public static IssueLexicon load(Path file) throws IOException {
        ObjectMapper mapper = file.toString().endsWith(".json") ? new ObjectMapper() : new ObjectMapper(new YAMLFactory());
        try (InputStream in = Files.newInputStream(file)) {
            return read(mapper.readTree(in), file.toString());
        }
    }

    private static IssueLexicon read(JsonNode root, String where) {
        List<Issue> issues = new ArrayList<>();
        for (JsonNode issue : root.path("issues")) {
            String name = issue.path("name").asText("");
            List<String> terms = new ArrayList<>();
            issue.path("terms").forEach(t -> terms.add(Pattern.quote(t.asText().toLowerCase(Locale.ROOT))));
            if (name.isBlank() || terms.isEmpty()) {
                throw new IllegalArgumentException(where + ": every issue needs a name and terms");
            }
            issues.add(new Issue(name, Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", terms)
                    + ")(?![\\p{L}\\p{N}])")));
        }
        return new IssueLexicon(issues);
    }

    /** The issues a text names, in lexicon order. */
    public Set<String> issuesOf(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Set<String> found = new LinkedHashSet<>();
        for (Issue issue : issues) {
            if (issue.terms().matcher(lower).find()) {
                found.add(issue.name());
            }
        }
        return found;
    }
}
