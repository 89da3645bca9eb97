package org.parley.briefing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Per party, three to five summary lines: the sentences of the sources that carry its most widely
 * reported statements, word for word, each with the sources that carry it. Among statements as
 * widely reported, a sentence that names who spoke goes before one that opens with a pronoun
 * ("He said ..."), which means little out of its article.
 */
final class Summaries {

    static final int MAX_LINES = 5;
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you");

    private Summaries() {
    }

    static Briefing.PartySummary of(String party, List<Said> said, SourceList sources) {
        List<Briefing.SummaryLine> lines = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<StatementGroups.Group> groups = new ArrayList<>(StatementGroups.of(said, sources));
        groups.sort(Comparator.comparingInt(StatementGroups.Group::outlets).reversed()
                .thenComparing(g -> opensWithPronoun(g.first().sentence())));
        for (StatementGroups.Group g : groups) {
            String sentence = g.first().sentence();
            if (!sentence.isEmpty() && seen.add(sentence)) {
                lines.add(new Briefing.SummaryLine(sentence, g.citations()));
            }
            if (lines.size() == MAX_LINES) {
                break;
            }
        }
        return new Briefing.PartySummary(party, lines);
    }

    private static boolean opensWithPronoun(String sentence) {
        int end = 0;
        while (end < sentence.length() && Character.isLetter(sentence.charAt(end))) {
            end++;
        }
        return PRONOUNS.contains(sentence.substring(0, end).toLowerCase(java.util.Locale.ROOT));
    }
}
