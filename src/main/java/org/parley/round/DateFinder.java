package org.parley.round;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parley.round.DateResolver.Relation;

/**
 * Finds the dates a sentence gives, written ("January 12", "12 Jan 2022", "January 10-11"), by
 * weekday ("on Monday", "next Thursday", "Wednesday's talks") or relative to the article's day
 * ("yesterday", "last week", "in March"), each resolved against the article's {@link Anchor}.
 */
final class DateFinder {

    private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String ORD = "(?:st|nd|rd|th)?";
    private static final String RANGE = "(?:\\s*(?:-|–|to|and)\\s*(?<day2>\\d{1,2})" + ORD + ")?";
    private static final String YEAR = "(?:,?\\s+(?<year>(?:19|20)\\d\\d))?";
    private static final Pattern MONTH_FIRST = Pattern.compile("(?:(?<wd>" + WEEKDAY + "),?\\s+)?(?<month>"
            + RoundLexicon.MONTH + ")\\.?\\s+(?<day>\\d{1,2})" + ORD + "(?!\\d)" + RANGE + YEAR + "\\b");
    private static final Pattern DAY_FIRST = Pattern.compile("(?:(?<wd>" + WEEKDAY + "),?\\s+)?\\b(?<day>\\d{1,2})"
            + ORD + RANGE + "\\s+(?:of\\s+)?(?<month>" + RoundLexicon.MONTH + ")\\b\\.?" + YEAR);
    private static final Pattern NAMED_WEEKDAY = Pattern.compile("(?:\\b(?<rel>(?i:last|next|this|coming))\\s+)?"
            + "\\b(?<wd>" + WEEKDAY + ")(?:'s|’s)?\\b");
    private static final Pattern DAY_WORD = Pattern.compile("(?i)\\b(?<word>yesterday|today|tomorrow|tonight)\\b");
    private static final Pattern PERIOD = Pattern.compile("(?i)\\b(?<rel>last|this|next|earlier this|later this"
            + "|the previous|the following|the coming|the past)\\s+(?<unit>week|month)(?:'s|’s)?\\b");
    private static final Pattern IN_MONTH = Pattern.compile("\\b(?:in|since|until|by|from|during|early|late|mid-?)"
            + "\\s+(?<month>January|February|March|April|May|June|July|August|September|October|November|December)"
            + YEAR + "\\b");

    /**
     * "two days later", "a week earlier": counted from the date before it in the sentence. Not "a day
     * before the two sides meet", which counts back from a meeting to the day of the saying.
     */
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(?<n>a|an|one|two|three|four|five|six|seven|eight"
            + "|nine|ten|\\d{1,2})\\s+(?<unit>days?|weeks?)\\s+(?<dir>later|earlier)\\b");
    private static final java.util.Map<String, Integer> NUMBERS = java.util.Map.ofEntries(java.util.Map.entry("a", 1),
            java.util.Map.entry("an", 1), java.util.Map.entry("one", 1), java.util.Map.entry("two", 2),
            java.util.Map.entry("three", 3), java.util.Map.entry("four", 4), java.util.Map.entry("five", 5),
            java.util.Map.entry("six", 6), java.util.Map.entry("seven", 7), java.util.Map.entry("eight", 8),
            java.util.Map.entry("nine", 9), java.util.Map.entry("ten", 10));

    private static final Set<String> MONTH_WORDS = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sept", "sep", "oct", "nov", "dec");
    private static final Set<String> WEEKDAY_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final Set<String> DAY_WORDS = Set.of("yesterday", "today", "tomorrow", "tonight");

    /**
     * A date found at {@code [start, end)}; {@code to} is the last day of a written range, or null;
     * {@code speech} when it dates a saying ("said on Tuesday"), not necessarily a meeting.
     */
    record DateHit(int start, int end, TalksDate date, TalksDate to, boolean vague, boolean speech) {

        DateHit(int start, int end, TalksDate date, TalksDate to, boolean vague) {
            this(start, end, date, to, vague, false);
        }
    }

    private static final Pattern SPEECH_BEFORE = Pattern.compile("\\b(?:said|says|told\\s+\\S+|announced|stated"
            + "|added|warned|reported|confirmed|wrote|tweeted)(?:\\s+late|\\s+early)?(?:\\s+on)?\\s*$");

