package org.parley.round;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A round being put together from the events of many articles and, perhaps, a rounds file entry,
 * whose fields are never overwritten by what detection finds; see {@link RoundMerger}.
 */
final class RoundDraft {

    /** Same place, same named forum: a conference session ("COP32 in Addis Ababa") can last two weeks. */
    static final int SESSION_DAYS = 14;

    /** How far from a round's days (and the days of the articles that reported it) an undated mention may be. */
    static final int UNDATED_DAYS = 14;

    final FileRound file;
    /** The latest day of an article that reported this round; undated mentions near it are of it too. */
    TalksDate lastSeen;
    /** The earliest such day. */
    TalksDate firstSeen;
    final List<ArticleEvent> events = new ArrayList<>();
    final TreeSet<String> docs = new TreeSet<>();
    String place;
    Forum forum;
    Integer ordinal;
    TalksDate start;
    TalksDate end;

    RoundDraft(FileRound file) {
        this.file = file;
        if (file != null) {
            place = file.place();
            forum = file.forum();
            start = file.start();
            end = file.end();
        }
    }

    static RoundDraft of(ArticleEvent first) {
        RoundDraft draft = new RoundDraft(null);
        draft.add(first);
        return draft;
    }

    /** How well the event fits: -1 when it cannot be this round, higher for more agreement. */
    int fit(ArticleEvent e) {
        if (e.place() != null && place != null && !RoundLexicon.bundled().samePlace(e.place(), place)
                || e.ordinal() != null && ordinal != null && !e.ordinal().equals(ordinal)
                || !Forum.compatible(forum, e.forum())) {
            return -1;
        }
        if (e.ahead() && e.start() == null && DateWindows.before(window(), e.near())) {
            return -1;
        }
        // An undated mention is of a meeting near its article's day: talks in Doha in September are
        // not July's, though both are "the talks in Doha". Articles that follow a stretch of talks
        // day by day carry it on ("the Doha negotiations could collapse").
        if (e.start() == null && e.near() != null && lastSeen != null && start != null
                && DateWindows.distance(DateWindows.span(start, lastSeen), e.near()) > UNDATED_DAYS) {
            return -1;
        }
        // "have signed a declaration at a summit in Sharm el-Sheikh", the news of a day after the
        // talks there ended, is another meeting: a summit, not the talks.
        if (e.reportedUndated() && e.forum() != null && forum != null && !forum.key().equals(e.forum().key())
                && start != null && DateWindows.comparable(window(), e.near())
                && DateWindows.distance(window(), e.near()) > EventGroup.STRETCH_DAYS) {
            return -1;
        }
        boolean samePlace = RoundLexicon.bundled().samePlace(place, e.place());
        boolean sameForum = forum != null && e.forum() != null && forum.key().equals(e.forum().key());
        boolean sameOrdinal = ordinal != null && ordinal.equals(e.ordinal());
        boolean strongPair = forum != null && forum.strong() && e.forum() != null && e.forum().strong();
        TalksDate mine = window();
        TalksDate theirs = e.window();
        // An analyst's round on the very day of a detected meeting is that meeting unless something differs.
        boolean sameDay = mine != null && theirs != null && mine.isDay() && theirs.isDay()
                && DateWindows.distance(mine, theirs) == 0;
        // A meeting named by its day alone ("talks on Monday") is the one round on that day, if any.
        boolean dayOnly = !e.identifies() && sameDay;
        if (!(samePlace || sameForum || sameOrdinal || strongPair || file != null && sameDay || dayOnly)) {
            return -1;
        }
        if (mine != null && theirs != null && !DateWindows.compatible(mine, theirs, slack(e, samePlace, sameOrdinal))) {
            return -1;
        }
        TalksDate when = theirs != null ? theirs : e.near();
        return 400 * (samePlace ? 1 : 0) + 200 * (sameForum ? 1 : 0) + 200 * (sameOrdinal ? 1 : 0)
                - (int) Math.min(100, mine != null && when != null ? DateWindows.distance(mine, when) : 100);
    }

    /** How many days apart the event's dates and this round's may be and still be one round. */
    private int slack(ArticleEvent e, boolean samePlace, boolean sameOrdinal) {
        if (file != null) {
            return 1;
        }
        if (sameOrdinal) {
            return EventGroup.ORDINAL_DAYS;
        }
        if (samePlace && forum != null && forum.strong() && !forum.host() && forum.key().equals(e.forum() == null
                ? null : e.forum().key())) {
            return SESSION_DAYS;
        }
        boolean days = start.isDay() && e.start().isDay();
        return samePlace && days ? EventGroup.STRETCH_DAYS : 0;
    }

    /** Takes the event's fields where this round has none, and its dates where they say more. */
    void add(ArticleEvent e) {
        events.add(e);
        docs.add(e.doc());
        TalksDate seen = e.start() != null ? DateWindows.span(e.start(), e.end()) : e.near();
        if (seen != null && seen.isDay() && (lastSeen == null || seen.lastDay() > lastSeen.lastDay())) {
            lastSeen = seen;
        }
        if (seen != null && seen.isDay() && (firstSeen == null || seen.firstDay() < firstSeen.firstDay())) {
            firstSeen = seen;
        }
        place = file != null && file.place() != null ? place : RoundLexicon.bundled().sharper(place, e.place());
        if (file != null && file.hasDates()) {
            forum = file.forum() != null ? forum : Forum.better(forum, e.forum());
            ordinal = ordinal != null ? ordinal : e.ordinal();
            return;
        }
        forum = file != null && file.forum() != null ? forum : Forum.better(forum, e.forum());
        ordinal = ordinal != null ? ordinal : e.ordinal();
        mergeDates(e.start(), e.end());
        // "Officials are expected to meet in Oman later", the news of the day, dates talks that
        // another article puts only "earlier in February".
        if (e.reportedUndated() && start != null && !start.isDay() && DateWindows.compatible(window(), e.near(), 0)) {
            start = e.near();
            end = null;
        }
    }

    private void mergeDates(TalksDate s, TalksDate e) {
        if (s == null) {
            return;
        }
        if (start == null) {
            start = s;
            end = e;
        } else if (start.isDay() && s.isDay() && start.yearKnown() == s.yearKnown()) {
            TalksDate last = Objects.requireNonNullElse(end, start);
            TalksDate otherLast = Objects.requireNonNullElse(e, s);
            start = s.firstDay() < start.firstDay() ? s : start;
            last = otherLast.firstDay() > last.firstDay() ? otherLast : last;
            end = last.firstDay() > start.firstDay() ? last : null;
        } else if (DateWindows.rank(s) < DateWindows.rank(start)) {
            start = s;
            end = e;
        }
    }

    TalksDate window() {
        return DateWindows.span(start, end);
    }

    /** The round's days together with the days of the articles that reported it. */
    TalksDate coverage() {
        TalksDate w = window();
        if (w == null || firstSeen == null || lastSeen == null || !DateWindows.comparable(w, firstSeen)) {
            return w;
        }
        TalksDate from = firstSeen.firstDay() < w.firstDay() ? firstSeen : start;
        TalksDate to = lastSeen.lastDay() > w.lastDay() ? lastSeen : end != null ? end : start;
        return DateWindows.span(from, to);
    }
}
