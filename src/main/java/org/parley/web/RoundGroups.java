package org.parley.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.parley.round.Round;

/**
 * The rounds of the page grouped by negotiation: the rounds of one track of talks (a forum without
 * its ordinal: "Indirect talks", "Joint Committee") under its name, and "Other talks" for rounds
 * the coverage names no format for. Groups come newest round first, rounds in a group newest first;
 * a page holds ten rounds of those the filter asks for.
 */
final class RoundGroups {

    static final String OTHER = "Other talks";

    private RoundGroups() {
    }

    /** One negotiation's rounds on a page. */
    public record Group(String name, List<RoundsResource.RoundView> rounds) {
    }

    /**
     * One page of rounds.
     *
     * @param matched  how many rounds the filter found, on every page
     * @param parties  the parties of every round, for the filter's choice
     * @param previous the query of the page before, or null on the first
     * @param next     the query of the page after, or null on the last
     */
    public record Page(List<Group> groups, int matched, int page, int pages, List<String> parties, String previous,
                       String next) {
    }

    static Page of(List<RoundsResource.RoundView> rounds, RoundsFilter filter) {
        TreeSet<String> parties = new TreeSet<>();
        rounds.forEach(r -> parties.addAll(r.parties()));
        List<RoundsResource.RoundView> found = rounds.stream().filter(filter::matches)
                .sorted(Comparator.comparing((RoundsResource.RoundView r) -> r.start() == null ? "" : r.start()).reversed())
                .toList();
        Map<String, List<RoundsResource.RoundView>> byTrack = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (RoundsResource.RoundView r : found) {
            String track = track(r);
            byTrack.computeIfAbsent(track, n -> new ArrayList<>()).add(r);
            if (r.forum() != null && r.forum().toLowerCase(java.util.Locale.ROOT).equals(track)) {
                names.putIfAbsent(track, r.forum()); // the forum as the coverage writes it, where it has no ordinal
            }
        }
        List<RoundsResource.RoundView> ordered = new ArrayList<>();
        byTrack.forEach((track, list) -> {
            if (!track.isEmpty()) {
                ordered.addAll(list);
            }
        });
        ordered.addAll(byTrack.getOrDefault("", List.of()));
        int pages = Math.max(1, (ordered.size() + RoundsFilter.PAGE - 1) / RoundsFilter.PAGE);
        int page = Math.min(filter.page(), pages);
        List<RoundsResource.RoundView> shown = ordered.subList((page - 1) * RoundsFilter.PAGE,
                Math.min(ordered.size(), page * RoundsFilter.PAGE));
        Map<String, List<RoundsResource.RoundView>> groups = new LinkedHashMap<>();
        shown.forEach(r -> groups.computeIfAbsent(name(track(r), names), n -> new ArrayList<>()).add(r));
        return new Page(groups.entrySet().stream().map(e -> new Group(e.getKey(), List.copyOf(e.getValue()))).toList(),
                found.size(), page, pages, List.copyOf(parties), page > 1 ? filter.query(page - 1) : null,
                page < pages ? filter.query(page + 1) : null);
    }

    /** A round's track of talks, or "" for none. */
    private static String track(RoundsResource.RoundView r) {
        String track = Round.trackOf(r.forum());
        return track == null ? "" : track;
    }

    /** A track's name: as a forum writes it, else capitalised; "Other talks" for none. */
    private static String name(String track, Map<String, String> names) {
        if (track.isEmpty()) {
            return OTHER;
        }
        return names.getOrDefault(track, Character.toUpperCase(track.charAt(0)) + track.substring(1));
    }
}
