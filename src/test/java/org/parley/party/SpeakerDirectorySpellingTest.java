package org.parley.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** One person spelt two ways is one speaker; two people a letter apart in short names are not merged. */
class SpeakerDirectorySpellingTest {

    private static ArticleSpeaker speaker(String doc, String name, String party) {
        return new ArticleSpeaker(doc, name, null, party, LocalDate.of(2020, 9, 8), List.of(name));
    }

    @Test
    void aSurnameMisspeltByOneLetterIsTheSamePerson() {
        SpeakerDirectory d = SpeakerDirectory.load(new InMemoryPersonStore(), LocalDate.of(2020, 9, 9));
        d.add(speaker("a.txt", "Marta Kovalenkova", "Belarusian opposition"));
        d.add(speaker("b.txt", "Marta Kovalneckova", null));
        d.add(speaker("c.txt", "Kovalenkvoa", null));
        assertEquals("Marta Kovalenkova", d.find("Marta Kovalneckova").orElseThrow().name());
        assertEquals("Marta Kovalenkova", d.find("Kovalenkvoa").orElseThrow().name());
        assertEquals(1, d.people().size());
    }

    @Test
    void shortSurnamesAndOtherFirstNamesStayApart() {
        SpeakerDirectory d = SpeakerDirectory.load(new InMemoryPersonStore(), LocalDate.of(2020, 9, 9));
        d.add(speaker("a.txt", "Tom Bell", null));
        d.add(speaker("b.txt", "Tom Bill", null));
        d.add(speaker("c.txt", "Anna Petrova", null));
        d.add(speaker("d.txt", "Irina Petrova", null));
        d.add(speaker("e.txt", "Irina Petrovna", null));
        assertNotEquals(d.find("Tom Bell").orElseThrow().name(), d.find("Tom Bill").orElseThrow().name());
        assertEquals("Irina Petrova", d.find("Irina Petrovna").orElseThrow().name());
        assertEquals(4, d.people().size());
    }
}
