package org.parley.round;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parley.party.Party;

/**
 * Finds forums, formats and ordinal rounds in a sentence with the lexicon's forum patterns, and
 * reads each match into a {@link Forum}: hyphenated parties ("NATO-Russia Council"), a capitalised
 * name ("Strategic Stability Dialogue"), a hosting institution ("at the OSCE"), a format
 * ("trilateral talks") or which round of a series it is ("the eighth round of negotiations").
 */
final class ForumFinder {

    /**
     * What one match says; {@code place} is set when the "name" was a venue ("the Vienna talks"), and
     * {@code party} when it was a party at the table ("the Amber Sea Council"), which names no meeting.
     */
    record ForumHit(int start, int end, Forum forum, String place, Integer ordinal, String party) {

        ForumHit(int start, int end, Forum forum, String place, Integer ordinal) {
            this(start, end, forum, place, ordinal, null);
        }

        /** True when the hit names no meeting: a party that does not host, only masking its words. */
        boolean partyOnly() {
            return party != null && forum == null;
        }
    }

    /** How far before a party's name a hosting phrase ("under the auspices of the") may start. */
    private static final int HOST_LOOKBACK = 40;

    private final RoundLexicon lexicon;
    private final PartyNames parties;
    private final ForumNames names;

    ForumFinder(RoundLexicon lexicon, PartyNames parties) {
        this.lexicon = lexicon;
        this.parties = parties;
        this.names = new ForumNames(lexicon, parties);
    }

    /** The forum hits in {@code [from, to)}; in a Title Case headline, only unambiguous ones. */
    List<ForumHit> find(String text, int from, int to, boolean titleCase) {
        return find(text, from, to, titleCase, new Words(text, from, to));
    }

    /** The same, with the sentence's words already read. */
    List<ForumHit> find(String text, int from, int to, boolean titleCase, Words words) {
        List<ForumHit> hits = new ArrayList<>();
        for (RoundLexicon.ForumPattern fp : lexicon.forums) {
            Pattern p = fp.pattern();
            if (titleCase && p.pattern().contains("(?<name>") || !fp.when().isEmpty() && !words.hasAny(fp.when())) {
                continue;
            }
            Matcher m = p.matcher(text).region(from, to);
            while (m.find()) {
                ForumHit hit = followedByTitle(text, m.end(), to) ? null : hosted(text, read(m));
                if (hit != null && hit.forum() != null && body(text, hit, from, to)) {
                    continue;
                }
                if (hit != null) {
                    hits.add(hit);
                }
            }
        }
        return nonOverlapping(hits);
    }

    /** Matches right after a forum's name when a name's "of" follows: "Committee of the Red Cross". */
    private static final Pattern OF_NAME = Pattern.compile("\\s+of\\s+(?:the\\s+)?\\p{Lu}");

    /**
     * True when a standing forum's name is a body, not a meeting: people belong to it or speak for
     * it ("members of the Coordination Council", "chairman of the Munich Security Conference"), or
     * its name goes on with "of the ..." ("the International Committee of the Red Cross").
     */
    private boolean body(String text, ForumHit hit, int from, int to) {
        if (!hit.forum().strong() || hit.forum().host()) {
            return false;
        }
        String before = text.substring(Math.max(from, hit.start() - 60), hit.start());
        return lexicon.bodyBefore.matcher(before).find() || OF_NAME.matcher(text).region(hit.end(), to).lookingAt();
    }

