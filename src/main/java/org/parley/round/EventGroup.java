package org.parley.round;

import java.util.ArrayList;
import java.util.List;

/** Mentions of one meeting in one article being gathered; see {@link ArticleEvents}. */
final class EventGroup {

    /** Same place: days this far apart are one stretch of talks (a weekend, a day off). */
    static final int STRETCH_DAYS = 4;
    /** Same place and same round of a series: that round can last weeks. */
    static final int ORDINAL_DAYS = 45;

    final List<Mention> mentions = new ArrayList<>();
    String place;
    Forum forum;
    Integer ordinal;
    TalksDate start;
    TalksDate end;
    boolean vague;

    EventGroup(Mention first) {
        add(first);
    }

    /** True when the mention can be this meeting: nothing it says contradicts what the group says. */
    boolean accepts(Mention m) {
        if (m.place() != null && place != null && !RoundLexicon.bundled().samePlace(m.place(), place)) {
            return false;
        }
        if (m.ordinal() != null && ordinal != null && !m.ordinal().equals(ordinal)) {
            return false;
        }
        if (!Forum.compatible(forum, m.forum())) {
            return false;
        }
        int slack = RoundLexicon.bundled().samePlace(place, m.place()) && isDay(start) && isDay(m.date())
                ? STRETCH_DAYS : 0;
        // A loose date still excludes: "the seventh round in London last month" is not next week's.
        return m.date() == null || start == null || DateWindows.compatible(window(), m.date(), slack);
    }

    void add(Mention m) {
        mentions.add(m);
        place = RoundLexicon.bundled().sharper(place, m.place());
        forum = Forum.better(forum, m.forum());
        ordinal = ordinal != null ? ordinal : m.ordinal();
        addDate(m.date(), m.to(), m.vague());
    }

    /** A sharper date replaces a looser one; two days make a stretch. */
    void addDate(TalksDate date, TalksDate to, boolean isVague) {
        if (date == null) {
            return;
        }
        if (start == null || vague && !isVague) {
            start = date;
            end = to;
            vague = isVague;
        } else if (isDay(start) && isDay(date) && start.yearKnown() == date.yearKnown()) {
            TalksDate last = end != null ? end : start;
            TalksDate candidateEnd = to != null ? to : date;
            start = date.firstDay() < start.firstDay() ? date : start;
            last = candidateEnd.firstDay() > last.firstDay() ? candidateEnd : last;
            end = last.firstDay() > start.firstDay() ? last : null;
        } else if (!isVague && DateWindows.rank(date) < DateWindows.rank(start) && end == null) {
            start = date;
        }
    }

    TalksDate window() {
        return DateWindows.span(start, end);
    }

    boolean identifies() {
        return place != null || forum != null || ordinal != null;
    }

    private static boolean isDay(TalksDate d) {
        return d != null && d.isDay();
    }
}
