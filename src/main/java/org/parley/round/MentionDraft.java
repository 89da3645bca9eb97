package org.parley.round;

import java.util.regex.Pattern;

import org.parley.round.DateFinder.DateHit;

/** A mention being put together from the hits of one sentence; see {@link MentionFinder}. */
final class MentionDraft {

    /** What joins two days into one stretch of talks: "on Monday and Tuesday", "from Monday to Wednesday". */
    private static final Pattern STRETCH_JOIN = Pattern.compile("\\s*(?:,|and|to|through|until|till|-|–|—)"
            + "\\s*(?:on\\s+)?");

    /** The span that places, forums and meeting words are measured from. */
    final int start;
    /** Where the place (or first hit) ends, before forums and dates extended the draft. */
    final int placeEnd;
    private int end;
    /** The whole span, dates included. */
    private int first;
    private int last;
    final String place;
    Forum forum;
    Integer ordinal;
    boolean meeting;
    /** True for a date that only says when something was said: it names no meeting. */
    final boolean saying;
    private TalksDate date;
    private TalksDate to;
    private boolean vague;
    private int dateStart;
    private int dateEnd;

    MentionDraft(int start, int end, String place) {
        this(start, end, place, false);
    }

    MentionDraft(int start, int end, String place, boolean saying) {
        this.start = start;
        this.placeEnd = end;
        this.end = end;
        this.first = start;
        this.last = end;
        this.place = place;
        this.saying = saying;
    }

    /** Characters between this draft's span and {@code [s, e)}; 0 when they touch or overlap. */
    int gap(int s, int e) {
        return Math.max(0, Math.max(s - end, start - e));
    }

    boolean near(int s, int e, int reach) {
        return gap(s, e) <= reach;
    }

    void cover(int s, int e) {
        end = Math.max(end, e);
        first = Math.min(first, s);
        last = Math.max(last, e);
    }

    /**
     * Two days joined in the text make a stretch ("on Monday and Tuesday"); otherwise a sharp date
     * replaces a loose one, and of two alike the one written closer to the place or forum wins, so
     * that "on Sunday accused ... at Monday's talks in Oslo" dates the talks Monday.
     */
    void addDate(DateHit hit, String text) {
        first = Math.min(first, hit.start());
        last = Math.max(last, hit.end());
        if (date == null) {
            take(hit);
            return;
        }
        boolean joined = dateEnd <= hit.start() && STRETCH_JOIN.matcher(text.substring(dateEnd, hit.start())).matches();
        if (joined && !vague && !hit.vague() && date.isDay() && hit.date().isDay()
                && date.yearKnown() == hit.date().yearKnown() && DateWindows.distance(date, hit.date()) <= 6) {
            TalksDate a = date;
            TalksDate b = hit.date();
            date = a.firstDay() <= b.firstDay() ? a : b;
            TalksDate later = a.firstDay() <= b.firstDay() ? b : a;
            to = to == null || later.firstDay() > to.firstDay() ? later : to;
            dateEnd = hit.end();
        } else if (vague && !hit.vague() || vague == hit.vague() && ownGap(hit.start(), hit.end()) < ownGap(dateStart, dateEnd)) {
            take(hit);
        }
    }

    /**
     * Takes in a forum named further on in the sentence ("in Valletta, where all sides sit down
     * ..., at a Joint Council"); false, changing nothing, when the two say different things.
     */
    boolean absorb(MentionDraft other) {
        boolean twoForums = forum != null && other.forum != null && !forum.host() && !other.forum.host();
        boolean twoDates = date != null && other.date != null && !date.equals(other.date);
        if (twoForums || twoDates || ordinal != null && other.ordinal != null) {
            return false;
        }
        forum = Forum.better(forum, other.forum);
        ordinal = ordinal != null ? ordinal : other.ordinal;
        meeting |= other.meeting;
        if (date == null && other.date != null) {
            date = other.date;
            to = other.to;
            vague = other.vague;
            dateStart = other.dateStart;
            dateEnd = other.dateEnd;
        }
        cover(other.first, other.last);
        return true;
    }

    private void take(DateHit hit) {
        date = hit.date();
        to = hit.to();
        vague = hit.vague();
        dateStart = hit.start();
        dateEnd = hit.end();
    }

    /** Characters between the draft's own words (place or forum) and {@code [s, e)}. */
    private int ownGap(int s, int e) {
        return Math.max(0, Math.max(s - placeEnd, start - e));
    }

    Mention toMention(int sentence, boolean ahead, boolean aside) {
        TalksDate stretchEnd = to != null && date != null && to.firstDay() > date.firstDay() ? to : null;
        return new Mention(sentence, first, last, forum, place, date, stretchEnd, vague, ordinal, meeting && !saying,
                ahead, aside);
    }
}
