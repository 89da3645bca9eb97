package org.parley.round;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import org.parley.article.Article;

/** The bundled round lexicon's check that spares the reference date patterns a text with no "March 3". */
class RoundLexiconTest {

    private final RoundLexicon lexicon = RoundLexicon.bundled();

    @Test
    void everyBundledReferenceDatePatternNeedsAMonthBeforeADay() {
        assertTrue(lexicon.referenceDatesNeedMonthDay);
    }

    @Test
    void aMonthBeforeADayMayHoldAReferenceDate() {
        assertTrue(RoundLexicon.mayHoldMonthDay("citing Reuters on January 13"));
        assertTrue(RoundLexicon.mayHoldMonthDay("GENEVA, Sept. 12 (Reuters) -"));
        assertTrue(RoundLexicon.mayHoldMonthDay("Published: Oct\n 3, 2020"));
        assertTrue(RoundLexicon.mayHoldMonthDay("in March 2020"));
    }

    @Test
    void noMonthBeforeADayHoldsNone() {
        assertFalse(RoundLexicon.mayHoldMonthDay(""));
        assertFalse(RoundLexicon.mayHoldMonthDay("The talks on 3 March ended."));
        assertFalse(RoundLexicon.mayHoldMonthDay("Theresa May said 12 MPs"));
        assertFalse(RoundLexicon.mayHoldMonthDay("It ends in May"));
        assertFalse(RoundLexicon.mayHoldMonthDay("June.5"));
    }

    @Test
    void aTextTheCheckPassesOverGivesNoAnchorTheFullPatternsWouldGive() {
        // given: texts with a date only after the day, and with one the patterns read
        Article dayFirst = article("citing Reuters on 13 January, the ministers met.");
        Article monthFirst = article("citing Reuters on January 13, the ministers met.");
        // when
        Anchor none = Anchor.of(dayFirst, lexicon);
        Anchor found = Anchor.of(monthFirst, lexicon);
        // then
        assertFalse(lexicon.mayHoldReferenceDate(dayFirst.text()));
        assertTrue(none.isNone());
        assertEquals(java.time.MonthDay.of(1, 13), found.yearless());
        assertEquals(1, found.spans().size());
    }

    private static Article article(String text) {
        return new Article("a.txt", "A title", text, 0, null, null, null);
    }
}
