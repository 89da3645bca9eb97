package org.parley.round;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.parley.round.DateFinder.DateHit;
import org.parley.round.ForumFinder.ForumHit;

/**
 * The mentions of one sentence being put together: which place a forum, a date or another forum
 * belongs to, by how near they stand and how the sentence joins them; see {@link MentionFinder}.
 */
final class SentenceDrafts {

    private static final Pattern LIST_GAP = Pattern.compile("\\s*(?:,|and|or|, and)\\s*");
    /** How far, in characters, a forum may stand from a place to name the same meeting. */
    private static final int FORUM_REACH = 40;
    /** How far a date may stand from the place or forum it dates; further, it dates nothing named. */
    private static final int DATE_REACH = 80;
    /** "Wednesday's meeting in Vienna": a possessive date belongs to what follows it. */
    private static final Pattern POSSESSIVE = Pattern.compile("(?:'s|’s)$");

    final List<MentionDraft> list = new ArrayList<>();
    private final String text;
    private final java.util.function.BiPredicate<Integer, Integer> cueBetween;

    /** @param cueBetween whether a speech cue stands between two positions of the text */
    SentenceDrafts(String text, java.util.function.BiPredicate<Integer, Integer> cueBetween) {
        this.text = text;
        this.cueBetween = cueBetween;
    }

    /**
     * A date goes to the place or forum it stands by: a possessive one to what follows it, any other
     * to the nearest within reach, but not across the cue of a saying. The day of a saying names no
     * meeting and stands alone.
     */
    void addDate(DateHit d) {
        MentionDraft owner = null;
        if (!d.speech()) {
            // a saying's cue between them parts the date from the meeting the saying reports
            List<MentionDraft> named = list.stream().filter(m -> !m.saying)
                    .filter(m -> !cueBetween.test(d.end(), m.start) && !cueBetween.test(m.placeEnd, d.start())).toList();
            if (POSSESSIVE.matcher(text.substring(d.start(), d.end())).find()) {
                owner = named.stream().filter(m -> m.start >= d.end() && m.start - d.end() <= FORUM_REACH)
                        .min(Comparator.comparingInt(m -> m.start)).orElse(null);
            }
            owner = owner != null ? owner : nearest(named, d.start(), d.end(), DATE_REACH);
        }
        if (owner == null) {
            owner = new MentionDraft(d.start(), d.end(), null, d.speech());
            list.add(owner);
        }
        owner.addDate(d, text);
    }

    /**
     * A forum joins the mention it stands by unless that has a forum or round of its own (a host
     * joins any); a venue read as a forum ("the Vienna talks") is a place.
     */
    void addForum(ForumHit f) {
        if (f.place() != null) {
            // the city may be named a few words before ("in Helsinki during a press conference Helsinki Summit")
            MentionDraft venue = nearest(list.stream().filter(d -> city(d, f.place())).toList(),
                    f.start(), f.end(), FORUM_REACH);
            if (venue == null) {
                venue = new MentionDraft(f.start(), f.end(), f.place());
                list.add(venue);
            }
            venue.meeting = true;
            return;
        }
        MentionDraft owner = nearest(list, f.start(), f.end(), FORUM_REACH);
        boolean twoForums = owner != null && owner.forum != null && f.forum() != null
                && !owner.forum.host() && !f.forum().host();
        if (owner == null || twoForums || owner.ordinal != null && f.ordinal() != null) {
            owner = new MentionDraft(f.start(), f.end(), null);
            list.add(owner);
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
    void placeForums() {
        List<MentionDraft> unplaced = list.stream()
                .filter(d -> d.place == null && (d.forum != null || d.ordinal != null)).toList();
        for (MentionDraft f : unplaced) {
            MentionDraft place = null;
            for (MentionDraft d : list) {
                if (d.place != null && d.start < f.start && (place == null || d.start > place.start)) {
                    place = d;
                }
            }
            if (place != null && place.absorb(f)) {
                list.remove(f);
            }
        }
    }

    /** "talks in Istanbul, Jeddah and Geneva": places listed together are all meetings, or none. */
    void shareAcrossLists() {
        List<MentionDraft> places = list.stream().filter(d -> d.place != null)
                .sorted(Comparator.comparingInt(d -> d.start)).toList();
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

    private static boolean city(MentionDraft d, String city) {
        return city.equals(d.place);
    }

    /** The draft whose span is closest to {@code [start, end)}, within {@code reach}; earlier wins ties. */
    static MentionDraft nearest(List<MentionDraft> drafts, int start, int end, int reach) {
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
}
