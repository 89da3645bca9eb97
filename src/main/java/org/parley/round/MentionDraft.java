package org.parley.round;

import org.parley.round.DateFinder.DateHit;

/** A mention being put together from the hits of one sentence; see {@link MentionFinder}. */
final class MentionDraft {

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
    private TalksDate date;
    private TalksDate to;
    private boolean vague;
    private boolean speech;

    MentionDraft(int start, int end, String place) {
        this.start = start;
        this.placeEnd = end;
        this.end = end;
        this.first = start;
        this.last = end;
        this.place = place;
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
     * A second day makes a stretch ("on Monday and Tuesday"); a sharper date replaces a loose one;
     * the day something was said gives way to any date of the meeting itself.
     */
    void addDate(DateHit hit) {
        first = Math.min(first, hit.start());
        last = Math.max(last, hit.end());
        if (date == null || speech && !hit.speech()) {
            date = hit.date();
            to = hit.to();
            vague = hit.vague();
            speech = hit.speech();
        } else if (hit.speech()) {
            return;
        } else if (!vague && !hit.vague() && date.isDay() && hit.date().isDay()
                && date.yearKnown() == hit.date().yearKnown() && DateWindows.distance(date, hit.date()) <= 6) {
            TalksDate a = date;
            TalksDate b = hit.date();
            date = a.firstDay() <= b.firstDay() ? a : b;
            TalksDate later = a.firstDay() <= b.firstDay() ? b : a;
            to = to == null || later.firstDay() > to.firstDay() ? later : to;
        } else if (vague && !hit.vague()) {
            date = hit.date();
            to = hit.to();
            vague = false;
        }
    }

    Mention toMention(int sentence) {
        TalksDate stretchEnd = to != null && date != null && to.firstDay() > date.firstDay() ? to : null;
        return new Mention(sentence, first, last, forum, place, date, stretchEnd, vague, ordinal, meeting);
    }
}
