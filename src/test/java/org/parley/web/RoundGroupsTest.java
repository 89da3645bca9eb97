package org.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The page's rounds: grouped by negotiation, found by text, dates and party, ten to a page. */
class RoundGroupsTest {

    private static final List<RoundsResource.RoundView> ROUNDS = List.of(
            round("2026-03-09-oslo", "Indirect talks, Oslo", "Indirect talks", "Oslo", "2026-03-09", "Kestrava", "Lisk"),
            round("2026-03-11-vienna", "Second round of indirect talks, Vienna", "Second round of indirect talks",
                    "Vienna", "2026-03-11", "Kestrava", "Lisk"),
            round("2026-03-12-valletta", "Joint Committee, Valletta", "Joint Committee", "Valletta", "2026-03-12",
                    "Kestrava", "Meridia"),
            round("talks-geneva", "Talks in Geneva", null, "Geneva", null, "Lisk"));

    @Test
    void roundsAreGroupedByTheirTrackOfTalksNewestFirstAndTheRestUnderOtherTalks() {
        RoundGroups.Page page = RoundGroups.of(ROUNDS, RoundsFilter.of(null, null, null, null, null));
        assertEquals(List.of("Joint Committee", "Indirect talks", "Other talks"),
                page.groups().stream().map(RoundGroups.Group::name).toList());
        assertEquals(List.of("2026-03-11-vienna", "2026-03-09-oslo"),
                page.groups().get(1).rounds().stream().map(RoundsResource.RoundView::id).toList());
        assertEquals(List.of("Kestrava", "Lisk", "Meridia"), page.parties());
        assertEquals(4, page.matched());
    }

    @Test
    void textDatesAndPartyNarrowTheRounds() {
        assertEquals(List.of("2026-03-11-vienna"), ids(RoundsFilter.of("VIENNA", null, null, null, null)));
        assertEquals(List.of("2026-03-12-valletta", "2026-03-11-vienna"),
                ids(RoundsFilter.of(null, "2026-03-10", "2026-03-12", null, null)));
        assertEquals(List.of("2026-03-12-valletta"), ids(RoundsFilter.of(null, null, null, "Meridia", null)));
        assertEquals(List.of("2026-03-11-vienna", "2026-03-09-oslo", "talks-geneva"),
                ids(RoundsFilter.of(null, null, null, "Lisk", null)));
        assertEquals(List.of(), ids(RoundsFilter.of("geneva", "2026-01-01", null, null, null)),
                "a round with no known day is not between two dates");
    }

    @Test
    void aPageHoldsTenRoundsAndLinksToTheOthersWithTheFilter() {
        List<RoundsResource.RoundView> many = new ArrayList<>();
        for (int i = 1; i <= 23; i++) {
            many.add(round("r" + i, "Summit " + i, "Summit", "Rome", String.format("2026-01-%02d", i), "Kestrava"));
        }
        RoundGroups.Page second = RoundGroups.of(many, RoundsFilter.of("summit", null, null, null, "2"));
        assertEquals(10, second.groups().get(0).rounds().size());
        assertEquals("r13", second.groups().get(0).rounds().get(0).id());
        assertEquals(3, second.pages());
        assertEquals("?q=summit", second.previous());
        assertEquals("?q=summit&roundsPage=3", second.next());
        RoundGroups.Page last = RoundGroups.of(many, RoundsFilter.of("summit", null, null, null, "9"));
        assertEquals(3, last.page());
        assertEquals(3, last.groups().get(0).rounds().size());
        assertNull(last.next());
    }

    @Test
    void aDateThatIsNoDateIsRefusedNamingItsField() {
        assertEquals("From must be a date written 2026-03-09, not '9 March'", assertThrows(IllegalArgumentException.class,
                () -> RoundsFilter.of(null, "9 March", null, null, null)).getMessage());
        assertEquals("Rounds page must be a page number from 1, not '0'", assertThrows(IllegalArgumentException.class,
                () -> RoundsFilter.of(null, null, null, null, "0")).getMessage());
    }

    private static List<String> ids(RoundsFilter filter) {
        return RoundGroups.of(ROUNDS, filter).groups().stream().flatMap(g -> g.rounds().stream())
                .map(RoundsResource.RoundView::id).toList();
    }

    private static RoundsResource.RoundView round(String id, String title, String forum, String place, String start,
                                                  String... parties) {
        return new RoundsResource.RoundView(id, title, "a day", 3, 1, List.of(), new ArrayList<>(), forum, place,
                List.of(parties), start);
    }
}
