package org.parley.briefing;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.parley.extraction.ArticleAttributions;
import org.parley.extraction.Attribution;

/**
 * Each issue of the lexicon named as a run's coverage names it: by the term of the issue the most
 * statements of the parties use ("Hostages" for the lexicon's Prisoners in coverage of a hostage
 * deal, "Enrichment" for its Nuclear programme), and the next term too when at least half as many
 * use it ("Hostages and prisoners"). One name for the whole run, so rounds compare issue by issue.
 */
final class IssueLabels {

    private final Map<String, String> labels;

    private IssueLabels(Map<String, String> labels) {
        this.labels = labels;
    }

    /** No renaming: every issue keeps the lexicon's name. */
    static IssueLabels none() {
        return new IssueLabels(Map.of());
    }

    static IssueLabels of(List<ArticleAttributions> extracted, IssueLexicon lexicon) {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (ArticleAttributions a : extracted) {
            String text = a.article().text();
            for (Attribution s : a.attributions()) {
                if (s.party() != null) {
                    lexicon.termsOf(Whitespace.collapse(s.content().of(text))).forEach((issue, terms) -> terms.forEach(
                            t -> counts.computeIfAbsent(issue, k -> new HashMap<>()).merge(t, 1, Integer::sum)));
                }
            }
        }
        Map<String, String> labels = new HashMap<>();
        Set<String> taken = new HashSet<>();
        counts.forEach((issue, terms) -> {
            List<Map.Entry<String, Integer>> ranked = terms.entrySet().stream()
                    .sorted(Comparator.comparingInt((Map.Entry<String, Integer> e) -> -e.getValue())
                            .thenComparing(Map.Entry::getKey))
                    .toList();
            String label = capitalised(ranked.get(0).getKey());
            if (ranked.size() > 1 && 2 * ranked.get(1).getValue() >= ranked.get(0).getValue()
                    && !sameWord(ranked.get(0).getKey(), ranked.get(1).getKey())) {
                label += " and " + ranked.get(1).getKey();
            }
            if (taken.add(label.toLowerCase(Locale.ROOT))) {
                labels.put(issue, label);
            }
        });
        return new IssueLabels(labels);
    }

    /** The issue's name in this run. */
    String of(String issue) {
        return labels.getOrDefault(issue, issue);
    }

    /** The lexicon's issues whose name this run changes, with the name it gives them. */
    Map<String, String> renamed() {
        Map<String, String> renamed = new java.util.TreeMap<>();
        labels.forEach((issue, label) -> {
            if (!label.equalsIgnoreCase(issue)) {
                renamed.put(issue, label);
            }
        });
        return renamed;
    }

    /** "hostage" and "hostages": one word, singular and plural. */
    private static boolean sameWord(String a, String b) {
        return a.equals(b + "s") || b.equals(a + "s");
    }

    private static String capitalised(String term) {
        return term.isEmpty() ? term : Character.toUpperCase(term.charAt(0)) + term.substring(1);
    }
}