    /** "Council President", "Security Council resolution": a title or a thing, not a meeting. */
    private boolean followedByTitle(String text, int end, int to) {
        int at = end;
        while (at < to && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        int wordEnd = at;
        while (wordEnd < to && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        return wordEnd > at && lexicon.notMeetingFollowers.contains(text.substring(at, wordEnd).toLowerCase(Locale.ROOT));
    }

    /**
     * A party named where a forum could stand is at the table, not a meeting of its own, unless the
     * text says it hosts ("convened by the Amber Sea Council", "at the OSCE"): then it is the host.
     */
    private ForumHit hosted(String text, ForumHit hit) {
        if (hit == null || hit.party() == null || hit.forum() != null) {
            return hit;
        }
        String before = text.substring(Math.max(0, hit.start() - HOST_LOOKBACK), hit.start());
        if (!lexicon.hostCues.matcher(before).find()) {
            return hit;
        }
        Forum host = new Forum(Slugs.slug(hit.party()), hit.party(), Set.of(), true, true);
        return new ForumHit(hit.start(), hit.end(), host, null, null, hit.party());
    }

    private ForumHit read(Matcher m) {
        String head = group(m, "head");
        if (group(m, "parties") != null) {
            return names.ofParties(m.start(), m.end(), m.group("parties"), group(m, "middle"), head);
        }
        if (group(m, "name") != null) {
            return names.ofName(m.start("name"), m.end(), m.group("name"), head);
        }
        if (group(m, "org") != null) {
            return institution(m);
        }
        if (group(m, "ordinal") != null) {
            return new ForumHit(m.start(), m.end(), null, null,
                    lexicon.ordinals.get(m.group("ordinal").toLowerCase(Locale.ROOT)));
        }
        if (group(m, "number") != null) {
            return new ForumHit(m.start(), m.end(), null, null, Integer.valueOf(m.group("number")));
        }
        if (group(m, "summit") != null) {
            String kind = m.group("summit").toLowerCase(Locale.ROOT).replace('’', '\'');
            Forum forum = new Forum("summit", capitalise(kind), Set.of(), false);
            return new ForumHit(m.start("summit"), m.end(), forum, null, null);
        }
        if (group(m, "format") != null) {
            String format = m.group("format").toLowerCase(Locale.ROOT);
            Forum forum = new Forum(Slugs.slug(format), capitalise(format) + " talks", Set.of(), false);
            return new ForumHit(m.start(), m.end(), forum, null, null);
        }
        return null;
    }

    /** "at the Organization for Security and Cooperation in Europe (OSCE)" -> OSCE, hosting. */
    private ForumHit institution(Matcher m) {
        String name = untilPlaceOrDate(m.group("org")).replaceAll("(?:\\s+(?:of|for|and|in|on|the))+$", "");
        boolean institution = false;
        for (String word : name.split("\\s+")) {
            institution |= lexicon.institutionWords.contains(word);
        }
        Party party = parties.party(name).orElse(null);
        int start = m.start("org");
        if (party != null) {
            return "organisation".equals(party.kind()) || institution
                    ? new ForumHit(start, start + name.length(), null, null, null, party.name()) : null;
        }
        if (!institution) {
            return null;
        }
        Forum forum = new Forum(Slugs.slug(name), name, Set.of(), true);
        return new ForumHit(start, start + name.length(), forum, null, null);
    }

    /** "United Nations in Geneva on Wednesday" -> "United Nations": a venue or a date ends the name. */
    private String untilPlaceOrDate(String name) {
        String[] words = name.split("\\s+");
        StringBuilder kept = new StringBuilder();
        for (String w : words) {
            String bare = w.replaceAll("[.,;:]+$", "");
            if (lexicon.venue(bare) != null || ForumNames.isDayOrMonth(bare)) {
                break;
            }
            kept.append(kept.length() == 0 ? "" : " ").append(w);
        }
        return kept.toString();
    }

    /**
     * Longest first among hits that start together; earlier hits win over later overlapping ones,
     * except that an ordinal and a forum that overlap ("third round of Ukraine-Russia talks") combine.
     */
    private static List<ForumHit> nonOverlapping(List<ForumHit> hits) {
        hits.sort(Comparator.comparingInt(ForumHit::start).thenComparing(h -> -(h.end() - h.start())));
        List<ForumHit> kept = new ArrayList<>();
        for (ForumHit h : hits) {
            ForumHit last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last == null || h.start() >= last.end()) {
                kept.add(h);
            } else if (last.ordinal() == null && h.ordinal() != null || last.forum() == null && h.forum() != null
                    && last.place() == null) {
                kept.set(kept.size() - 1, new ForumHit(last.start(), Math.max(last.end(), h.end()),
                        last.forum() != null ? last.forum() : h.forum(), last.place(),
                        last.ordinal() != null ? last.ordinal() : h.ordinal()));
            }
        }
        return kept;
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
