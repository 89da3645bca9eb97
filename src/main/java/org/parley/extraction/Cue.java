package org.parley.extraction;

/**
 * A cue found in a sentence: tokens {@code [first, end)} and its lexicon entry.
 *
 * @param first its first token
 * @param end   just after its last token
 * @param entry what the lexicon says of it
 */
record Cue(int first, int end, CueEntry entry) {

    boolean has(CueFlag flag) {
        return entry.has(flag);
    }
}
