package org.parley.round;

import java.util.ArrayList;
import java.util.List;

import org.parley.extraction.ArticleAttributions;
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
        this.lexicon = lexicon;
        ForumFinder forums = new ForumFinder(lexicon, new PartyNames(registry));
        this.mentions = new MentionFinder(lexicon, new PlaceFinder(lexicon), forums);
        this.tense = new Tense(lexicon);
    }

    ArticleReading read(ArticleAttributions a) {
        Anchor anchor = Anchor.of(a.article(), lexicon);
        DateFinder dates = new DateFinder(anchor, tense);
        List<Sentence> sentences = Sentences.of(a.article());
        List<Mention> found = new ArrayList<>();
        String text = a.article().text();
        int body = 0;
        for (Sentence s : sentences) {
            // Only the lede's dates matter when no meeting is named: they date the story's news.
            boolean lede = !s.isTitle() && body++ < 2;
            found.addAll(mentions.find(text, s, dates, lede));
        }
        List<ArticleEvent> events = ArticleEvents.of(a.article().doc(), sentences, found, anchor.day());
        return new ArticleReading(a, anchor, sentences, List.copyOf(found), events);
    }
}
