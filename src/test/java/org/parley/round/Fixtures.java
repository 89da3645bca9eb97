package org.parley.round;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parley.article.Article;
import org.parley.extraction.ArticleAttributions;
import org.parley.extraction.Attribution;
import org.parley.extraction.Kind;
import org.parley.extraction.Span;

/** Articles and hand-made attributions for the round tests, written here, not extracted. */
final class Fixtures {

    private static final Pattern CUE = Pattern.compile("\\b(said|says|told|stressed|quoted|reiterated|warned)\\b");

    private Fixtures() {
    }

    /** An article with the text {@code title\n\nbody}. */
    static Article article(String doc, LocalDate date, String outlet, String title, String body) {
        String text = title + "\n\n" + body;
        return new Article(doc, title, text, title.length() + 2, date, outlet, null);
    }

    /** The article with one attribution per body sentence that has a speech cue, content = the sentence. */
    static ArticleAttributions withStatements(Article article) {
        List<Attribution> out = new ArrayList<>();
        String text = article.text();
        Matcher sentence = Pattern.compile("[^.!?\\n]+(?:[.!?][\"'”’]?)").matcher(text);
        sentence.region(article.bodyStart(), text.length());
        while (sentence.find()) {
            Matcher cue = CUE.matcher(text).region(sentence.start(), sentence.end());
            if (cue.find()) {
                int start = sentence.start() + (sentence.group().length() - sentence.group().stripLeading().length());
                out.add(new Attribution(Kind.INDIRECT, new Span(start, sentence.end()),
                        new Span(cue.start(), cue.end()), null, null, null, null));
            }
        }
        return new ArticleAttributions(article, out);
    }

    /** One attribution whose content is the first occurrence of {@code content} in the article. */
    static Attribution statement(Article article, String content, String party) {
        int at = article.text().indexOf(content);
        if (at < 0) {
            throw new IllegalArgumentException("not in the text: " + content);
        }
        return new Attribution(Kind.INDIRECT, new Span(at, at + content.length()), null, null, null, null, party);
    }
}
