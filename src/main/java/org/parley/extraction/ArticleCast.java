package org.parley.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parley.article.Article;
import org.parley.party.Party;
import org.parley.party.PartyResolver;

/**
 * The people of one article as the speakers are resolved in text order: who was named, with what
 * role, who spoke or was the subject last, and the parties the article's mentions name (asked once
 * per mention text).
 */
final class ArticleCast {

    private final List<Person> people;
    private final Article article;
    private final PartyResolver parties;
    private final Map<String, Party> mentionParties = new HashMap<>();
    private final Map<String, Optional<Party>> exactParties = new HashMap<>();
    private final Map<String, Integer> lastSeen = new HashMap<>();
    private final Map<String, Integer> knownFrom = new HashMap<>();
    private final Map<String, String> held = new HashMap<>();
    private final Map<String, Speaker> unnamed = new HashMap<>();
    private Speaker lastPerson;
    private int lastPersonAt = -1;
    private Speaker lastGroup;
    private Optional<Party> writtenOpposition;
    private Map<String, int[]> surnamePositions;
    private static final int[] NONE = new int[0];

    ArticleCast(List<Person> people, Article article, PartyResolver parties) {
        this.article = article;
        this.parties = parties;
        this.people = new ArrayList<>(people.size());
        for (Person p : people) {
            if (partyNamedBy(p.name()) == null) { // "the Islamic Republic" is no one
                this.people.add(p);
            }
        }
    }

    List<Person> people() {
        return people;
    }

    Article article() {
        return article;
    }

    /** The one state's opposition the article writes of, asked once. */
    Optional<Party> writtenOpposition(PartyResolver resolver) {
        if (writtenOpposition == null) {
            writtenOpposition = resolver.oppositionWrittenIn(article);
        }
        return writtenOpposition;
    }

    /** The unnamed speaker last given with this head noun ("a Palestinian official"), or null. */
    Speaker unnamed(String head) {
        return unnamed.get(head);
    }

    /** Remembers an unnamed speaker by the head noun of its role, for a later "the official". */
    void unnamed(String head, Speaker speaker) {
        if (speaker.party() != null) {
            unnamed.put(head, speaker);
        }
    }

    /** Records the party of the office a person held on the article's date. */
    void holds(String name, String party) {
        held.put(name, party);
    }

    /** The party of the office the person held on the article's date, or null. */
    String heldFor(String name) {
        return held.get(name);
    }

    /** The party a mention names in this article ("Trump", again: asked once). */
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

    /**
     * Makes a role mention at token {@code at}, before the person is named, that person's first
     * mention; the role replaces one it is more specific than ("Tehran's deputy foreign minister"
     * over "Iranian minister").
     */
    void link(Person p, String role, boolean moreSpecific, int at) {
        int index = people.indexOf(p);
        String kept = p.role() == null || moreSpecific ? role : p.role();
        people.set(index, new Person(p.name(), kept, p.firstAt()));
        knownFrom.merge(p.name(), at, Math::min);
    }

    /** The first token of the article that stands for the person: a role linked to them, or their full name. */
    int knownFrom(Person p) {
        return Math.min(p.firstAt() < 0 ? Integer.MAX_VALUE : p.firstAt(), knownFrom.getOrDefault(p.name(), Integer.MAX_VALUE));
    }

    /**
     * The person a bare role stands for at token {@code at} ("the deputy foreign minister"): of the
     * people named before it whose roles fit it, the one seen last.
     */
    Person withRole(RoleMatch role, int at) {
        return withRole(role, at, null);
    }

    /** The same, among people whose role names {@code owner} ("Putin's spokesman Dmitry Peskov") when it is given. */
    Person withRole(RoleMatch role, int at, String owner) {
        if (role == null) {
            return null;
        }
        Person found = null;
        int foundAt = -1;
        for (Person p : people) {
            int from = knownFrom(p);
            if (from <= at && p.role() != null && role.fits(p.role()) && (owner == null || p.role().contains(owner))) {
                int seen = Math.max(from, lastSeen.getOrDefault(p.name(), -1));
                if (seen >= foundAt) {
                    found = p;
                    foundAt = seen;
                }
            }
        }
        return found;
    }

    Speaker lastPerson() {
        return lastPerson;
    }

    /** The person whose surname the article writes last before token {@code at}, or null. */
    Person lastNamedBefore(ArticleText a, int at) {
        Person found = null;
        int foundAt = -1;
        for (Person p : people) {
            int[] positions = surnamePositions(a).getOrDefault(p.surname(), NONE);
            for (int k = positions.length - 1; k >= 0; k--) {
                if (positions[k] < at) {
                    if (positions[k] > foundAt) {
                        found = p;
                        foundAt = positions[k];
                    }
                    break;
                }
            }
        }
        return found;
    }

    /** Where each surname of the cast stands in the article, in token order; found in one pass, once. */
    private Map<String, int[]> surnamePositions(ArticleText a) {
        if (surnamePositions == null) {
            Map<String, List<Integer>> at = new HashMap<>();
            for (Person p : people) {
                at.putIfAbsent(p.surname(), new ArrayList<>());
            }
            for (int k = 0; k < a.tokens().size(); k++) {
                List<Integer> list = at.get(a.token(k).text());
                if (list != null) {
                    list.add(k);
                }
            }
            surnamePositions = new HashMap<>();
            at.forEach((name, list) -> surnamePositions.put(name, list.stream().mapToInt(Integer::intValue).toArray()));
        }
        return surnamePositions;
    }

    /**
     * The person the article is about: the one whose surname it writes most, at least twice and
     * half as often again as anyone else; null when no one stands out.
     */
    Person main(ArticleText a) {
        Person best = null;
        int bestCount = 0;
        int runnerUp = 0;
        for (Person p : people) {
            int n = surnamePositions(a).getOrDefault(p.surname(), NONE).length;
            if (n > bestCount) {
                runnerUp = bestCount;
                best = p;
                bestCount = n;
            } else if (n > runnerUp) {
                runnerUp = n;
            }
        }
        return bestCount >= 2 && bestCount * 2 >= runnerUp * 3 ? best : null;
    }

    int lastPersonAt() {
        return lastPersonAt;
    }

    Speaker lastGroup() {
        return lastGroup;
    }

    void spoke(Speaker s, int at) {
        if (s.name() == null) {
            return;
        }
        if (s.body()) {
            lastGroup = s;
        } else {
            lastPerson = s;
            lastPersonAt = at;
            lastSeen.put(s.name(), at);
        }
    }

    private static String lastWord(String s) {
        return s.substring(s.lastIndexOf(' ') + 1);
    }
}
