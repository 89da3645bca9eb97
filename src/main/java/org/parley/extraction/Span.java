package org.parley.extraction;

/**
 * A stretch {@code [start, end)} of an article's text, in UTF-16 indices as Java strings count;
 * the JSONL writer converts to code points.
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** The text this span covers. */
    public String of(String text) {
        return text.substring(start, end);
    }

    public int length() {
        return end - start;
    }
}
