package org.parley.briefing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.parley.article.Article;
import org.parley.article.Listing;

/**
 * The numbered sources of one briefing: its articles by date (undated last), an update after the
 * version it updates, then by name; each with the copies merged into it and the version it updates.
 */
final class SourceList {

    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final List<Briefing.Source> sources = new ArrayList<>();

    SourceList(Collection<Said> said, StoryLinks links) {
        Map<String, Article> articles = new LinkedHashMap<>();
        said.forEach(s -> articles.putIfAbsent(s.article().doc(), s.article()));
        List<Article> sorted = articles.values().stream()
                .sorted(Comparator.comparing(Article::date, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingInt((Article a) -> links.depth(a.doc()))
                        .thenComparing(Article::doc))
                .toList();
        sorted.forEach(a -> numbers.put(a.doc(), numbers.size() + 1));
        sorted.forEach(a -> add(a, links));
    }

    private void add(Article a, StoryLinks links) {
        Listing earlier = links.earlierVersion(a.doc());
        List<Briefing.Related> copies = links.copiesOf(a.doc()).stream().map(this::related).toList();
        sources.add(new Briefing.Source(numbers.get(a.doc()), a.outlet(), a.date() == null ? null : Dates.show(a.date()),
                a.title(), a.url(), a.doc(), earlier == null ? null : related(earlier), copies));
    }

    private Briefing.Related related(Listing l) {
        return new Briefing.Related(numbers.get(l.doc()), l.outlet(), l.date() == null ? null : Dates.show(l.date()),
                l.title(), l.url(), l.doc());
    }

    int number(Article a) {
        return numbers.get(a.doc());
    }

    /** The sorted, distinct source numbers of some statements. */
    List<Integer> numbers(Collection<Said> said) {
        TreeSet<Integer> set = new TreeSet<>();
        said.forEach(s -> set.add(number(s.article())));
        return List.copyOf(set);
    }

    List<Briefing.Source> sources() {
        return List.copyOf(sources);
    }
}
