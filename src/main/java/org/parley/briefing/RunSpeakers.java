package org.parley.briefing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.parley.extraction.ArticleAttributions;
import org.parley.extraction.Attribution;
import org.parley.party.ArticleSpeaker;
import org.parley.party.KnownPerson;
import org.parley.party.SpeakerDirectory;

/**
 * Makes the speakers of a run one set of people: each article's speakers go through the
 * {@link SpeakerDirectory}, which merges the same person across articles and gives each one party,
 * and every statement then carries that person's full name, role and party.
 */
public final class RunSpeakers {

    private RunSpeakers() {
    }

    /** The statements with speakers merged across the run; the directory learns every speaker. */
    public static List<ArticleAttributions> resolve(List<ArticleAttributions> extracted, SpeakerDirectory directory) {
        for (ArticleAttributions a : extracted) {
            for (ArticleSpeaker speaker : speakers(a)) {
                directory.add(speaker);
            }
        }
        List<ArticleAttributions> resolved = new ArrayList<>(extracted.size());
        for (ArticleAttributions a : extracted) {
            List<Attribution> statements = new ArrayList<>(a.attributions().size());
            for (Attribution s : a.attributions()) {
                statements.add(resolve(s, directory));
            }
            resolved.add(new ArticleAttributions(a.article(), statements));
        }
        return resolved;
    }

    private static Attribution resolve(Attribution s, SpeakerDirectory directory) {
        if (!isPerson(s)) {
            return s;
        }
        Optional<KnownPerson> person = directory.find(s.speaker());
        if (person.isEmpty()) {
            return s;
        }
        KnownPerson p = person.get();
        // One party per person: the run's agreed party wins over one article's reading, and a
        // person whose articles disagree has none.
        return new Attribution(s.kind(), s.content(), s.cue(), s.source(), p.name(),
                s.role() != null ? s.role() : p.role(), p.party());
    }

    /** A speaker that is a party speaking as itself ("Moscow said": speaker Russia) is not a person. */
    private static boolean isPerson(Attribution s) {
        return s.speaker() != null && !s.speaker().equals(s.party());
    }

    /** One article's speakers, each with the role, party and mentions its statements give. */
    static List<ArticleSpeaker> speakers(ArticleAttributions a) {
        Map<String, List<Attribution>> bySpeaker = new LinkedHashMap<>();
        for (Attribution s : a.attributions()) {
            if (isPerson(s)) {
                bySpeaker.computeIfAbsent(s.speaker(), k -> new ArrayList<>()).add(s);
            }
        }
        List<ArticleSpeaker> speakers = new ArrayList<>();
        String text = a.article().text();
        for (Map.Entry<String, List<Attribution>> e : bySpeaker.entrySet()) {
            String role = null;
            String party = null;
            Set<String> mentions = new LinkedHashSet<>();
            for (Attribution s : e.getValue()) {
                role = role != null ? role : s.role();
                party = party != null ? party : s.party();
                if (s.source() != null) {
                    mentions.add(s.source().of(text).strip());
                }
            }
            speakers.add(new ArticleSpeaker(a.article().doc(), e.getKey(), role, party, a.article().date(),
                    List.copyOf(mentions)));
        }
        return speakers;
    }
}
