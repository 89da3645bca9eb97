package org.parley.briefing;

import java.util.List;
import java.util.Set;

import org.parley.article.Article;
import org.parley.extraction.Attribution;
import org.parley.extraction.Kind;
import org.parley.extraction.QuoteParts;

/**
 * One statement in its article, with every outlet that carried the article and the issues it names.
 *
 * @param article     the original article
 * @param index       the statement's index among the article's attributions
 * @param attribution what was said, by whom
 * @param outlets     the outlets that carried the article, reprints included
 * @param issues      the issues of the topic lexicon the statement names
 * @param text        what was said, whitespace collapsed
 * @param parts       the quotes and the position it gives the exports
 */
record Said(Article article, int index, Attribution attribution, List<String> outlets, Set<String> issues,
            String text, List<StatementParts.Part> parts) {

    /** A statement of an article; its text is read once, since grouping and ranking read it often. */
    static Said of(Article article, int index, Attribution attribution, List<String> outlets, IssueLexicon lexicon,
                   QuoteParts quotes) {
        String text = Whitespace.collapse(attribution.content().of(article.text()));
        return new Said(article, index, attribution, outlets, lexicon.issuesOf(text), text,
                StatementParts.of(attribution, quotes));
    }

    String party() {
        return attribution.party();
    }

    /** The person who spoke, or null when only the party itself is named ("Moscow said"). */
    String speaker() {
        String speaker = attribution.speaker();
        return speaker != null && speaker.equals(attribution.party()) ? null : speaker;
    }

    boolean direct() {
        return attribution.kind() == Kind.DIRECT;
    }

    /** The sentence (or sentences) of the article that hold the statement, for extractive summaries. */
    String sentence() {
        return Sentences.around(article.text(), attribution.content().start(), attribution.content().end());
    }
}
