package org.parley.round;

import java.util.List;

/**
 * One round of talks: a meeting of the parties in one place on one day or stretch of days.
 *
 * @param id       stable across runs: derived from date, place, forum and ordinal
 *                 ({@code 2022-01-12-brussels-nato-russia-council}), or the rounds file's id
 * @param title    what a reader calls it ("NATO-Russia Council, Brussels")
 * @param forum    the meeting, forum or format, or null
 * @param place    the city, or null
 * @param start    the (first) day, or the window of days it lies in; null when no date is known
 * @param end      the last day of talks over several days, or null
 * @param parties  the parties at the table, as far as known
 * @param fromFile true when a rounds file gave it; such a round is kept with no statements
 * @param docs     the articles that mention it, sorted
 */
public record Round(String id, String title, String forum, String place, TalksDate start, TalksDate end,
                    List<String> parties, boolean fromFile, List<String> docs) {

    public Round {
        parties = List.copyOf(parties == null ? List.of() : parties);
        docs = List.copyOf(docs == null ? List.of() : docs);
    }

    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile(
            "(?i)\\s*\\(round \\d+\\)|\\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th))\\s+round of\\s+");

    /**
     * The track of talks this round belongs to: its forum without an ordinal, in lower case
     * ("indirect talks", "joint committee", "summit"), or null for talks the coverage names no
     * format for ("Talks", no forum), which may belong to any track.
     */
    public String track() {
        return trackOf(forum);
    }

    /** The track of talks a forum names (see {@link #track()}), or null for none. */
    public static String trackOf(String forum) {
        if (forum == null) {
            return null;
        }
        String kind = ORDINAL.matcher(forum).replaceAll("").strip().toLowerCase(java.util.Locale.ROOT);
        return kind.isEmpty() || kind.equals("talks") ? null : kind;
    }

    /** True when two rounds can be of one track: the same track, or one of them of no named format. */
    public boolean sameTrack(Round other) {
        return track() == null || other.track() == null || track().equals(other.track());
    }

    /** False when the date has no year (or there is no date), so the briefing must say so. */
    public boolean yearKnown() {
        return start != null && start.yearKnown();
    }

    /**
     * The dates as a reader should see them: "Wednesday 12 January 2022", "10 January 2022 to
     * 13 January 2022", "from the week of 11 August to Monday 18 August 2025", "a Wednesday between 7
     * and 13 January, year not given", or "date not given".
     */
    public String dates() {
        if (start == null) {
            return "date not given";
        }
        if (end == null) {
            return start.display();
        }
        // "since last week" to the day of the story: from a stretch of days, not a day of them
        String from = start.isDay() ? start.display()
                : start.span() == 7 && start.weekday() == null ? "the week of " + TalksDateText.dayMonth(start.first())
                : TalksDateText.isWholeMonth(start) ? start.display().replaceFirst(" \\d{4}$", "")
                : start.display();
        return start.isDay() ? from + " to " + end.display() : "from " + from + " to " + end.display();
    }
}
