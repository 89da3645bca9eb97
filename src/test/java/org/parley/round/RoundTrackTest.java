package org.parley.round;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class RoundTrackTest {

    private static Round round(String forum) {
        return new Round("r", "t", forum, "Geneva", null, null, List.of(), false, List.of());
    }

    @Test
    void aTrackIsTheForumWithoutItsOrdinal() {
        assertEquals("indirect talks", round("Indirect talks (round 6)").track());
        assertEquals("trade talks", round("Eighth round of trade talks").track());
        assertEquals("joint committee", round("Joint Committee").track());
        assertNull(round("Talks").track(), "talks of no named format");
        assertNull(round(null).track());
    }

    @Test
    void roundsOfOneFormatOrOfNoNamedFormatAreOneTrack() {
        assertTrue(round("Indirect talks (round 5)").sameTrack(round("Indirect talks")));
        assertTrue(round("Talks").sameTrack(round("Summit")), "talks of no named format may be of any track");
        assertFalse(round("Summit").sameTrack(round("Indirect talks")));
        assertFalse(round("Trade talks (round 8)").sameTrack(round("Joint Committee")));
    }
}
