package org.parley.briefing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Predicate;

import org.parley.extraction.Attribution;
import org.parley.extraction.Span;
import org.parley.round.TalksWords;

/**
 * Per party, at most {@value #MAX_LINES} summary lines, a digest of its section: its most widely
 * reported statements (those reported while the round was on and on the talks first), each once, with who said it, the cue and the first words said, grouped by
 * issue and pointing to the entry that gives it in full. Among statements as widely reported, one
 * with a named speaker goes first. A quote inside a position already chosen (the same words in the
 * same article) is not a line of its own.
 */
final class Summaries {

    static final int MAX_LINES = 5;
    /** A line gives at most this many words of what was said; the section has the rest. */
    static final int MAX_WORDS = 25;

    private Summaries() {
    }

    /**
     * The summary of one party from its section's entries; {@code issues} are the round's issues in
     * the issue table's order, which the lines follow. First the statements both reported {@code during}
     * the round (while it was on, not background or a preview) and on the talks (naming an issue or a
     * word of talks: "deal", "ceasefire", "negotiations"; not a casualty count), then those with one
     * of the two, then the rest; within each, the most widely reported first.
     */
    static Briefing.PartySummary of(String party, List<PartySections.Entry> entries, List<String> issues,
                                    Predicate<Said> during) {
        Map<PartySections.Entry, Integer> scores = new IdentityHashMap<>();
        entries.forEach(e -> scores.put(e, relevance(e.group(), during)));
        List<PartySections.Entry> ranked = new ArrayList<>(entries);
        ranked.sort(Comparator.comparingInt((PartySections.Entry e) -> -scores.get(e))
                .thenComparingInt(e -> -e.group().outlets())
                .thenComparingInt(e -> -e.group().citations().size())
                .thenComparing(e -> e.group().voiced().speaker() == null)
                .thenComparing(PartySections.Entry::quote)
                .thenComparingInt(e -> -PartySections.specificity(e.group().first().text())));
        List<PartySections.Entry> chosen = new ArrayList<>();
        for (PartySections.Entry e : ranked) {
            if (chosen.size() == MAX_LINES) {
                break;
            }
            if (chosen.stream().noneMatch(c -> overlaps(c.group(), e.group()))) {
                chosen.add(e);
            }
        }
        List<Briefing.SummaryLine> lines = new ArrayList<>();
        for (PartySections.Entry e : chosen) {
            lines.add(line(party, e, issues));
        }
        lines.sort(Comparator.comparingInt(l -> l.issue() == null ? issues.size() : issues.indexOf(l.issue())));
        return new Briefing.PartySummary(party, lines);
    }

    /** 2 for a statement reported during the round and on the talks, 1 for one of the two, 0 for neither. */
    private static int relevance(StatementGroups.Group g, Predicate<Said> during) {
        boolean onTalks = g.members().stream().anyMatch(s -> !s.issues().isEmpty() || TalksWords.in(s.text()));
        return (g.members().stream().anyMatch(during) ? 1 : 0) + (onTalks ? 1 : 0);
    }

    private static Briefing.SummaryLine line(String party, PartySections.Entry e, List<String> issues) {
        StatementGroups.Group g = e.group();
        Said first = g.first();
        Said voice = g.voiced();
        String said = e.quote() ? firstQuoted(first.text()) : first.text();
        String[] words = said.split(" ");
        boolean cut = words.length > MAX_WORDS || e.quote() && said.length() < PartySections.unquoted(first.text()).length();
        String text = words.length > MAX_WORDS ? String.join(" ", java.util.Arrays.copyOf(words, MAX_WORDS)) : said;
        String who = voice.speaker() != null ? voice.speaker() : party;
        String role = voice.speaker() != null ? voice.attribution().role() : null;
        String lead = lead(first);
        String cue = null;
        if (lead == null) {
            String frame = first.frame();
            cue = frame != null ? frame : first.cueShown();
        } else if (names(lead, who)) {
            who = null;
            role = null;
        }
        return new Briefing.SummaryLine(issue(g, issues), who, role, lead, cue, text, cut, e.quote(), g.citations(),
                g.outlets(), e.id(), ExportRows.place(first));
    }

    /** The statement's words with its lead, if it has one. */
    private static Span shown(Said s) {
        Span content = s.attribution().content();
        return lead(s) == null ? content : new Span(s.attribution().source().start(), content.end());
    }

    /** At most this many words between the start of the source and what was said make a lead. */
    static final int MAX_LEAD_WORDS = 12;
    private static final String OPENING_MARKS = "\"“„‘'«‹ ";

    /**
     * The article's words from the speaker's name through the cue to what was said ("Trump said:",
     * "officials have told the BBC that"), when they come in that order in one sentence; else null.
     */
    static String lead(Said s) {
        Attribution a = s.attribution();
        Span source = a.source();
        Span cue = a.cue();
        Span content = a.content();
        if (source == null || cue == null || source.end() > cue.start() || cue.end() > content.start()) {
            return null;
        }
        String between = s.article().text().substring(source.start(), content.start());
        if (between.indexOf('\n') >= 0 || between.contains(". ")) {
            return null;
        }
        String lead = Whitespace.collapse(between).strip();
        int end = lead.length();
        while (end > 0 && OPENING_MARKS.indexOf(lead.charAt(end - 1)) >= 0) {
            end--;
        }
        lead = lead.substring(0, end);
        return lead.isEmpty() || lead.split(" ").length > MAX_LEAD_WORDS ? null : lead;
    }

    /** True when the lead names who spoke: their name or its last word ("Trump" for Donald Trump). */
    private static boolean names(String lead, String who) {
        String[] words = who.split(" ");
        String lower = lead.toLowerCase(Locale.ROOT);
        return lower.contains(who.toLowerCase(Locale.ROOT)) || lower.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    }

    /**
     * A quote's words up to where its first quoted stretch closes: "A," she said. "B." gives "A", the
     * words as the article has them, without the frame between the stretches.
     */
    static String firstQuoted(String quote) {
        String words = PartySections.unquoted(quote);
        int close = -1;
        for (int i = 0; i < words.length() && close < 0; i++) {
            char c = words.charAt(i);
            if (c == '”' || c == '"') {
                close = i;
            }
        }
        if (close < 0) {
            return words;
        }
        String first = words.substring(0, close).strip();
        while (!first.isEmpty() && ",;:".indexOf(first.charAt(first.length() - 1)) >= 0) {
            first = first.substring(0, first.length() - 1).strip();
        }
        return first.isEmpty() ? words : first;
    }

    /** The issue of a group that comes first in the issue table, or null when it names none. */
    private static String issue(StatementGroups.Group g, List<String> issues) {
        for (String issue : issues) {
            if (g.members().stream().anyMatch(s -> s.issues().contains(issue))) {
                return issue;
            }
        }
        return null;
    }

    /**
     * True when a statement of one group and one of the other share words of one article, counting a
     * statement's lead as its words ("refused to lay down its weapons, saying" holds another statement).
     */
    private static boolean overlaps(StatementGroups.Group a, StatementGroups.Group b) {
        for (Said x : a.members()) {
            for (Said y : b.members()) {
                if (x.article().doc().equals(y.article().doc())) {
                    Span p = shown(x);
                    Span q = shown(y);
                    if (p.start() < q.end() && q.start() < p.end()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
