package org.parley.round;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parley.article.Article;

/**
 * The day an article speaks from, which "on Monday" and "last week" are counted from: its
 * publication date, or else a date its text gives for itself ("citing Reuters on January 13", a
 * wire dateline), which may lack a year. Spans of the text that gave it are not meeting dates.
 *
 * @param date    the full date, or null
 * @param yearless the day and month when only those are known, or null
 * @param spans   {@code [start, end)} pairs of the text that stated the date
 */
record Anchor(LocalDate date, MonthDay yearless, List<int[]> spans) {

    static final Anchor NONE = new Anchor(null, null, List.of());

    /** True when there is nothing to count from. */
    boolean isNone() {
        return date == null && yearless == null;
    }

    /** The anchor of an article: its date, or the first date its text gives for itself. */
    static Anchor of(Article article, RoundLexicon lexicon) {
        List<int[]> spans = new ArrayList<>();
        LocalDate date = article.date();
        MonthDay found = null;
        Integer foundYear = null;
        List<Pattern> patterns = lexicon.mayHoldReferenceDate(article.text()) ? lexicon.referenceDates : List.of();
        for (Pattern p : patterns) {
            Matcher m = p.matcher(article.text());
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
                if (found == null) {
                    found = DateFinder.monthDay(m.group("month"), m.group("day"));
                    foundYear = m.group("year") == null ? null : Integer.valueOf(m.group("year"));
                }
            }
        }
        if (date == null && found != null && foundYear != null && found.isValidYear(foundYear)) {
            date = found.atYear(foundYear);
        }
        MonthDay yearless = date == null ? found : null;
        return new Anchor(date, yearless, List.copyOf(spans));
    }

    /** The anchor as a date, with or without year; null when there is none. */
    TalksDate day() {
        return date != null ? TalksDate.of(date) : yearless != null ? TalksDate.yearless(yearless, null) : null;
    }

    /** True when {@code [start, end)} lies in a span that dated the article. */
    boolean covers(int start, int end) {
        for (int[] s : spans) {
            if (start >= s[0] && end <= s[1]) {
                return true;
            }
        }
        return false;
    }
}
