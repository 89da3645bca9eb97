package org.parley.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.parley.article.Article;
import org.parley.party.Party;
import org.parley.party.PartyResolver;

/**
 * Resolves the source mentions of one article to speakers: full names to themselves, surnames
 * and titles to the person first introduced with them, organisations and metonyms to their
 * party, and pronouns to the most recent fitting speaker (by recency, not by grammatical gender,
 * which translated copy often gets wrong).
 */
final class SpeakerResolver {

    private static final Set<String> PERSONAL = Set.of("he", "she", "i", "who");

    private final MentionParser mentions;
    private final SubjectFinder subjects;
    private final SourceFinder phrases;
    private final Set<String> titles;
    private final PeopleFinder peopleFinder;
    private final PartyResolver parties;
    private final Map<String, Optional<Party>> roleParties;

    /**
     * @param roleParties what {@code parties} says of each role, remembered across articles: a
     *                    role names its party whatever the article, and the same roles come back
     */
    SpeakerResolver(Lexicons lexicons, PartyResolver parties, Map<String, Optional<Party>> roleParties) {
        this.mentions = new MentionParser(lexicons);
        this.subjects = new SubjectFinder(lexicons);
        this.phrases = new SourceFinder(lexicons);
        this.titles = lexicons.titles();
        this.peopleFinder = new PeopleFinder(lexicons, mentions);
        this.parties = parties;
        this.roleParties = roleParties;
    }

    /** The speaker of each statement, in the order given (text order). */
    List<Speaker> resolve(Article article, ArticleText a, List<Found> found) {
        Cast cast = new Cast(peopleFinder.find(a), article);
        List<Speaker> speakers = new ArrayList<>(found.size());
        for (Found f : found) {
            if (f.source() == null) {
                speakers.add(Speaker.UNKNOWN);
                continue;
            }
            Mention m = mentions.parse(a, f.source());
            Speaker s = switch (m.kind()) {
                case PRONOUN -> PERSONAL.contains(m.name()) ? personBefore(article, a, cast, f.source().first())
                        : cast.lastGroup;
                case NAME -> named(article, cast, m);
                case ROLE -> byRole(article, cast, m);
            };
            s = s == null ? Speaker.UNKNOWN : s;
            cast.spoke(s, f.source().first());
            speakers.add(s);
        }
        return speakers;
    }

    /**
     * Whom "he" or "she" at token {@code at} stands for: the person the sentence before names as
     * its subject, with a role ("Her counterpart, Aurel Kostović, struck a harder tone. He told
     * ..."), when that comes after the last person who spoke; else that last person.
     */
    private Speaker personBefore(Article article, ArticleText a, Cast cast, int at) {
        List<Sentence> sentences = a.sentences();
        int k = 0;
        while (k + 1 < sentences.size() && sentences.get(k + 1).first() <= at) {
            k++;
        }
        if (k == 0 || sentences.get(k - 1).first() <= cast.lastPersonAt) {
            return cast.lastPerson;
        }
        Sentence before = sentences.get(k - 1);
        TokenSpan subject = subjects.subject(a, before, before.end());
        if (subject != null && subject.end() < before.end() && a.token(subject.end()).is(',')) {
            subject = phrases.nounPhraseRight(a, before, subject.first()); // "Her counterpart, Aurel Kostović,"
        }
        if (subject == null) {
            return cast.lastPerson;
        }
        Mention m = mentions.parse(a, subject);
        boolean person = m.kind() == Mention.Kind.NAME && m.name().indexOf(' ') > 0 && m.role() != null
                && titles.contains(m.roleHead()) && cast.partyOfMention(m.name()) == null;
        return person ? named(article, cast, m) : cast.lastPerson;
    }

    private Speaker named(Article article, Cast cast, Mention m) {
        int comma = m.text().indexOf(',');
        String head = comma < 0 ? m.text() : m.text().substring(0, comma).strip(); // "The Citadel, for its part"
        Party party = cast.partyNamedBy(head); // "The State Department", whatever the parser made of it
        if (party == null && (m.role() == null || !hasTitle(m.role()))) { // "Tolmir", and "the things Tolmir" too
            party = cast.partyOfMention(head);
            party = party != null ? party : cast.partyOfMention(m.name());
        }
        if (party != null) {
            return new Speaker(party.name(), null, party.name());
        }
        Person person = cast.find(m.name());
        if (person == null) {
            person = cast.add(new Person(m.name(), m.role()));
        } else if (person.role() == null && m.role() != null && titles.contains(m.roleHead())) {
            person = cast.introduce(person, m.role()); // "Her counterpart, Aurel Kostović": later "Mr Kostović" too
        }
        String role = m.role() != null ? m.role() : person.role();
        String side = partyOf(role);
        if (side == null && m.role() != null) {
            side = partyOf(person.role()); // "Medinsky, a former culture minister": still Russia's chief negotiator
        }
        if (side == null && role != null) {
            side = possessor(cast, role); // "The European Commission's Maros Šefčovič"
        }
        return new Speaker(person.name(), role, side);
    }

