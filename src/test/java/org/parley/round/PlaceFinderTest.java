package org.parley.round;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Where talks are held, as sentences we wrote name it. */
class PlaceFinderTest {

    private final PlaceFinder finder = new PlaceFinder(RoundLexicon.bundled());

    private List<String> places(String sentence) {
        return finder.find(sentence, 0, sentence.length()).stream().map(PlaceFinder.PlaceHit::city).toList();
    }

    @Test
    void aDescribedPlaceIsThePlace() {
        assertEquals(List.of("Sochi"), places("He will travel to Russia's Black Sea resort of Sochi for the meeting."));
        assertEquals(List.of("Oman"), places("The two sides held indirect talks in the Gulf state of Oman last week."));
        assertEquals(List.of("Geneva"), places("Delegates met in the Swiss city of Geneva."));
        assertEquals(List.of("Sharm el-Sheikh"), places("They signed it at a summit in the Egyptian resort of Sharm el- Sheikh."));
    }

    @Test
    void aHostCountryIsAPlaceButAPartysOwnIsNot() {
        assertEquals(List.of("Egypt"), places("Indirect talks continued in Egypt on Wednesday."));
        assertEquals(List.of(), places("Protests spread in Iran on Friday."));
    }

    @Test
    void aHostCountryAndItsCitiesAreOnePlace() {
        RoundLexicon lexicon = RoundLexicon.bundled();
        assertTrue(lexicon.samePlace("Oman", "Muscat"));
        assertTrue(lexicon.samePlace("Sharm el-Sheikh", "Egypt"));
        assertFalse(lexicon.samePlace("Egypt", "Doha"));
        assertEquals("Muscat", lexicon.sharper("Oman", "Muscat"));
        assertEquals("Muscat", lexicon.sharper("Muscat", "Oman"));
    }

    @Test
    void aSentenceIsReadForAPlaceBeforeAMeetingOnlyWhereItHoldsAMeetingWord() {
        String text = "Before: the Vienna talks. After: the Vienna hotel.";
        assertTrue(PlaceFinder.holdsMeetingWord(text, 0, 25));
        assertFalse(PlaceFinder.holdsMeetingWord(text, 26, text.length()));
        assertFalse(PlaceFinder.holdsMeetingWord(text, 0, 23)); // "tal" of "talks" is no word
        assertEquals(List.of("Vienna"), finder.find(text, 0, 25).stream().map(PlaceFinder.PlaceHit::city).toList());
        assertEquals(List.of(), finder.find(text, 26, text.length()));
    }
}
