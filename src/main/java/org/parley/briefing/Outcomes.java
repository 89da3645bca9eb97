package org.parley.briefing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parley.article.Article;
import org.parley.article.NearDuplicateTexts;

/**
 * A round's outcome as its coverage reports it: the sentences of the articles that came out while
 * the round was on that say the parties reached an agreement ("Israel and Hamas have agreed to the
 * first phase"), that the talks ended without one, or when the parties meet next. Each sentence
 * once, however many articles carry it, the most widely carried first, then the latest; at most
 * {@value #MAX_LINES}. A sentence that only says an agreement could, must or would come
 * ("must agree", "if they reach a deal", "demanded that their government agree a deal", "though
 * Israel has agreed") is no outcome; nor is a quote.
 */
final class Outcomes {

    static final int MAX_LINES = 3;

    private static final String DEAL = "(?:deal|agreement|accord|ceasefire|cease-fire|truce|framework|first phase|plan)";
    private static final String NOT_YET = "(?<!\\b(?:must|could|would|should|may|might|will|to|if|not|cannot|can|shall|"
            + "failed to|fail to|yet to|hope to|hopes to|try to|trying to|close to|expected to|likely to|unlikely to) )";
    private static final Pattern AGREED = Pattern.compile("(?i)\\b" + NOT_YET
            + "(?:agreed|agrees|reached|struck|signed|sealed|clinched)\\b(?:\\s+(?:to|on|upon))?"
            + "(?:\\s+[\\w'’-]+){0,6}?\\s+" + DEAL + "\\b");
    private static final Pattern NONE = Pattern.compile("(?i)\\b(?:ended|concluded|closed|broke up|finished|wrapped up)"
            + "\\s+without\\s+(?:a|an|any)\\s+(?:deal|agreement|breakthrough|accord)\\b"
            + "|\\bno\\s+(?:deal|agreement|breakthrough)\\s+(?:was|has been|had been)\\s+(?:reached|agreed|made)\\b"
            + "|\\bfailed to (?:reach|agree|produce|yield)\\b");
    private static final Pattern NEXT = Pattern.compile("(?i)\\b(?:next|another|further|new|second|third|fourth|fifth)"
            + "\\s+round\\s+(?:of\\s+(?:talks|negotiations)\\s+)?(?:will|would|is|was)\\s+(?:be held|take place|"
            + "expected|due|set|scheduled|planned)\\b"
            + "|\\bagreed to (?:meet again|hold (?:another|a further|a new|further) (?:round|talks))\\b"
            + "|\\b(?:will|would) meet again\\b");

    /** The kinds of outcome, in the order they are looked for (an order that makes equal input give equal output). */
    private static final List<Map.Entry<String, Pattern>> KINDS = List.of(Map.entry("agreement", AGREED),
            Map.entry("no agreement", NONE), Map.entry("next meeting", NEXT));

    /** Words before the outcome in its sentence that make it a condition, a demand or a concession. */
    private static final Pattern HEDGED = Pattern.compile("(?i)\\b(?:though|although|if|unless|whether|demand|demands|"
            + "demanded|urged|urging|called on|calls on|pressure|hope|hopes|hoped|once)\\b");

    private Outcomes() {
    }

    /**
     * The outcome lines of a round: from the articles of {@code said} the {@code during} test
     * passes, with their sources' numbers.
     */
    static List<Briefing.OutcomeLine> of(List<Said> said, Predicate<Said> during, SourceList sources) {
        Map<String, Article> articles = new LinkedHashMap<>();
        said.stream().filter(during).forEach(s -> articles.putIfAbsent(s.article().doc(), s.article()));
        List<Found> found = new ArrayList<>();
        for (Article a : articles.values()) {
            String text = a.text();
            int words = Sentences.frontMatterEnd(text);
            for (Map.Entry<String, Pattern> kind : KINDS) {
                Matcher m = kind.getValue().matcher(text);
                while (m.find()) {
                    if (m.start() < words || insideQuote(text, m.start())) {
                        continue;
                    }
                    String sentence = Sentences.around(text, m.start(), m.end());
                    String matched = Whitespace.collapse(m.group());
                    int at = sentence.indexOf(matched);
                    if (at < 0 || HEDGED.matcher(sentence.substring(0, at)).find()) {
                        continue;
                    }
                    if (!sentence.isEmpty() && found.stream().noneMatch(f -> f.article() == a && f.text().equals(sentence))) {
                        found.add(new Found(a, kind.getKey(), sentence));
                    }
                }
            }
        }
        List<Briefing.OutcomeLine> lines = new ArrayList<>();
        for (List<Found> same : NearDuplicateTexts.group(found, Found::text)) {
            List<Integer> cited = same.stream().map(f -> sources.number(f.article())).distinct().sorted().toList();
            Found first = same.stream().min(Comparator.comparingInt(f -> sources.number(f.article()))).orElseThrow();
            lines.add(new Briefing.OutcomeLine(first.kind(), first.text(), cited));
        }
        // the most widely carried first; then the latest, since a round ends after it begins (sources go by date)
        lines.sort(Comparator.comparingInt((Briefing.OutcomeLine l) -> -l.sources().size())
                .thenComparingInt(l -> -l.sources().get(l.sources().size() - 1)));
        return lines.subList(0, Math.min(MAX_LINES, lines.size()));
    }

    private record Found(Article article, String kind, String text) {
    }

    /** True when the position is inside a quotation that opens before it in its paragraph. */
    static boolean insideQuote(String text, int at) {
        int from = Math.max(0, text.lastIndexOf("\n\n", at));
        int curly = 0;
        int straight = 0;
        for (int i = from; i < at; i++) {
            char c = text.charAt(i);
            if (c == '“') {
                curly++;
            } else if (c == '”') {
                curly = Math.max(0, curly - 1);
            } else if (c == '"') {
                straight++;
            }
        }
        return curly > 0 || straight % 2 == 1;
    }
}
