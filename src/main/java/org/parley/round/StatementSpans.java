package org.parley.round;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Set;

import org.parley.extraction.Attribution;
import org.parley.extraction.Span;

/** Where a statement lies in its article (source, cue and content together) and the meetings its sentences name. */
final class StatementSpans {

    private StatementSpans() {
    }

    /** The meetings named (not in an aside) in the sentences of the article's statements: what those may be about. */
    static Set<RoundDraft> named(ArticleReading reading, RoundMerger merger) {
        Set<RoundDraft> named = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Attribution a : reading.article().attributions()) {
            Set<Integer> own = new HashSet<>();
            reading.sentencesOver(start(a), end(a)).forEach(s -> own.add(s.index()));
            for (ArticleEvent e : reading.events()) {
                if (merger.roundOf(e) != null && e.mentions().stream().anyMatch(m -> !m.aside() && own.contains(m.sentence()))) {
                    named.add(merger.roundOf(e));
                }
            }
        }
        return named;
    }

    /** Where the statement starts: the earliest of its source, cue and content. */
    static int start(Attribution a) {
        int s = a.content().start();
        s = a.cue() == null ? s : Math.min(s, a.cue().start());
        return a.source() == null ? s : Math.min(s, a.source().start());
    }

    /** Where the statement ends: the latest of its source, cue and content. */
    static int end(Attribution a) {
        int e = a.content().end();
        for (Span span : new Span[] {a.cue(), a.source()}) {
            e = span == null ? e : Math.max(e, span.end());
        }
        return e;
    }
}
