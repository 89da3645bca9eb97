package org.parley.briefing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The topic lexicon, kept as data: each issue with the terms that name it. A statement names an
 * issue when a term occurs in it as whole words, case ignored ("troop" does not match "troops").
 */
public final class IssueLexicon {

    private static final String BUNDLED = "/org/parley/briefing/issues.json";

    /** Terms by their first word: a text is scanned once, word by word, whatever the lexicon's size. */
    private final Map<String, List<Term>> byFirstWord = new HashMap<>();
    private final List<String> order = new ArrayList<>();

    private record Term(String issue, String[] words) {
    }

    private IssueLexicon(Map<String, List<String>> terms) {
        terms.forEach((issue, list) -> {
            order.add(issue);
            for (String term : list) {
                String[] words = words(term);
                byFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>()).add(new Term(issue, words));
            }
        });
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
        Map<String, List<String>> issues = new LinkedHashMap<>();
        for (JsonNode issue : root.path("issues")) {
            String name = issue.path("name").asText("");
            List<String> terms = new ArrayList<>();
            issue.path("terms").forEach(t -> terms.add(t.asText()));
            if (name.isBlank() || terms.isEmpty() || terms.stream().anyMatch(t -> words(t).length == 0)) {
                throw new IllegalArgumentException(where + ": every issue needs a name and terms with words");
            }
            issues.put(name, terms);
        }
        return new IssueLexicon(issues);
    }

    /** The issues a text names, in lexicon order. */
    public Set<String> issuesOf(String text) {
        String[] words = words(text);
        Set<String> found = new HashSet<>();
        for (int i = 0; i < words.length; i++) {
            for (Term term : byFirstWord.getOrDefault(words[i], List.of())) {
                if (!found.contains(term.issue()) && startsAt(words, i, term.words())) {
                    found.add(term.issue());
                }
            }
        }
        Set<String> ordered = new LinkedHashSet<>();
        order.stream().filter(found::contains).forEach(ordered::add);
        return ordered;
    }

    private static boolean startsAt(String[] words, int at, String[] term) {
        if (at + term.length > words.length) {
            return false;
        }
        for (int k = 1; k < term.length; k++) {
            if (!words[at + k].equals(term[k])) {
                return false;
            }
        }
        return true;
    }

    /** Lower-case words: letters, digits and inner hyphens; everything else separates. */
    private static String[] words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c) || c == '-' && word.length() > 0) {
                word.append(Character.toLowerCase(c));
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        return words.toArray(String[]::new);
    }
}
