package org.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class ByteRangeTest {

    @Test
    void aClosedRangeIsClampedToTheFile() {
        assertEquals(new ByteRange(0, 99), ByteRange.parse("bytes=0-99", 1000));
        assertEquals(new ByteRange(900, 999), ByteRange.parse("bytes=900-5000", 1000));
        assertEquals(100, ByteRange.parse("bytes=0-99", 1000).length());
    }

    @Test
    void openAndSuffixRanges() {
        assertEquals(new ByteRange(990, 999), ByteRange.parse("bytes=990-", 1000));
        assertEquals(new ByteRange(990, 999), ByteRange.parse("bytes=-10", 1000));
        assertEquals(new ByteRange(0, 999), ByteRange.parse("bytes=-5000", 1000));
        assertEquals(new ByteRange(0, 0), ByteRange.parse("BYTES=0-0", 1000));
    }

    @Test
    void aRangeStartingPastTheEndCannotBeSatisfied() {
        assertSame(ByteRange.UNSATISFIABLE, ByteRange.parse("bytes=1000-", 1000));
        assertSame(ByteRange.UNSATISFIABLE, ByteRange.parse("bytes=1000-1200", 1000));
        assertSame(ByteRange.UNSATISFIABLE, ByteRange.parse("bytes=-0", 1000));
        assertSame(ByteRange.UNSATISFIABLE, ByteRange.parse("bytes=0-", 0));
    }

    @Test
    void whatIsNotOneValidByteRangeIsIgnored() {
        assertSame(ByteRange.WHOLE, ByteRange.parse(null, 1000));
        assertSame(ByteRange.WHOLE, ByteRange.parse("items=0-5", 1000));
        assertSame(ByteRange.WHOLE, ByteRange.parse("bytes=0-5,10-20", 1000));
        assertSame(ByteRange.WHOLE, ByteRange.parse("bytes=9-5", 1000));
        assertSame(ByteRange.WHOLE, ByteRange.parse("bytes=-", 1000));
        assertSame(ByteRange.WHOLE, ByteRange.parse("bytes=a-b", 1000));
        assertSame(ByteRange.WHOLE, ByteRange.parse("bytes=99999999999999999999-", 1000));
    }
}
