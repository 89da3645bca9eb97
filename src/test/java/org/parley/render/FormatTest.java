package org.parley.render;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormatTest {

    @Test
    void parsesAJobParameterList() {
        assertEquals(EnumSet.of(Format.PDF, Format.DOCX), Format.parse(" pdf, DOCX ,"));
        assertEquals(EnumSet.allOf(Format.class), Format.parse("pdf,docx,csv,json"));
    }

    @Test
    void anUnknownFormatNamesTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Format.parse("pdf,odt"));
        assertTrue(e.getMessage().contains("\"odt\"") && e.getMessage().contains("pdf, docx, csv, json"), e.getMessage());
    }
}
