package org.parley.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SpeakerDirectoryTest {

    private static final LocalDate RUN = LocalDate.of(2022, 1, 20);
    private static final LocalDate MON = LocalDate.of(2022, 1, 10);
    private static final LocalDate WED = LocalDate.of(2022, 1, 12);

    private final InMemoryPersonStore store = new InMemoryPersonStore();

    @Test
    void theSamePersonIsMergedAcrossArticlesByFullNameAndSurname() {
        // given
        SpeakerDirectory run = SpeakerDirectory.load(store, RUN);
        // when
        run.add(new ArticleSpeaker("a.txt", "Jens Stoltenberg", "NATO Secretary-General", "NATO", WED,
                List.of("Stoltenberg", "the NATO chief", "he")));
        run.add(new ArticleSpeaker("b.txt", "Stoltenberg", null, null, MON, List.of()));
        run.add(new ArticleSpeaker("c.txt", "Jens Stoltenberg", "NATO's secretary-general", "NATO", null, List.of()));
        // then
        KnownPerson stoltenberg = single(run);
        assertEquals("Jens Stoltenberg", stoltenberg.name());
        assertEquals(List.of("Stoltenberg"), stoltenberg.aliases(), "a title is not a name");
        assertEquals(3, stoltenberg.articleCount());
        assertEquals("NATO", stoltenberg.party());
        assertEquals(MON, stoltenberg.firstSeen());
        assertEquals(Map.of("NATO", 2), stoltenberg.partyVotes());
    }

    @Test
    void initialsHonorificsAndAccentsDoNotSplitAPerson() {
        SpeakerDirectory run = SpeakerDirectory.load(store, RUN);
        run.add(new ArticleSpeaker("a.txt", "Antony J. Blinken", "US Secretary of State", "United States", WED, List.of("Mr Blinken")));
        run.add(new ArticleSpeaker("b.txt", "Antony Blinken", null, null, WED, List.of()));
        run.add(new ArticleSpeaker("c.txt", "Recep Tayyip Erdoğan", "Turkish President", "Turkey", WED, List.of()));
        run.add(new ArticleSpeaker("d.txt", "Recep Tayyip Erdogan", null, null, WED, List.of()));
        assertEquals(2, run.people().size());
        assertEquals(Optional.of("United States"), run.partyOf("Mr Blinken"));
        assertEquals(2, run.find("Erdogan").orElseThrow().articleCount());
    }

    @Test
    void aBareSurnameMetFirstJoinsTheFullNameLater() {
        SpeakerDirectory run = SpeakerDirectory.load(store, RUN);
        run.add(new ArticleSpeaker("a.txt", "Grushko", null, null, MON, List.of()));
        run.add(new ArticleSpeaker("b.txt", "Alexander Grushko", "Russian Deputy Foreign Minister", "Russia", WED, List.of()));
        KnownPerson grushko = single(run);
        assertEquals("Alexander Grushko", grushko.name());
        assertEquals(2, grushko.articleCount());
        assertEquals(MON, grushko.firstSeen());
    }

    @Test
    void conflictingPartiesLeaveThePersonWithoutOne() {
        SpeakerDirectory run = SpeakerDirectory.load(store, RUN);
        run.add(new ArticleSpeaker("a.txt", "Ivan Petrenko", "Ukrainian negotiator", "Ukraine", WED, List.of()));
        run.add(new ArticleSpeaker("b.txt", "Ivan Petrenko", "Russian negotiator", "Russia", WED, List.of()));
        assertNull(single(run).party());
    }

    @Test
    void aClearMajorityOutvotesOneStrayRole() {
        SpeakerDirectory run = SpeakerDirectory.load(store, RUN);
        for (String doc : List.of("a.txt", "b.txt")) {
            run.add(new ArticleSpeaker(doc, "Jens Stoltenberg", "NATO chief", "NATO", WED, List.of()));
        }
        run.add(new ArticleSpeaker("c.txt", "Jens Stoltenberg", "Norwegian official", "Norway", WED, List.of()));
        assertEquals("NATO", single(run).party());
    }

    @Test
    void oneArticleCountsOnceHoweverOftenItReportsThePerson() {
        SpeakerDirectory run = SpeakerDirectory.load(store, RUN);
        run.add(new ArticleSpeaker("a.txt", "Wendy Sherman", "US Deputy Secretary of State", "United States", WED, List.of()));
        run.add(new ArticleSpeaker("a.txt", "Wendy Sherman", "US Deputy Secretary of State", "United States", WED, List.of()));
        assertEquals(1, single(run).articleCount());
        assertEquals(Map.of("United States", 1), single(run).partyVotes());
    }

    @Test
    void aSurnameSharedByTwoPeopleFindsNeither() {
        SpeakerDirectory run = SpeakerDirectory.load(store, RUN);
        run.add(new ArticleSpeaker("a.txt", "Wendy Sherman", "US Deputy Secretary of State", "United States", WED, List.of()));
        run.add(new ArticleSpeaker("b.txt", "Brad Sherman", null, null, WED, List.of()));
        assertEquals(Optional.empty(), run.add(new ArticleSpeaker("c.txt", "Sherman", null, null, WED, List.of())));
        assertEquals(Optional.empty(), run.find("Sherman"));
        assertEquals(Optional.of("United States"), run.partyOf("Wendy Sherman"));
        assertEquals(2, run.people().size());
    }

    @Test
    void aBareSurnameWhosePartyContradictsTheKnownPersonIsNotMerged() {
        SpeakerDirectory run = SpeakerDirectory.load(store, RUN);
        run.add(new ArticleSpeaker("a.txt", "Wendy Sherman", "US Deputy Secretary of State", "United States", WED, List.of()));
        assertEquals(Optional.empty(), run.add(new ArticleSpeaker("b.txt", "Sherman", "Russian official", "Russia", WED, List.of())));
        assertEquals(1, single(run).articleCount());
    }

    @Test
    void peopleLearnedInOneRunResolveABareSurnameInTheNext() {
        // given a first run that learned Stoltenberg's party from his title
        SpeakerDirectory first = SpeakerDirectory.load(store, RUN);
        first.add(new ArticleSpeaker("a.txt", "Jens Stoltenberg", "NATO Secretary-General", "NATO", MON, List.of()));
        first.save();
        // when a later run meets only his surname
        SpeakerDirectory second = SpeakerDirectory.load(store, RUN.plusDays(7));
        second.add(new ArticleSpeaker("z.txt", "Stoltenberg", null, null, RUN.plusDays(7), List.of()));
        second.save();
        // then
        assertEquals(Optional.of("NATO"), second.partyOf("Stoltenberg"));
        KnownPerson stored = store.load().get(0);
        assertEquals(1, store.load().size());
        assertEquals(2, stored.articleCount());
        assertEquals(MON, stored.firstSeen());
        assertEquals("NATO Secretary-General", stored.role());
    }

    private static KnownPerson single(SpeakerDirectory run) {
        List<KnownPerson> people = run.people();
        assertEquals(1, people.size(), people::toString);
        return people.get(0);
    }
}
