package org.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    private static final String HASH = PasswordHash.hash("correct horse".toCharArray());

    @Test
    void aHashVerifiesItsPasswordAndNoOther() {
        assertTrue(PasswordHash.verify("correct horse".toCharArray(), HASH));
        assertFalse(PasswordHash.verify("correct horse ".toCharArray(), HASH));
        assertFalse(PasswordHash.verify("".toCharArray(), HASH));
    }

    @Test
    void theFormatNamesTheFunctionTheIterationsAndAFreshSalt() {
        String[] parts = HASH.split("\\$");
        assertEquals(4, parts.length);
        assertEquals("pbkdf2-sha512", parts[0]);
        assertEquals("210000", parts[1]);
        assertEquals(22, parts[2].length()); // 16 bytes, unpadded Base64
        assertEquals(86, parts[3].length()); // 64 bytes
        assertNotEquals(HASH, PasswordHash.hash("correct horse".toCharArray()));
    }

    @Test
    void theIterationCountIsPartOfTheHash() {
        String cheap = "pbkdf2-sha512$1000$" + HASH.split("\\$")[2] + "$" + HASH.split("\\$")[3];
        assertFalse(PasswordHash.verify("correct horse".toCharArray(), cheap), "the iterations are part of the hash");
    }

    @Test
    void everyHashAndEveryVerificationIsOneDerivationAndACheckIsNone() {
        long before = PasswordHash.derivations();
        String other = PasswordHash.hash("battery staple".toCharArray());
        assertTrue(PasswordHash.verify("battery staple".toCharArray(), other));
        assertFalse(PasswordHash.verify("wrong".toCharArray(), other));
        PasswordHash.check(other);
        assertEquals(before + 3, PasswordHash.derivations());
    }

    @Test
    void somethingElseIsRefusedWithHowToMakeOne() {
        IllegalArgumentException plain = assertThrows(IllegalArgumentException.class, () -> PasswordHash.check("secret"));
        assertTrue(plain.getMessage().contains("parley passwd"), plain.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PasswordHash.check("pbkdf2-sha512$x$abc$def"));
        assertThrows(IllegalArgumentException.class, () -> PasswordHash.check("pbkdf2-sha512$1000$!!$def"));
        assertThrows(IllegalArgumentException.class, () -> PasswordHash.check(null));
    }
}