    private final Anchor anchor;
    private final DateResolver resolver;
    private final Tense tense;
    private final SpeechDates sayings;

    DateFinder(Anchor anchor, Tense tense) {
        this(anchor, tense, null);
    }

    /** A finder that also reads {@code sayings} to tell the day of a saying from a meeting's. */
    /** True when a speech cue stands wholly between the two positions. */
    /** See {@link SpeechDates#sameSide}; true when no statements are known. */
    boolean sameSide(int a, int b) {
        return sayings == null || sayings.sameSide(a, b);
    }

    boolean cueBetween(int from, int to) {
        return sayings.cueBetween(Math.min(from, to), Math.max(from, to));
    }

    DateFinder(Anchor anchor, Tense tense, SpeechDates sayings) {
        this.anchor = anchor;
        this.resolver = new DateResolver(anchor);
        this.tense = tense;
        this.sayings = sayings;
    }

    /** The dates in the sentence {@code [from, to)} of {@code text}, in text order. */
    List<DateHit> find(String text, int from, int to) {
        return find(text, from, to, new Words(text, from, to));
    }

    /** The same, with the sentence's words already read: a pattern runs only if its words are there. */
    List<DateHit> find(String text, int from, int to, Words words) {
        List<DateHit> hits = new ArrayList<>();
        if (words.hasAny(MONTH_WORDS)) {
            scan(MONTH_FIRST, text, from, to, hits, m -> written(m));
            scan(DAY_FIRST, text, from, to, hits, m -> written(m));
        }
        if (words.hasAny(WEEKDAY_WORDS)) {
            scan(NAMED_WEEKDAY, text, from, to, hits, m -> weekday(m, text, from, to));
        }
        if (words.hasAny(DAY_WORDS)) {
            scan(DAY_WORD, text, from, to, hits, m -> dayWord(m));
        }
        if (words.has("week") || words.has("month")) {
            scan(PERIOD, text, from, to, hits, m -> period(m));
        }
        if (words.hasAny(MONTH_WORDS)) {
            scan(IN_MONTH, text, from, to, hits, m -> new DateHit(m.start(), m.end(), resolver.namedMonth(
                    month(m.group("month")), year(m), tense.future(text, from, to, m.start(), m.end())), null, true));
        }
        hits.sort(java.util.Comparator.comparingInt(DateHit::start));
        if (words.has("later") || words.has("earlier")) {
            relative(text, from, to, hits);
        }
        return hits;
    }

    /**
     * "began on 13 June, scuppered a round set to take place in Muscat two days later": a count of
     * days or weeks after a sharp date in the same sentence is the day it counts to. Without such a
     * date before it, it dates nothing.
     */
    private static void relative(String text, int from, int to, List<DateHit> hits) {
        Matcher m = RELATIVE.matcher(text).region(from, to);
        List<DateHit> found = new ArrayList<>();
        while (m.find()) {
            int at = m.start();
            DateHit base = null;
            for (DateHit h : hits) {
                if (h.end() <= at && h.to() == null && !h.vague() && h.date().isDay() && h.date().yearKnown()) {
                    base = h;
                }
            }
            if (base == null || hits.stream().anyMatch(h -> h.start() < m.end() && m.start() < h.end())) {
                continue;
            }
            String n = m.group("n").toLowerCase(Locale.ROOT);
            int count = NUMBERS.containsKey(n) ? NUMBERS.get(n) : Integer.parseInt(n);
            int days = count * (m.group("unit").toLowerCase(Locale.ROOT).startsWith("week") ? 7 : 1);
            String dir = m.group("dir").toLowerCase(Locale.ROOT);
            int sign = dir.equals("later") ? 1 : -1;
            java.time.LocalDate day = base.date().day().orElseThrow().plusDays((long) sign * days);
            found.add(new DateHit(m.start(), m.end(), TalksDate.of(day), null, false));
        }
        hits.addAll(found);
        hits.sort(java.util.Comparator.comparingInt(DateHit::start));
    }

