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
 * issue by what it says, not by one ambiguous word: a term counts when it occurs as whole words,
 * case ignored ("troop" does not match "troops"), and not inside one of the issue's {@code except}
 * phrases ("prisoner voting" is no prisoner exchange); one of its {@code weak} terms ("missile",
 * "forces", "territory") names the issue only beside another of its terms ("missile strike" alone
 * is no arms control, "missiles and warheads" is).
 */
public final class IssueLexicon {

    private static final String BUNDLED = "/org/parley/briefing/issues.json";

    /** Terms by their first word: a text is scanned once, word by word, whatever the lexicon's size. */
    private final Map<String, List<Term>> byFirstWord = new HashMap<>();
    private final List<String> order = new ArrayList<>();

    /** A term, or with {@code except} a phrase in which the issue's terms do not count. */
    private record Term(String issue, String text, String[] words, boolean weak, boolean except) {
    }

    /** One issue as the lexicon file gives it. */
    private record Entry(List<String> terms, List<String> weak, List<String> except) {
    }

    private IssueLexicon(Map<String, Entry> issues) {
        issues.forEach((issue, entry) -> {
            order.add(issue);
            entry.terms().forEach(t -> add(new Term(issue, t, words(t), false, false)));
            entry.weak().forEach(t -> add(new Term(issue, t, words(t), true, false)));
            entry.except().forEach(t -> add(new Term(issue, t, words(t), false, true)));
        });
    }

    private void add(Term term) {
        byFirstWord.computeIfAbsent(term.words()[0], w -> new ArrayList<>()).add(term);
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
        Map<String, Entry> issues = new LinkedHashMap<>();
        for (JsonNode issue : root.path("issues")) {
            String name = issue.path("name").asText("");
            List<String> terms = strings(issue.path("terms"));
            List<String> weak = strings(issue.path("weak"));
            List<String> except = strings(issue.path("except"));
            List<String> all = new ArrayList<>(terms);
            all.addAll(weak);
            all.addAll(except);
            if (name.isBlank() || terms.isEmpty() && weak.isEmpty() || all.stream().anyMatch(t -> words(t).length == 0)) {
                throw new IllegalArgumentException(where + ": every issue needs a name and terms with words ("
                        + (name.isBlank() ? "an issue without a name" : name) + ")");
            }
            issues.put(name, new Entry(terms, weak, except));
        }
        return new IssueLexicon(issues);
    }

    private static List<String> strings(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(t -> out.add(t.asText()));
        return out;
    }

    /** The issues a text names, in lexicon order. */
    public Set<String> issuesOf(String text) {
        return new LinkedHashSet<>(termsOf(text).keySet());
    }

    /**
     * The issues a text names, in lexicon order, each with the terms that name it there (as the
     * lexicon writes them), for naming an issue as the coverage does.
     */
    public Map<String, Set<String>> termsOf(String text) {
        String[] words = words(text);
        List<Term> matched = new ArrayList<>();
        List<int[]> at = new ArrayList<>();
        Map<String, List<int[]>> excepted = new HashMap<>();
        for (int i = 0; i < words.length; i++) {
            for (Term term : byFirstWord.getOrDefault(words[i], List.of())) {
                if (startsAt(words, i, term.words())) {
                    int[] span = {i, i + term.words().length};
                    if (term.except()) {
                        excepted.computeIfAbsent(term.issue(), k -> new ArrayList<>()).add(span);
                    } else {
                        matched.add(term);
                        at.add(span);
                    }
                }
            }
        }
        Map<String, Set<String>> strong = new HashMap<>();
        Map<String, Set<String>> weak = new HashMap<>();
        for (int k = 0; k < matched.size(); k++) {
            Term term = matched.get(k);
            int[] span = at.get(k);
            boolean inside = excepted.getOrDefault(term.issue(), List.of()).stream()
                    .anyMatch(e -> e[0] <= span[0] && span[1] <= e[1]);
            // "prisoner" inside "prisoner exchange": the longer term is the one the text uses
            for (int j = 0; j < matched.size() && !inside; j++) {
                int[] other = at.get(j);
                inside = j != k && matched.get(j).issue().equals(term.issue()) && other[0] <= span[0]
                        && span[1] <= other[1] && other[1] - other[0] > span[1] - span[0];
            }
            if (!inside) {
                (term.weak() ? weak : strong).computeIfAbsent(term.issue(), i -> new LinkedHashSet<>()).add(term.text());
            }
        }
        Map<String, Set<String>> found = new LinkedHashMap<>();
        for (String issue : order) {
            Set<String> terms = new LinkedHashSet<>(strong.getOrDefault(issue, Set.of()));
            Set<String> weakTerms = weak.getOrDefault(issue, Set.of());
            if (!terms.isEmpty() || weakTerms.size() >= 2) {
                terms.addAll(weakTerms);
                found.put(issue, terms);
            }
        }
        return found;
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
