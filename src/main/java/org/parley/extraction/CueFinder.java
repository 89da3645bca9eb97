package org.parley.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the cues of a sentence outside its quotations, leaving out cue words used as nouns ("his
 * support") or in the passive ("was criticized").
 */
final class CueFinder {

    static final Set<String> BE = Set.of("is", "was", "were", "are", "been", "being", "be",
            "am", "get", "got", "gets",
            "feel", "feels", "felt", "seem", "seems", "seemed", "look", "looks", "looked", "appear", "appears",
            "appeared", "become", "becomes", "became", "remain", "remains", "remained");

    private static final Set<String> PLACES = Set.of("on", "in", "at", "before", "with", "during", "for", "onstage",
            "alongside", "together", "outside", "inside", "again", "here", "there", "from", ".", ",");

    private final Lexicons lexicons;

    CueFinder(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    List<Cue> find(ArticleText a, Sentence s) {
        List<Cue> cues = new ArrayList<>();
        for (int i = s.first(); i < s.end(); i++) {
            if (a.inQuote(i) || !a.token(i).isWord()) {
                continue;
            }
            if (a.token(i).isCapitalized() && i > s.first() && s.paragraph() > 0) {
                continue; // "the United States", "Sunshine State": a name, not a cue
            }
            Cue cue = lexicons.cues().match(a.tokens(), i, s.end());
            if (cue != null && cue.has(CueFlag.FIXED) && objectOfVerbCue(cues, cue)) {
                continue; // "Russia denies plans to attack": the plans are what is denied
            }
            if (cue != null && (cue.has(CueFlag.FIXED) || isVerb(a, s, cue)) && !placeAfterRaising(a, s, cue)
                    && !takingOffice(a, s, cue)) {
                cues.add(cue);
                i = cue.end() - 1;
            }
        }
        return cues;
    }

    /** A noun cue right after a verb cue ("denies plans to", "announced plans to") is that verb's object. */
    private static boolean objectOfVerbCue(List<Cue> found, Cue cue) {
        if (found.isEmpty()) {
            return false;
        }
        Cue previous = found.get(found.size() - 1);
        return previous.end() == cue.first() && !previous.has(CueFlag.FIXED) && !previous.has(CueFlag.RAISING);
    }

    /** "sworn in for a new term", "swore the oath of office": taking office, not saying. */
    private static boolean takingOffice(ArticleText a, Sentence s, Cue cue) {
        if (!cue.entry().lemma().equals("swear") || cue.end() >= s.end()) {
            return false;
        }
        String next = a.token(cue.end()).lower();
        return next.equals("in") || (next.equals("the") || next.equals("an") || next.equals("his") || next.equals("her"))
                && cue.end() + 1 < s.end() && a.token(cue.end() + 1).lower().startsWith("oath");
    }

    /** "appeared on Fox News", "appears in court": a verb of being seen, not of seeming. */
    private static boolean placeAfterRaising(ArticleText a, Sentence s, Cue cue) {
        return cue.has(CueFlag.RAISING) && cue.end() < s.end() && PLACES.contains(a.token(cue.end()).lower());
    }

    private boolean isVerb(ArticleText a, Sentence s, Cue cue) {
        int before = cue.first() - 1;
        if (before < s.first()) {
            return true;
        }
        String previous = a.token(before).lower();
        if (lexicons.nounMarkers().contains(previous)) {
            return false;
        }
        return cue.has(CueFlag.QUESTION) || !isPassive(a, s, cue);
    }

    /** A participle after a form of "be" ("was criticized"), unless it ends in -ing ("is calling"). */
    private static boolean isPassive(ArticleText a, Sentence s, Cue cue) {
        String word = a.token(cue.first()).lower();
        if (word.endsWith("ing")) {
            return false;
        }
        for (int k = cue.first() - 1; k >= s.first() && k >= cue.first() - 3; k--) {
            String w = a.token(k).lower();
            if (BE.contains(w)) {
                return true;
            }
            if (!w.endsWith("ly") && !w.equals("not") && !w.equals("also") && !w.equals("n't")) {
                return false;
            }
        }
        return false;
    }
}
