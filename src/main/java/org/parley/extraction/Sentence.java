package org.parley.extraction;

/**
 * A sentence, or several when they sit inside one quotation: tokens {@code [first, end)}.
 *
 * @param first     its first token
 * @param end       just after its last token
 * @param paragraph the number of the paragraph it starts in, counting the title as 0
 */
record Sentence(int first, int end, int paragraph) {

    int size() {
        return end - first;
    }
}
