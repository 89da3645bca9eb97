package org.parley.extraction;

import java.util.Set;

/**
 * One cue of the lexicon: its dictionary form ("say", "call for", "according to") and how it
 * behaves.
 *
 * @param lemma the dictionary form
 * @param flags its behaviour
 */
record CueEntry(String lemma, Set<CueFlag> flags) {

    CueEntry {
        flags = Set.copyOf(flags);
    }

    boolean has(CueFlag flag) {
        return flags.contains(flag);
    }
}