    private void scan(Pattern p, String text, int from, int to, List<DateHit> hits,
                      java.util.function.Function<Matcher, DateHit> make) {
        Matcher m = p.matcher(text).region(from, to);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            if (anchor.covers(s, e) || hits.stream().anyMatch(h -> s < h.end() && h.start() < e)) {
                continue;
            }
            DateHit hit = make.apply(m);
            if (hit != null && hit.date() != null && hit.to() == null) {
                hit = since(text, from, hit);
            }
            if (hit != null && hit.date() != null) {
                boolean speech = SPEECH_BEFORE.matcher(text.substring(Math.max(from, s - 30), s)).find()
                        || sayings != null && sayings.datesASaying(text, s, e);
                hits.add(speech ? new DateHit(s, e, hit.date(), hit.to(), hit.vague(), true) : hit);
            }
        }
    }

    private static final Pattern SINCE_BEFORE = Pattern.compile("(?i)\\bsince\\s+$");

    /**
     * "Has been in Cairo since last week": a date after "since" that ends before the article's day
     * opens a stretch that runs to that day (the talks are still on as the story is written).
     */
    private DateHit since(String text, int from, DateHit hit) {
        TalksDate day = anchor.day();
        if (day == null || !day.isDay() || !SINCE_BEFORE.matcher(text.substring(Math.max(from, hit.start() - 6),
                hit.start())).find() || !DateWindows.before(hit.date(), day)) {
            return hit;
        }
        return new DateHit(hit.start(), hit.end(), hit.date(), day, hit.vague(), hit.speech());
    }

    private DateHit written(Matcher m) {
        MonthDay day = monthDay(m.group("month"), m.group("day"));
        if (day == null) {
            return null;
        }
        TalksDate date = resolver.dayMonth(day, year(m));
        if (m.group("wd") != null && !date.yearKnown()) {
            date = TalksDate.yearless(day, DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT)));
        }
        TalksDate to = null;
        MonthDay last = m.group("day2") == null ? null : monthDay(m.group("month"), m.group("day2"));
        if (last != null && last.isAfter(day)) {
            to = date.yearKnown() ? TalksDate.of(last.atYear(date.year())) : TalksDate.yearless(last, null);
        }
        return new DateHit(m.start(), m.end(), date, to, false);
    }

    private DateHit weekday(Matcher m, String text, int from, int to) {
        DayOfWeek day = DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT));
        String rel = m.group("rel") == null ? "" : m.group("rel").toLowerCase(Locale.ROOT);
        Relation relation = switch (rel) {
            case "last" -> Relation.LAST;
            case "next", "coming" -> Relation.NEXT;
            case "this" -> Relation.THIS;
            default -> Relation.NONE;
        };
        Tense.Direction direction = tense.direction(text, from, to, m.start(), m.end());
        return new DateHit(m.start(), m.end(), resolver.weekday(day, relation, direction), null, false);
    }

    private DateHit dayWord(Matcher m) {
        String word = m.group("word").toLowerCase(Locale.ROOT);
        int days = word.equals("yesterday") ? -1 : word.equals("tomorrow") ? 1 : 0;
        return new DateHit(m.start(), m.end(), resolver.daysFromAnchor(days), null, false);
    }

    private DateHit period(Matcher m) {
        String rel = m.group("rel").toLowerCase(Locale.ROOT);
        Relation relation = rel.endsWith("this") ? Relation.THIS
                : rel.equals("next") || rel.contains("following") || rel.contains("coming") ? Relation.NEXT
                : rel.equals("this") ? Relation.THIS : Relation.LAST;
        boolean week = m.group("unit").equalsIgnoreCase("week");
        TalksDate date = week ? resolver.week(relation) : resolver.month(relation);
        return new DateHit(m.start(), m.end(), date, null, true);
    }

    /** The day and month written, or null when they are no date ("February 30"). */
    static MonthDay monthDay(String month, String day) {
        try {
            return MonthDay.of(month(month), Integer.parseInt(day));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    static Month month(String name) {
        String prefix = name.replace(".", "").substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().startsWith(prefix)) {
                return m;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    private static Integer year(Matcher m) {
        return m.group("year") == null ? null : Integer.valueOf(m.group("year"));
    }
}
