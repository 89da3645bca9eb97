package org.parley.briefing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parley.article.Article;
import org.parley.briefing.BriefingAssembler.Said;
import org.parley.extraction.Kind;
import org.parley.round.Round;

/** The briefing of one round, built from the statements assigned to it. */
final class RoundBriefing {

    /** The section heading for statements whose party is unknown. */
    static final String UNATTRIBUTED = "Unattributed";

    private final Round round;
    private final List<Said> said;
    private final Instant generatedAt;
    private final Map<String, Integer> sourceNumbers = new LinkedHashMap<>();
    private final List<Briefing.Source> sources = new ArrayList<>();

    RoundBriefing(Round round, List<Said> said, Instant generatedAt) {
        this.round = round;
        this.said = said;
        this.generatedAt = generatedAt;
    }

    Briefing build() {
        Map<String, List<Said>> byParty = new LinkedHashMap<>();
        said.stream()
                .sorted(Comparator.comparing((Said s) -> s.attribution().party() == null))
                .forEach(s -> byParty.computeIfAbsent(partyOf(s), p -> new ArrayList<>()).add(s));
        List<Briefing.PartySection> sections = new ArrayList<>();
        byParty.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, List<Said>> e) -> e.getKey().equals(UNATTRIBUTED))
                        .thenComparing(e -> -e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> sections.add(section(e.getKey(), e.getValue())));
        Set<String> outlets = new LinkedHashSet<>();
        said.forEach(s -> outlets.addAll(s.outlets()));
        List<String> notes = new ArrayList<>();
        long unattributed = said.stream().filter(s -> s.attribution().party() == null).count();
        notes.add(said.size() + " statements from " + sources.size() + " articles; " + unattributed
                + " could not be attributed to a party.");
        return new Briefing(round.id(), round.title(), round.forum(), round.place(), round.dates(),
                sections, List.copyOf(sources), sources.size(), outlets.size(), generatedAt, notes);
    }

    private static String partyOf(Said s) {
        return s.attribution().party() == null ? UNATTRIBUTED : s.attribution().party();
    }

    private Briefing.PartySection section(String party, List<Said> statements) {
        List<Briefing.Position> positions = new ArrayList<>();
        List<Briefing.Quote> quotes = new ArrayList<>();
        Map<String, Briefing.Speaker> speakers = new LinkedHashMap<>();
        for (Said s : statements) {
            List<Integer> cited = List.of(source(s.article()));
            String speaker = s.attribution().speaker();
            String role = s.attribution().role();
            if (speaker != null) {
                speakers.putIfAbsent(speaker, new Briefing.Speaker(speaker, role));
            }
            if (s.attribution().kind() == Kind.DIRECT) {
                String date = s.article().date() == null ? null : s.article().date().toString();
                quotes.add(new Briefing.Quote(s.text(), speaker, role, cited, s.article().outletOrDoc(), date));
            } else {
                positions.add(new Briefing.Position(s.text(), speaker, role, cited, s.outlets().size()));
            }
        }
        return new Briefing.PartySection(party, positions, quotes, List.copyOf(speakers.values()));
    }

    private int source(Article a) {
        return sourceNumbers.computeIfAbsent(a.doc(), doc -> {
            int number = sources.size() + 1;
            String date = a.date() == null ? null : a.date().toString();
            sources.add(new Briefing.Source(number, a.outletOrDoc(), date, a.title(), a.url(), a.doc()));
            return number;
        });
    }
}
