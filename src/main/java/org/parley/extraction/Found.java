package org.parley.extraction;

/**
 * An attribution as found in the tokens of one sentence, before offsets and speakers.
 *
 * @param cue      its cue
 * @param source   its source mention
 * @param content  what was said
 * @param inverted whether the source follows the cue
 */
record Found(Cue cue, TokenSpan source, TokenSpan content, boolean inverted) {

    Found withContent(TokenSpan newContent) {
        return new Found(cue, source, newContent, inverted);
    }
}