    /**
     * The organisation a role that is only its possessive names ("NATO's", "the European
     * Commission's"), or null. A state's possessive is no side: "France's Marine Le Pen" is not
     * France at the table.
     */
    private static String possessor(Cast cast, String role) {
        String r = role.strip();
        if (!r.endsWith("'s") && !r.endsWith("’s")) {
            return null;
        }
        Party owner = cast.partyNamedBy(r.substring(0, r.length() - 2));
        return owner == null || !"organisation".equals(owner.kind()) ? null : owner.name();
    }

    private boolean hasTitle(String role) {
        for (String word : role.toLowerCase(Locale.ROOT).split("[\\s,]+")) {
            if (titles.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private Speaker byRole(Article article, Cast cast, Mention m) {
        Party party = cast.partyOfMention(m.text());
        if (party != null) {
            return new Speaker(party.name(), null, party.name());
        }
        if (m.role() == null) {
            return null;
        }
        Person person = cast.withRole(m.roleHead());
        if (person == null) {
            return new Speaker(null, m.role(), partyOf(m.role()));
        }
        return new Speaker(person.name(), person.role(), partyOf(person.role()));
    }

    private String partyOf(String role) {
        if (role == null) {
            return null;
        }
        Optional<Party> party = roleParties.computeIfAbsent(role, parties::partyOfRole);
        return party.isPresent() ? party.get().name() : null;
    }

    /** The people of one article, who spoke last, and the parties its mentions name. */
    private final class Cast {
        private final List<Person> people;
        private final Article article;
        private final Map<String, Party> mentionParties = new HashMap<>();
        private final Map<String, Optional<Party>> exactParties = new HashMap<>();
        private Speaker lastPerson;
        private int lastPersonAt = -1;
        private Speaker lastGroup;

        Cast(List<Person> people, Article article) {
            this.people = new ArrayList<>(people);
            this.article = article;
        }

        /** The party a mention names in this article, asked once per mention text ("Trump", again). */
        Party partyOfMention(String mention) {
            if (!mentionParties.containsKey(mention)) {
                mentionParties.put(mention, parties.partyOfMention(mention, article).orElse(null));
            }
            return mentionParties.get(mention);
        }

        /** The party a mention names as a whole, asked once per mention text. */
        Party partyNamedBy(String mention) {
            return exactParties.computeIfAbsent(mention, k -> parties.partyNamedBy(k, article)).orElse(null);
        }

        /** The person a name refers to: the same full name, surname or first name. */
        Person find(String name) {
            for (Person p : people) {
                if (p.name().equals(name) || p.surname().equals(name) || p.firstName().equals(name)
                        || name.indexOf(' ') > 0 && p.surname().equals(lastWord(name))
                        && p.firstName().equals(name.substring(0, name.indexOf(' ')))) {
                    return p;
                }
            }
            return null;
        }

        Person add(Person p) {
            people.add(p);
            return p;
        }

        /** Gives a person found without a role the role a source mention writes for them. */
        Person introduce(Person p, String role) {
            Person introduced = p.withRole(role);
            people.set(people.indexOf(p), introduced);
            return introduced;
        }

        /** The person whose role ends with the head noun of a role mention ("the minister"). */
        Person withRole(String head) {
            Person found = null;
            for (Person p : people) {
                if (p.role() != null && p.role().toLowerCase(Locale.ROOT).contains(head)) {
                    found = p;
                }
            }
            return found;
        }

        void spoke(Speaker s, int at) {
            if (s.name() == null) {
                return;
            }
            boolean group = s.party() != null && s.name().equals(s.party());
            if (group) {
                lastGroup = s;
            } else {
                lastPerson = s;
                lastPersonAt = at;
            }
        }

        private static String lastWord(String s) {
            return s.substring(s.lastIndexOf(' ') + 1);
        }
    }
}
