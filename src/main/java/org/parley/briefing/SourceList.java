package org.parley.briefing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.parley.article.Article;

/** The numbered sources of one briefing: its articles by date (undated last), then by name. */
final class SourceList {

    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final List<Briefing.Source> sources = new ArrayList<>();

    SourceList(Collection<Said> said) {
        Map<String, Article> articles = new LinkedHashMap<>();
        said.forEach(s -> articles.putIfAbsent(s.article().doc(), s.article()));
        articles.values().stream()
                .sorted(Comparator.comparing(Article::date, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Article::doc))
                .forEach(this::add);
    }

    private void add(Article a) {
        int number = sources.size() + 1;
        numbers.put(a.doc(), number);
        sources.add(new Briefing.Source(number, a.outlet(), a.date() == null ? null : Dates.show(a.date()), a.title(),
                a.url(), a.doc()));
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
