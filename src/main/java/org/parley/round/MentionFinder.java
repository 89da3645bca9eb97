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

    /** How far before a meeting "the next" or "a new round of the" may stand. */
    private static final int NEXT_REACH = 25;

    private final RoundLexicon lexicon;
    private final PlaceFinder places;
    private final ForumFinder forums;
    private final Tense tense;

    private final PartyNames parties;
    private final java.util.function.Predicate<String> atTable;

    MentionFinder(RoundLexicon lexicon, PlaceFinder places, ForumFinder forums, Tense tense) {
        this(lexicon, places, forums, tense, null, party -> true);
    }

    MentionFinder(RoundLexicon lexicon, PlaceFinder places, ForumFinder forums, Tense tense, PartyNames parties,
                  java.util.function.Predicate<String> atTable) {
        this.parties = parties;
        this.atTable = atTable;
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
        SentenceDrafts drafts = new SentenceDrafts(text, dates::cueBetween);
        for (PlaceHit p : places.find(text, s.start(), s.end())) {
            drafts.list.add(new MentionDraft(p.start(), p.end(), p.city()));
        }
        List<ForumHit> partyNames = new ArrayList<>();
        if (talks) {
            addForums(text, s, words, drafts, partyNames);
        }
        if (talks || lede) {
            for (DateHit d : dates.find(text, s.start(), s.end(), words)) {
                drafts.addDate(d);
            }
        }
        if (talks) {
            drafts.placeForums();
            markMeetings(text, words, drafts.list, partyNames, dates);
            drafts.shareAcrossLists();
        }
        return drafts.list.stream().map(d -> d.toMention(s.index(), ahead(text, s, d),
                Clauses.opens(lexicon.asideMarkers, text, s.start(), d.start))).toList();
    }

    /** True when the draft's clause puts it ahead, or it is "the next" or "a new" meeting of its kind. */
    private boolean ahead(String text, Sentence s, MentionDraft d) {
        return Clauses.marked(lexicon.nextMarkers, text, Math.max(s.start(), d.start - NEXT_REACH), d.start)
                || tense.direction(text, s.start(), s.end(), d.start, d.placeEnd) == Tense.Direction.FUTURE;
    }

    private void addForums(String text, Sentence s, Words words, SentenceDrafts drafts, List<ForumHit> partyNames) {
        for (ForumHit f : forums.find(text, s.start(), s.end(), s.isTitle() && titleCase(text, s), words)) {
            if (f.partyOnly()) {
                partyNames.add(f);
            } else {
                drafts.addForum(f);
            }
        }
    }

    /**
     * A meeting word makes the mention nearest to it a meeting, on its side of a statement's reported
     * words; news conferences do not count, nor does a word of a party's name ("the Amber Sea
     * Council's spokesman").
     */
    private void markMeetings(String text, Words words, List<MentionDraft> drafts, List<ForumHit> partyNames,
                              DateFinder dates) {
        List<Words.Word> list = words.list();
        List<MentionDraft> named = drafts.stream().filter(d -> !d.saying).toList();
        // the place of talks with a party not at the table is theirs: no other meeting word makes it ours
        boolean[] withOthers = new boolean[list.size()];
        java.util.Set<MentionDraft> others = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int i = 0; i < list.size(); i++) {
            Words.Word w = list.get(i);
            withOthers[i] = lexicon.meetingWords.contains(w.lower()) && withOthers(text, words, i);
            if (withOthers[i]) {
                MentionDraft theirs = SentenceDrafts.nearest(named, w.start(), w.end(), Integer.MAX_VALUE);
                if (theirs != null) {
                    others.add(theirs);
                }
            }
        }
        for (int i = 0; i < list.size(); i++) {
            Words.Word w = list.get(i);
            boolean inParty = partyNames.stream().anyMatch(p -> p.start() <= w.start() && w.end() <= p.end());
            if (lexicon.meetingWords.contains(w.lower()) && !inParty && !excluded(words, i) && !withOthers[i]) {
                // a meeting in what is said is not where it is said
                List<MentionDraft> side = named.stream().filter(d -> dates.sameSide(w.start(), d.start)
                        && !others.contains(d)).toList();
                MentionDraft owner = SentenceDrafts.nearest(side, w.start(), w.end(), Integer.MAX_VALUE);
                if (owner != null) {
                    owner.meeting = true;
                }
            }
        }
    }

    /**
     * True when the meeting word is followed by "with" and a party not at the table ("after talks
     * with Israeli Prime Minister Benjamin Netanyahu at the White House", in coverage of US-Iran
     * talks): a meeting of another relationship, no round of this negotiation.
     */
    private boolean withOthers(String text, Words words, int index) {
        List<Words.Word> list = words.list();
        if (parties == null || index + 2 >= list.size() || !list.get(index + 1).lower().equals("with")) {
            return false;
        }
        int at = index + 2;
        if (list.get(at).lower().equals("the") && at + 1 < list.size()) {
            at++;
        }
        Words.Word first = list.get(at);
        String name = text.substring(first.start(), first.end());
        if (!Character.isUpperCase(name.charAt(0))) {
            return false;
        }
        return parties.party(name).map(p -> !atTable.test(p.name())).orElse(false);
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
