package org.parley.extraction;

/**
 * A run of tokens {@code [first, end)} of one article.
 *
 * @param first its first token
 * @param end   just after its last token
 */
record TokenSpan(int first, int end) {

    boolean isEmpty() {
        return end <= first;
    }

    int size() {
        return end - first;
    }
}
