package org.parley.round;

import java.util.ArrayList;
import java.util.List;

import org.parley.round.DateFinder.DateHit;
import org.parley.round.ForumFinder.ForumHit;
import org.parley.round.PlaceFinder.PlaceHit;
import org.parley.round.Sentences.Sentence;

/**
 * Ties the forums, places, dates and meeting words of one sentence into {@link Mention}s: each
 * place starts a mention; a forum joins the place it stands next to; a date or a meeting word joins
 * the nearest mention. "The meeting in Geneva on Monday and ... on Thursday in Vienna" is two. Every
 * sentence is read for places, which name no meeting without a meeting word but hint at which round
 * a statement is about; only sentences with a meeting word are read for forums.
 */
final class MentionFinder {

    private static final java.util.regex.Pattern LIST_GAP = java.util.regex.Pattern.compile("\\s*(?:,|and|or|, and)\\s*");

    /** How far, in characters, a forum may stand from a place to name the same meeting. */
    private static final int FORUM_REACH = 40;
    /** How far before a meeting "the next" or "a new round of the" may stand. */
    private static final int NEXT_REACH = 25;
    /** How far a date may stand from the place or forum it dates; further, it dates nothing named. */
    private static final int DATE_REACH = 80;
    /** "Wednesday's meeting in Vienna": a possessive date belongs to what follows it. */
    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("(?:'s|’s)$");

    private final RoundLexicon lexicon;
    private final PlaceFinder places;
    private final ForumFinder forums;
    private final Tense tense;

    MentionFinder(RoundLexicon lexicon, PlaceFinder places, ForumFinder forums, Tense tense) {
        this.lexicon = lexicon;
        this.places = places;
        this.forums = forums;
        this.tense = tense;
    }

    /**
     * The mentions of one sentence; {@code dates} finds its dates against the article's anchor. A
     * sentence with no meeting word is read only for its dates, and only when {@code lede}.
     */
    List<Mention> find(String text, Sentence s, DateFinder dates, boolean lede) {
        Words words = new Words(text, s.start(), s.end());
        boolean talks = words.hasAny(lexicon.triggers);
        List<MentionDraft> drafts = new ArrayList<>();
        for (PlaceHit p : places.find(text, s.start(), s.end())) {
            drafts.add(new MentionDraft(p.start(), p.end(), p.city()));
        }
        List<ForumHit> partyNames = new ArrayList<>();
        if (talks) {
            addForums(text, s, words, drafts, partyNames);
        }
        if (talks || lede) {
            for (DateHit d : dates.find(text, s.start(), s.end(), words)) {
                addDate(text, drafts, d);
            }
        }
        if (talks) {
            placeForums(drafts);
            markMeetings(words, drafts, partyNames);
            shareAcrossLists(text, drafts);
        }
        return drafts.stream().map(d -> d.toMention(s.index(), ahead(text, s, d),
                Clauses.opens(lexicon.asideMarkers, text, s.start(), d.start))).toList();
    }

    /** True when the draft's clause puts it ahead, or it is "the next" or "a new" meeting of its kind. */
    private boolean ahead(String text, Sentence s, MentionDraft d) {
        return Clauses.marked(lexicon.nextMarkers, text, Math.max(s.start(), d.start - NEXT_REACH), d.start)
                || tense.direction(text, s.start(), s.end(), d.start, d.placeEnd) == Tense.Direction.FUTURE;
    }

    private void addForums(String text, Sentence s, Words words, List<MentionDraft> drafts,
                           List<ForumHit> partyNames) {
        for (ForumHit f : forums.find(text, s.start(), s.end(), s.isTitle() && titleCase(text, s), words)) {
            if (f.partyOnly()) {
                partyNames.add(f);
            } else {
                addForum(drafts, f);
            }
        }
    }

    /**
     * A date goes to the place or forum it stands by: a possessive one to what follows it, any other
     * to the nearest within reach. The day of a saying names no meeting and stands alone.
     */
    private static void addDate(String text, List<MentionDraft> drafts, DateHit d) {
        MentionDraft owner = null;
        if (!d.speech()) {
            List<MentionDraft> named = drafts.stream().filter(m -> !m.saying).toList();
            if (POSSESSIVE.matcher(text.substring(d.start(), d.end())).find()) {
                owner = named.stream().filter(m -> m.start >= d.end() && m.start - d.end() <= FORUM_REACH)
                        .min(java.util.Comparator.comparingInt(m -> m.start)).orElse(null);
            }
            owner = owner != null ? owner : nearest(named, d.start(), d.end(), DATE_REACH);
        }
        if (owner == null) {
            owner = new MentionDraft(d.start(), d.end(), null, d.speech());
            drafts.add(owner);
        }
        owner.addDate(d, text);
    }

