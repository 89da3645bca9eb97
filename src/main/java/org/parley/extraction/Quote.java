package org.parley.extraction;

/**
 * A quoted stretch of text, {@code [start, end)} from its opening mark to after its closing
 * mark (or to the end of its last paragraph when the writer left it open).
 *
 * @param start  where the opening mark is
 * @param end    just after the closing mark
 * @param closed whether a closing mark ends it
 */
record Quote(int start, int end, boolean closed) {

    boolean contains(int index) {
        return index >= start && index < end;
    }
}
