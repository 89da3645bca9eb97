package org.parley.extraction;

import java.util.Set;

/**
 * The word lists the extractor reads, loaded once from this package's resources.
 *
 * @param cues          cues of saying, thinking and reporting
 * @param abbreviations abbreviations that keep their period ("Mr.")
 * @param between       words that may sit between a source and its cue ("has", "also", "Monday")
 * @param pronouns      pronouns that can be a source
 * @param nounMarkers   words that make a following cue word a noun ("his support")
 * @param boundaries    words a source never reaches back over ("that", "and", "in")
 * @param titles        title and role words before a name ("Deputy", "Minister", "Sen.")
 * @param notSpeakers   capitalised words that never name a speaker before a colon ("Update")
 * @param bodies        head nouns that make a source a body rather than a person ("ministry", "military")
 * @param notNames      capitalised words that open a mention but name no one ("Another", "Critics")
 */
record Lexicons(CueLexicon cues, Set<String> abbreviations, Set<String> between, Set<String> pronouns,
                Set<String> nounMarkers, Set<String> boundaries, Set<String> titles, Set<String> notSpeakers,
                Set<String> bodies, Set<String> notNames) {

    private static final String DIR = "/org/parley/extraction/";

    static Lexicons bundled() {
        return new Lexicons(CueLexicon.bundled(), list("abbreviations.txt"), list("between.txt"),
                list("pronouns.txt"), list("noun-markers.txt"), list("source-boundaries.txt"), list("titles.txt"), list("not-speakers.txt"),
                list("bodies.txt"), list("not-names.txt"));
    }

    private static Set<String> list(String name) {
        return WordList.lowerCase(DIR + name);
    }
}