    private static void addForum(List<MentionDraft> drafts, ForumHit f) {
        if (f.place() != null) {
            if (drafts.stream().noneMatch(d -> city(d, f.place()) && d.near(f.start(), f.end(), FORUM_REACH))) {
                drafts.add(new MentionDraft(f.start(), f.end(), f.place()));
            }
            nearest(drafts, f.start(), f.end(), 0).meeting = true;
            return;
        }
        MentionDraft owner = nearest(drafts, f.start(), f.end(), FORUM_REACH);
        boolean twoForums = owner != null && owner.forum != null && f.forum() != null
                && !owner.forum.host() && !f.forum().host();
        if (owner == null || twoForums || owner.ordinal != null && f.ordinal() != null) {
            owner = new MentionDraft(f.start(), f.end(), null);
            drafts.add(owner);
        }
        owner.forum = Forum.better(owner.forum, f.forum());
        owner.ordinal = owner.ordinal != null ? owner.ordinal : f.ordinal();
        owner.meeting = true;
        owner.cover(f.start(), f.end());
    }

    /**
     * A forum or round with no place near it is held at the place named last before it in the
     * sentence ("in Valletta, where all sides sit down together, at a Joint Council"). Not at one
     * named after it: "the Council, which came after Monday's talks in Oslo" met elsewhere.
     */
    private static void placeForums(List<MentionDraft> drafts) {
        List<MentionDraft> unplaced = drafts.stream()
                .filter(d -> d.place == null && (d.forum != null || d.ordinal != null)).toList();
        for (MentionDraft f : unplaced) {
            MentionDraft place = null;
            for (MentionDraft d : drafts) {
                if (d.place != null && d.start < f.start && (place == null || d.start > place.start)) {
                    place = d;
                }
            }
            if (place != null && place.absorb(f)) {
                drafts.remove(f);
            }
        }
    }

    /**
     * A meeting word makes the mention nearest to it a meeting; news conferences do not count, nor
     * does a word of a party's name ("the Amber Sea Council's spokesman").
     */
    private void markMeetings(Words words, List<MentionDraft> drafts, List<ForumHit> partyNames) {
        List<Words.Word> list = words.list();
        List<MentionDraft> named = drafts.stream().filter(d -> !d.saying).toList();
        for (int i = 0; i < list.size(); i++) {
            Words.Word w = list.get(i);
            boolean inParty = partyNames.stream().anyMatch(p -> p.start() <= w.start() && w.end() <= p.end());
            if (lexicon.meetingWords.contains(w.lower()) && !inParty && !excluded(words, i)) {
                MentionDraft owner = nearest(named, w.start(), w.end(), Integer.MAX_VALUE);
                if (owner != null) {
                    owner.meeting = true;
                }
            }
        }
    }

    /** "talks in Istanbul, Jeddah and Geneva": places listed together are all meetings, or none. */
    private static void shareAcrossLists(String text, List<MentionDraft> drafts) {
        List<MentionDraft> places = drafts.stream().filter(d -> d.place != null)
                .sorted(java.util.Comparator.comparingInt(d -> d.start)).toList();
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i + 1 < places.size(); i++) {
                MentionDraft a = places.get(i);
                MentionDraft b = places.get(i + 1);
                if (a.meeting != b.meeting && LIST_GAP.matcher(text.substring(a.placeEnd, b.start)).matches()) {
                    a.meeting = true;
                    b.meeting = true;
                }
            }
        }
    }

    private boolean excluded(Words words, int index) {
        List<Words.Word> list = words.list();
        if (index + 1 < list.size() && lexicon.notMeetingFollowers.contains(list.get(index + 1).lower())) {
            return true;
        }
        for (List<String> phrase : lexicon.notMeetings) {
            if (words.phraseAround(index, phrase)) {
                return true;
            }
        }
        return false;
    }

    private static boolean city(MentionDraft d, String city) {
        return city.equals(d.place);
    }

    /** The draft whose span is closest to {@code [start, end)}, within {@code reach}; earlier wins ties. */
    private static MentionDraft nearest(List<MentionDraft> drafts, int start, int end, int reach) {
        MentionDraft best = null;
        int bestGap = Integer.MAX_VALUE;
        for (MentionDraft d : drafts) {
            int gap = d.gap(start, end);
            if (gap <= reach && (gap < bestGap || gap == bestGap && best != null && d.start < best.start)) {
                best = d;
                bestGap = gap;
            }
        }
        return best;
    }

    /** A headline in Title Case: most of its words capitalised, so capitals name nothing. */
    static boolean titleCase(String text, Sentence s) {
        String[] words = text.substring(s.start(), s.end()).split("\\s+");
        int capitalised = 0;
        for (String w : words) {
            capitalised += !w.isEmpty() && Character.isUpperCase(w.charAt(0)) ? 1 : 0;
        }
        return words.length >= 4 && capitalised * 3 >= words.length * 2;
    }
}
