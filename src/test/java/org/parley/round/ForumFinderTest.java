package org.parley.round;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.party.PartyRegistry;
import org.parley.round.ForumFinder.ForumHit;

/** Forums, formats and ordinal rounds as the lexicon's patterns read them. */
class ForumFinderTest {

    private final ForumFinder finder = new ForumFinder(RoundLexicon.bundled(), new PartyNames(PartyRegistry.bundled()));

    private ForumHit only(String sentence) {
        List<ForumHit> hits = finder.find(sentence, 0, sentence.length(), false);
        assertEquals(1, hits.size(), () -> sentence + ": " + hits);
        return hits.get(0);
    }

    @Test
    void partiesNamedEitherWayShareAKey() {
        Forum a = only("The NATO-Russia Council met for four hours.").forum();
        Forum b = only("A Russia-NATO Council was held.").forum();
        assertEquals("nato-russia-council", a.key());
        assertEquals(a.key(), b.key());
        assertTrue(a.strong());
        assertEquals(java.util.Set.of("NATO", "Russia"), a.parties());
    }

    @Test
    void pairOfPartiesIsAWeakFormat() {
        Forum f = only("They held U.S.-Russian strategic stability talks.").forum();
        assertEquals("russia-united-states", f.key());
        assertEquals("Russia–United States talks", f.name());
        assertFalse(f.strong());
    }

    @Test
    void capitalisedNameWithAForumHead() {
        Forum f = only("The Strategic Stability Dialogue resumed.").forum();
        assertEquals("strategic-stability-dialogue", f.key());
        assertTrue(f.strong());
    }

    @Test
    void hostingInstitutionByItsRegistryName() {
        ForumHit hit = only("They continue at the Organization for Security and Cooperation in Europe in Vienna.");
        assertEquals("OSCE", hit.forum().name());
        assertTrue(hit.forum().host());
    }

    @Test
    void ordinalRoundAndFormat() {
        assertEquals(8, only("the eighth round of negotiations opened").ordinal());
        assertEquals(3, only("Round 3 begins").ordinal());
        assertEquals("trilateral", only("They agreed to trilateral talks.").forum().key());
    }

    @Test
    void summitOfAPartyIsAWeakForum() {
        Forum f = only("Leaders gathered for the NATO summit.").forum();
        assertEquals("nato-summit", f.key());
        assertFalse(f.strong());
    }

    @Test
    void cityBeforeAMeetingWordIsAPlace() {
        ForumHit hit = only("The Geneva talks ended.");
        assertNull(hit.forum());
        assertEquals("Geneva", hit.place());
    }

    @Test
    void aSummitNamedForAPartyIsThatPartysMeeting() {
        assertEquals("NATO", only("Leaders gathered for the NATO summit.").forum().owner());
        assertNull(only("The Strategic Stability Dialogue met.").forum().owner());
    }

    @Test
    void aBodyPeopleBelongToIsNoMeeting() {
        for (String s : List.of("Several members of the Coordination Council were detained on Monday.",
                "Wolfgang Ischinger, chairman of the Munich Security Conference, spoke.",
                "Hostages will be handed to the International Committee of the Red Cross on Monday.",
                "Znak, a member of the opposition's Coordination Council, said so.")) {
            assertEquals(List.of(), finder.find(s, 0, s.length(), false).stream().filter(h -> h.forum() != null).toList(), s);
        }
        assertEquals("joint-council", only("The Joint Council meets on Thursday.").forum().key());
    }

    @Test
    void titlesAreNoForum() {
        String s = "European Council President Charles Michel spoke.";
        assertEquals(List.of(), finder.find(s, 0, s.length(), false));
    }
}
