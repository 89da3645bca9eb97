package org.parley.round;

import java.util.ArrayList;
import java.util.List;

import org.parley.extraction.ArticleAttributions;
import org.parley.extraction.Attribution;
import org.parley.extraction.Span;
import org.parley.party.PartyRegistry;
import org.parley.round.Sentences.Sentence;

/**
 * Reads one article for rounds: its anchor day, its sentences, the mentions of meetings in each and
 * the meetings they make. A few regular expressions per sentence, so thousands of articles are quick.
 */
final class ArticleReader {

    private final RoundLexicon lexicon;
    private final MentionFinder mentions;
    private final Tense tense;

    ArticleReader(RoundLexicon lexicon, PartyRegistry registry) {
        this(lexicon, registry, party -> true);
    }

    /** {@code atTable}: the parties at the negotiation's table; talks with another party are no round. */
    ArticleReader(RoundLexicon lexicon, PartyRegistry registry, java.util.function.Predicate<String> atTable) {
        this.lexicon = lexicon;
        PartyNames names = new PartyNames(registry);
        ForumFinder forums = new ForumFinder(lexicon, names);
        this.tense = new Tense(lexicon);
        this.mentions = new MentionFinder(lexicon, new PlaceFinder(lexicon), forums, tense, names, atTable);
    }

    ArticleReading read(ArticleAttributions a) {
        Anchor anchor = Anchor.of(a.article(), lexicon);
        List<Span> cues = a.attributions().stream().map(Attribution::cue).filter(java.util.Objects::nonNull).toList();
        List<Span> contents = a.attributions().stream().map(Attribution::content).filter(java.util.Objects::nonNull).toList();
        DateFinder dates = new DateFinder(anchor, tense, new SpeechDates(cues, contents));
        List<Sentence> sentences = Sentences.of(a.article());
        List<Mention> found = new ArrayList<>();
        String text = a.article().text();
        int body = 0;
        for (Sentence s : sentences) {
            // Only the lede's dates matter when no meeting is named: they date the story's news.
            boolean lede = !s.isTitle() && body++ < 2;
            found.addAll(mentions.find(text, s, dates, lede));
        }
        List<ArticleEvent> events = ArticleEvents.of(a.article().doc(), sentences, found, anchor.day(),
                background(text, sentences, found, anchor.day()));
        java.util.Set<Integer> talking = new java.util.HashSet<>();
        java.util.regex.Matcher talks = lexicon.talksWords.matcher(text); // one matcher, its region moved per sentence
        for (Sentence s : sentences) {
            if (talks.region(s.start(), s.end()).find()) {
                talking.add(s.index());
            }
        }
        java.util.Set<Integer> ground = new java.util.HashSet<>();
        java.util.regex.Matcher fighting = lexicon.groundWords.matcher(text);
        for (Sentence s : sentences) {
            fighting.region(s.start(), s.end());
            while (fighting.find()) {
                if (!inBackgroundClause(text, s.start(), fighting.start())) {
                    ground.add(s.index());
                    break;
                }
            }
        }
        return new ArticleReading(a, anchor, sentences, List.copyOf(found), events, java.util.Set.copyOf(talking),
                java.util.Set.copyOf(ground), sessions(text, sentences, found));
    }

    /**
     * Counted rounds: "eight rounds of indirect talks", "12 rounds of negotiations", "several rounds
     * of talks"; not a place in a series ("the first of three rounds of talks").
     */
    private static final java.util.regex.Pattern SESSIONS = java.util.regex.Pattern.compile(
            "(?i)(?<![\\p{L}\\d])(?<!\\bof\\s)(\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple|many)"
                    + "\\s+rounds\\s+of(?![\\p{L}])");
    private static final List<String> COUNTS = List.of("two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve");

    /**
     * The rounds of talks the text counts in a sentence naming one place, by that place: the
     * sittings of one meeting ("have attended eight rounds of indirect talks in Doha"), not a series
     * across cities ("four rounds of talks in Istanbul, Jeddah and Geneva"). Several or many count as
     * any number.
     */
    static java.util.Map<String, Integer> sessions(String text, List<Sentence> sentences, List<Mention> mentions) {
        if (!text.toLowerCase(java.util.Locale.ROOT).contains("rounds")) {
            return java.util.Map.of(); // few texts count rounds: a plain search spares the pattern's try at every word
        }
        java.util.Map<String, Integer> out = new java.util.HashMap<>();
        java.util.regex.Matcher m = SESSIONS.matcher(text);
        while (m.find()) {
            int at = m.start();
            Sentence s = sentences.stream().filter(x -> x.start() <= at && at < x.end()).findFirst().orElse(null);
            if (s == null) {
                continue;
            }
            java.util.Set<String> places = new java.util.HashSet<>();
            mentions.stream().filter(x -> x.sentence() == s.index() && x.place() != null).forEach(x -> places.add(x.place()));
            if (places.size() != 1) {
                continue;
            }
            String n = m.group(1).toLowerCase(java.util.Locale.ROOT);
            int count = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n)
                    : COUNTS.contains(n) ? COUNTS.indexOf(n) + 2 : Integer.MAX_VALUE;
            out.merge(places.iterator().next(), count, Math::max);
        }
        return java.util.Map.copyOf(out);
    }

    /**
     * True when the word at {@code at} is in a clause that recalls a person or the past behind the
     * news: after "whose" ("Sharabi, whose wife was killed, posted: ...") or "after"/"since" ("withdrew
     * its monitors after two vehicles were shelled"), with no comma between.
     */
    private static boolean inBackgroundClause(String text, int sentenceStart, int at) {
        java.util.regex.Matcher m = BACKGROUND_CLAUSE.matcher(text).region(sentenceStart, at);
        int opener = -1;
        while (m.find()) {
            opener = m.end();
        }
        return opener >= 0 && text.substring(opener, at).indexOf(',') < 0;
    }

    private static final java.util.regex.Pattern BACKGROUND_CLAUSE =
            java.util.regex.Pattern.compile("(?i)(?<![\\p{L}])(?:whose|after|since)(?![\\p{L}])");

    /** Past meetings a clause recalls as what the news follows: "After Monday's talks in Oslo, ...". */
    private List<Mention> background(String text, List<Sentence> sentences, List<Mention> mentions, TalksDate day) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (day == null || m.date() == null || DateWindows.span(m.date(), m.to()).lastDay() >= day.firstDay()
                    || !DateWindows.comparable(m.date(), day)) {
                continue;
            }
            Sentence s = sentences.get(m.sentence());
            if (Clauses.marked(lexicon.backgroundMarkers, text, s.start(), m.start())) {
                out.add(m);
            }
        }
        return out;
    }
}
