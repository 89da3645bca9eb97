package org.parley.briefing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One party's section: its positions (reported statements, grouped), its key quotes (ranked by how
 * widely reported, then how long and specific) and its speakers.
 */
final class PartySections {

    /** At most this many key quotes per party. */
    static final int MAX_QUOTES = 8;
    private static final String QUOTE_MARKS = "\"“”„‘’‚'«»‹› ";

    private PartySections() {
    }

    /** A party's section and its entries, which summary lines point to. */
    record Built(Briefing.PartySection section, List<Entry> entries) {
    }

    /**
     * One position or key quote of a section: the statements it stands for and its id.
     *
     * @param quote true for a key quote, false for a position
     */
    record Entry(StatementGroups.Group group, boolean quote, String id) {
    }

    static Briefing.PartySection of(String party, List<Said> said, SourceList sources) {
        return built(party, said, sources).section();
    }

    static Built built(String party, List<Said> said, SourceList sources) {
        String sectionId = Briefing.PartySection.idOf(party);
        List<Entry> entries = new ArrayList<>();
        List<Briefing.Position> positions = new ArrayList<>();
        for (StatementGroups.Group g : StatementGroups.of(said.stream().filter(s -> !s.direct()).toList(), sources)) {
            Said voice = g.voiced();
            String id = sectionId + "_p" + (positions.size() + 1);
            positions.add(new Briefing.Position(id, g.first().shown(), voice.speaker(), voice.attribution().role(),
                    g.citations(), g.outlets()));
            entries.add(new Entry(g, false, id));
        }
        List<StatementGroups.Group> ranked = StatementGroups.of(said.stream().filter(Said::direct).toList(), sources)
                .stream()
                .sorted(Comparator.comparingInt(StatementGroups.Group::outlets).reversed()
                        .thenComparing(g -> -specificity(g.first().text())))
                .limit(MAX_QUOTES)
                .toList();
        List<Briefing.Quote> quotes = new ArrayList<>();
        for (StatementGroups.Group g : ranked) {
            String id = sectionId + "_q" + (quotes.size() + 1);
            quotes.add(quote(id, g, sources));
            entries.add(new Entry(g, true, id));
        }
        return new Built(new Briefing.PartySection(party, positions, quotes, speakers(said)), entries);
    }

    private static Briefing.Quote quote(String id, StatementGroups.Group g, SourceList sources) {
        Said first = g.first();
        Said voice = g.voiced();
        Briefing.Source source = sources.sources().get(sources.number(first.article()) - 1);
        return new Briefing.Quote(id, unquoted(QuoteFrames.withoutFrame(first)), voice.speaker(),
                voice.attribution().role(), source.outlet(), source.date(), g.citations());
    }

    /** Longer quotes say more, up to a point; numbers and names make them specific. */
    static int specificity(String text) {
        int score = Math.min(text.length(), 400);
        for (String word : text.split("\\s+")) {
            if (!word.isEmpty() && (Character.isDigit(word.charAt(0)) || Character.isUpperCase(word.charAt(0)))) {
                score += 15;
            }
        }
        return score;
    }

    /** The words without the quotation marks around them (templates add typographic ones). */
    static String unquoted(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && QUOTE_MARKS.indexOf(text.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && QUOTE_MARKS.indexOf(text.charAt(to - 1)) >= 0) {
            to--;
        }
        return text.substring(from, to);
    }

    private static List<Briefing.Speaker> speakers(List<Said> said) {
        Map<String, List<Said>> bySpeaker = new LinkedHashMap<>();
        said.stream().filter(s -> s.speaker() != null)
                .forEach(s -> bySpeaker.computeIfAbsent(s.speaker(), k -> new ArrayList<>()).add(s));
        return bySpeaker.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, List<Said>> e) -> -e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .map(e -> new Briefing.Speaker(e.getKey(), role(e.getValue()), e.getValue().size()))
                .toList();
    }

    private static String role(List<Said> said) {
        return said.stream().map(s -> s.attribution().role()).filter(r -> r != null).findFirst().orElse(null);
    }
}
