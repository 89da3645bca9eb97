package org.parley.extraction;

import java.util.ArrayList;
import java.util.List;

/** Settles statements nested in one another within a sentence: the outer one is kept. */
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
