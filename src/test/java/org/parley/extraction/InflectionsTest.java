package org.parley.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class InflectionsTest {

    @Test
    void regularVerbs() {
        assertEquals(List.of("argue", "argues", "argued", "arguing"), List.copyOf(Inflections.of("argue", false)));
        assertEquals(List.of("deny", "denies", "denied", "denying"), List.copyOf(Inflections.of("deny", false)));
        assertEquals(List.of("stress", "stresses", "stressed", "stressing"),
                List.copyOf(Inflections.of("stress", false)));
    }

    @Test
    void doublingVerbs() {
        assertEquals(List.of("admit", "admits", "admitted", "admitting"), List.copyOf(Inflections.of("admit", true)));
    }
}
