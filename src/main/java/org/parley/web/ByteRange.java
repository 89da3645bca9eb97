package org.parley.web;

/**
 * A single byte range of a {@code Range: bytes=...} header, resolved against a file's length
 * (RFC 9110, section 14). Several ranges, another unit or a malformed header are ignored (the whole
 * file is sent); a range that starts past the end cannot be satisfied (416).
 *
 * @param first the first byte, inclusive
 * @param last  the last byte, inclusive
 */
record ByteRange(long first, long last) {

    /** The header is absent or ignored: send the whole file. */
    static final ByteRange WHOLE = new ByteRange(-1, -1);
    /** The range cannot be satisfied: answer 416. */
    static final ByteRange UNSATISFIABLE = new ByteRange(-2, -2);

    long length() {
        return last - first + 1;
    }

    static ByteRange parse(String header, long size) {
        if (header == null || !header.regionMatches(true, 0, "bytes=", 0, 6)) {
            return WHOLE;
        }
        String spec = header.substring(6).strip();
        if (spec.contains(",") || !spec.matches("\\d{0,18}-\\d{0,18}") || spec.equals("-")) {
            return WHOLE;
        }
        int dash = spec.indexOf('-');
        String start = spec.substring(0, dash);
        String end = spec.substring(dash + 1);
        if (start.isEmpty()) {
            long suffix = Long.parseLong(end);
            return suffix == 0 || size == 0 ? UNSATISFIABLE : new ByteRange(Math.max(0, size - suffix), size - 1);
        }
        long first = Long.parseLong(start);
        if (!end.isEmpty() && Long.parseLong(end) < first) {
            return WHOLE;
        }
        if (first >= size) {
            return UNSATISFIABLE;
        }
        long last = end.isEmpty() ? size - 1 : Math.min(Long.parseLong(end), size - 1);
        return new ByteRange(first, last);
    }
}
