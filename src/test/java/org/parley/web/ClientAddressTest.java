package org.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void anIpv4AddressIsItsOwnKey() {
        assertEquals("203.0.113.7", ClientAddress.bucket("203.0.113.7"));
        assertEquals("203.0.113.7", ClientAddress.bucket("::ffff:203.0.113.7"), "IPv4-mapped");
        assertNull(ClientAddress.bucket(null));
    }

    @Test
    void anIpv6AddressIsKeyedByItsSlash64() {
        assertEquals("2001:db8:1:2::/64", ClientAddress.bucket("2001:db8:1:2::1"));
        assertEquals("2001:db8:1:2::/64", ClientAddress.bucket("2001:0db8:0001:0002:ffff:eeee:dddd:cccc"));
        assertEquals("2001:db8:1:3::/64", ClientAddress.bucket("2001:db8:1:3::1"));
        assertEquals("0:0:0:0::/64", ClientAddress.bucket("0:0:0:0:0:0:0:1"));
    }

    @Test
    void textThatIsNoAddressIsKeptAsItIsAndNeverLookedUp() {
        assertEquals("not:an:address:zz", ClientAddress.bucket("not:an:address:zz"));
        assertEquals("example.org", ClientAddress.bucket("example.org"));
    }
}
