package org.parley.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AddressRangeTest {

    @Test
    void anIpv4RangeHoldsTheAddressesOfItsPrefix() {
        AddressRange range = AddressRange.parse("10.1.0.0/16");
        assertTrue(range.contains("10.1.0.1"));
        assertTrue(range.contains("10.1.255.254"));
        assertFalse(range.contains("10.2.0.1"));
        assertTrue(range.contains("::ffff:10.1.2.3"), "an IPv4-mapped address is the IPv4 address");
        assertFalse(range.contains("2001:db8::1"));
        assertEquals("10.1.0.0/16", range.toString());
    }

    @Test
    void aSingleAddressIsAFullPrefix() {
        AddressRange one = AddressRange.parse("127.0.0.1");
        assertTrue(one.contains("127.0.0.1"));
        assertFalse(one.contains("127.0.0.2"));
        assertEquals("127.0.0.1/32", one.toString());
        assertTrue(AddressRange.parse("::1").contains("0:0:0:0:0:0:0:1"));
        assertTrue(AddressRange.parse("0.0.0.0/0").contains("203.0.113.9"));
    }

    @Test
    void anIpv6RangeComparesItsBitsNotItsText() {
        AddressRange range = AddressRange.parse("2001:db8:abcd:12::/63");
        assertTrue(range.contains("2001:db8:abcd:13:ffff::1"));
        assertFalse(range.contains("2001:db8:abcd:14::1"));
        assertTrue(range.contains("[2001:db8:abcd:12::7]"), "as Forwarded writes it");
        assertFalse(range.contains("10.0.0.1"));
    }

    @Test
    void anythingElseIsNotInARange() {
        AddressRange range = AddressRange.parse("0.0.0.0/0");
        assertFalse(range.contains(null));
        assertFalse(range.contains("unknown"));
        assertFalse(range.contains("_hidden"));
        assertFalse(range.contains("proxy.example.org"));
    }

    @Test
    void badRangesAreRefusedNamingThem() {
        for (String bad : new String[] {"10.0.0.0/33", "::1/129", "256.1.1.1", "10.0.0.0/", "10.0.0/8", "localhost",
                "proxy.example.org", "10.0.0.0/x", "", "1.2.3.4/-1"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AddressRange.parse(bad), bad);
            assertEquals("'" + bad + "' is not an IP address or CIDR range (like 10.0.0.0/8 or ::1)", e.getMessage());
        }
    }
}
