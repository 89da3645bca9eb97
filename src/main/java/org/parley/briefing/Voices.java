package org.parley.briefing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The other voices of a round: the people who spoke on it without a party at the table (see
 * {@link OtherVoices}), each with what they said, once per statement, most widely reported first.
 * Named speakers go first, the most statements first; the sources the articles do not name ("an
 * analyst") come last, as one entry. A speaker that reads as no one ("plan", "No Palestinians, Many":
 * lower case, a comma, more than {@value #MAX_NAME_WORDS} words) is left out; the manifest keeps it.
 */
final class Voices {

    /** At most this many statements of one voice; the run's manifest and exports have the rest. */
    static final int MAX_STATEMENTS = 5;
    /** A speaker's name has at most this many words. */
    static final int MAX_NAME_WORDS = 6;

    private Voices() {
    }

    /** True for no name (an unnamed source) or one that starts with a capital, has no comma and few words. */
    static boolean readsAsSomeone(String speaker) {
        return speaker == null || !speaker.isEmpty() && Character.isUpperCase(speaker.codePointAt(0))
                && speaker.indexOf(',') < 0 && speaker.strip().split("\\s+").length <= MAX_NAME_WORDS;
    }

    static List<Briefing.Voice> of(List<Said> said, SourceList sources) {
        Map<String, List<Said>> bySpeaker = new LinkedHashMap<>();
        said.stream().filter(s -> s.party() == null && readsAsSomeone(s.attribution().speaker()))
                .forEach(s -> bySpeaker.computeIfAbsent(s.attribution().speaker(), k -> new ArrayList<>()).add(s));
        List<Briefing.Voice> voices = new ArrayList<>();
        bySpeaker.forEach((speaker, list) -> {
            List<Briefing.VoiceStatement> statements = StatementGroups.of(list, sources).stream()
                    .limit(MAX_STATEMENTS)
                    .map(g -> {
                        Said first = g.first();
                        String text = first.direct() ? PartySections.unquoted(QuoteFrames.withoutFrame(first))
                                : first.shown();
                        return new Briefing.VoiceStatement(text, first.direct(), g.citations(), g.outlets());
                    })
                    .toList();
            String role = list.stream().map(s -> s.attribution().role()).filter(Objects::nonNull).findFirst().orElse(null);
            voices.add(new Briefing.Voice(speaker, role, statements));
        });
        voices.sort(Comparator.comparing((Briefing.Voice v) -> v.speaker() == null)
                .thenComparingInt(v -> -bySpeaker.get(v.speaker()).size())
                .thenComparing(v -> v.speaker() == null ? "" : v.speaker()));
        return voices;
    }
}
