package org.parley.briefing;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.parley.article.Article;
import org.parley.extraction.Attribution;
import org.parley.extraction.CueWords;
import org.parley.extraction.Kind;
import org.parley.extraction.QuoteParts;
import org.parley.extraction.Span;

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

    private static final Pattern NEGATION = Pattern.compile("\\b(?:not|never|no longer)\\b|n't\\b");

    /** A statement of an article; its text is read once, since grouping and ranking read it often. */
    static Said of(Article article, int index, Attribution attribution, List<String> outlets, IssueLexicon lexicon,
                   QuoteParts quotes) {
        String text = Whitespace.collapse(attribution.content().of(article.text()));
        return new Said(article, index, attribution, outlets, lexicon.issuesOf(text), text,
                StatementParts.of(attribution, quotes));
    }

    /** The statement with its issues named as the run's coverage names them. */
    Said named(IssueLabels labels) {
        Set<String> named = new java.util.LinkedHashSet<>();
        issues.forEach(i -> named.add(labels.of(i)));
        return new Said(article, index, attribution, outlets, named, text, parts);
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

    /**
     * What was said as a briefing shows it: with its cue, and the words between the source and the
     * cue ("did not rule out", "has firmly rejected"), unless the cue is a verb of saying and no more
     * and nothing negates it; so a denial reads as one ("denies plans to attack Ukraine", never
     * "plans to attack Ukraine").
     */
    String shown() {
        String frame = frame();
        return frame == null ? text : frame + " " + text;
    }

    /** The cue as written, or with what negates it when something does ("did not rule out"); null without a cue. */
    String cueShown() {
        Span cue = attribution.cue();
        if (cue == null) {
            return null;
        }
        String frame = frame();
        return frame != null && NEGATION.matcher(frame).find() ? frame : Whitespace.collapse(cue.of(article.text()));
    }

    /** The cue as written with what stands between it and its source before it, or null when none is shown. */
    String frame() {
        Span cue = attribution.cue();
        if (cue == null || cue.end() > attribution.content().start()) {
            return null;
        }
        String all = article.text();
        int from = cue.start();
        Span source = attribution.source();
        if (source != null && source.end() <= cue.start()) {
            String between = all.substring(source.end(), cue.start());
            if (between.strip().split("\\s+").length <= 4 && between.indexOf(',') < 0) {
                from = source.end();
            }
        }
        String frame = Whitespace.collapse(all.substring(from, attribution.content().start())).strip();
        boolean negated = NEGATION.matcher(frame).find();
        return CueWords.plain(Whitespace.collapse(cue.of(all))) && !negated || frame.isEmpty() ? null : frame;
    }

    /** The sentence (or sentences) of the article that hold the statement, for extractive summaries. */
    String sentence() {
        return Sentences.around(article.text(), attribution.content().start(), attribution.content().end());
    }
}
