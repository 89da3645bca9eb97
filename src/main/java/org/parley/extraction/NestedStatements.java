package org.parley.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Settles statements nested in one another within a sentence: the outer one is kept, and a cue
 * inside the source after "according to" modifies that source.
 */
final class NestedStatements {

    private NestedStatements() {
    }

    /**
     * Drops a statement whose cue lies inside what another statement of the sentence says ("Clinton
     * says she appreciated what she calls ..."): annotators take the outer statement, and a nested
     * cue is right about a quarter of the time on PolNeAR's train split, even "said". Only the one
     * quoted ("quoted Fomin as saying ...") wins over the one quoting.
     */
    static List<Found> withoutNested(ArticleText a, List<Found> found) {
        if (found.size() < 2) {
            return found;
        }
        boolean[] dropped = new boolean[found.size()];
        for (int k = 0; k < found.size(); k++) {
            int outer = outer(found, k);
            if (outer >= 0) {
                dropped[quotedAs(a, found.get(k)) ? outer : k] = true;
            } else if (inSource(found, k)) {
                dropped[k] = true; // "according to the results published by ...": a modifier in a source
            }
        }
        List<Found> kept = new ArrayList<>(found.size());
        for (int k = 0; k < found.size(); k++) {
            if (!dropped[k]) {
                kept.add(found.get(k));
            }
        }
        return kept;
    }

    /**
     * Whether the cue of statement {@code k} lies inside the source after "according to" of another
     * one; a cue inside other sources ("Fowler, who has backed Clinton") is a statement of its own.
     */
    private static boolean inSource(List<Found> found, int k) {
        Cue cue = found.get(k).cue();
        for (int j = 0; j < found.size(); j++) {
            TokenSpan source = found.get(j).source();
            boolean according = found.get(j).cue().has(CueFlag.SOURCE_AFTER);
            if (j != k && according && source.first() <= cue.first() && cue.end() <= source.end()) {
                return true;
            }
        }
        return false;
    }

    /** The index of the statement whose content holds the cue of statement {@code k}, or -1. */
    private static int outer(List<Found> found, int k) {
        Cue cue = found.get(k).cue();
        for (int j = 0; j < found.size(); j++) {
            TokenSpan content = found.get(j).content();
            if (j != k && content.first() <= cue.first() && cue.end() <= content.end()) {
                return j;
            }
        }
        return -1;
    }

    /** "quoted Fomin as saying ...": the speaker is the one quoted, not the one quoting. */
    private static boolean quotedAs(ArticleText a, Found f) {
        int as = f.cue().first() - 1;
        return !f.inverted() && f.source() != null && f.source().end() == as && a.token(as).lower().equals("as");
    }
}
