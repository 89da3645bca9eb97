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
        List<Found> kept = new ArrayList<>(found);
        for (Found f : found) {
            Found outer = outer(found, f);
            if (outer != null) {
                kept.remove(quotedAs(a, f) ? outer : f);
            }
        }
        return kept;
    }

    /** The statement whose content holds the cue of {@code f}, or null. */
    private static Found outer(List<Found> found, Found f) {
        for (Found g : found) {
            if (g != f && g.content().first() <= f.cue().first() && f.cue().end() <= g.content().end()) {
                return g;
            }
        }
        return null;
    }

    /** "quoted Fomin as saying ...": the speaker is the one quoted, not the one quoting. */
    private static boolean quotedAs(ArticleText a, Found f) {
        int as = f.cue().first() - 1;
        return !f.inverted() && f.source() != null && f.source().end() == as && a.token(as).lower().equals("as");
    }
}
