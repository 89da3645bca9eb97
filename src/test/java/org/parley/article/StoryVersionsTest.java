package org.parley.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.parley.article.Story.Member;
import org.parley.article.Story.Role;

/**
 * Copies against updates, on invented coverage of one round of talks: a wire story, another
 * outlet's cut of it, the wire's own update and next-day version, a follow-up a week later that
 * reuses its background, and another story on the same talks that shares paragraphs with it.
 */
class StoryVersionsTest {

    static Article story(String name) throws IOException, ArticleRejectedException {
        try (InputStream in = StoryVersionsTest.class.getResourceAsStream("stories/" + name)) {
            return new ArticleParser().parse(name, ArticleEntry.Format.TXT, in.readAllBytes());
        }
    }

    private static Article redated(Article a, String doc, LocalDate date, String outlet) {
        return new Article(doc, a.title(), a.text(), a.bodyStart(), date, outlet, a.url());
    }

    private static Story single(String doc) {
        return new Story(List.of(new Member(doc, Role.ORIGINAL, null)));
    }

    @Test
    void aCutFromAnotherOutletWithANewHeadlineDatelineAndEditedSentencesIsACopy() throws Exception {
        List<Story> stories = NearDuplicates.cluster(List.of(story("cut.txt"), story("wire.txt")));

        // same day, and the wire opens as the cut does: the shorter one is the cut, merged into the wire
        assertEquals(List.of(new Story(List.of(new Member("cut.txt", Role.COPY, "wire.txt"),
                new Member("wire.txt", Role.ORIGINAL, null)))), stories);
        assertEquals("wire.txt", stories.get(0).first());
    }

    @Test
    void aCutWithFourMoreEditedSentencesIsStillACopyThoughItsSignatureKeepsUnder80PerCentOfTheWire()
            throws Exception {
        Article wire = story("wire.txt");
        Article cut = story("cut.txt");
        String text = cut.text()
                .replace("Vestria's chief negotiator, Deputy Foreign Minister Ilse Varga, told reporters",
                        "the chief Vestrian negotiator Ilse Varga told reporters")
                .replace("officials on both sides said", "according to officials from both delegations")
                .replace("are the third round since a drought two years ago",
                        "are the third round held since the drought of two years ago that")
                .replace("Diplomats familiar with the negotiations said the sticking points were",
                        "Diplomats close to the negotiations said the main sticking points are");
        Article edited = new Article("edited-cut.txt", cut.title(), text, cut.bodyStart(), cut.date(), cut.outlet(), null);
        // the old rule (an estimated 80 % of the shorter's 4-word shingles in the longer) missed such a cut
        assertTrue(NearDuplicates.signature(edited).containment(NearDuplicates.signature(wire)) < 0.8);

        List<Story> stories = NearDuplicates.cluster(List.of(wire, edited));

        assertEquals(List.of(new Story(List.of(new Member("edited-cut.txt", Role.COPY, "wire.txt"),
                new Member("wire.txt", Role.ORIGINAL, null)))), stories);
    }

    @Test
    void anUpdateWrittenThroughWithANewLeadAndNewParagraphsIsAVersion() throws Exception {
        List<Story> stories = NearDuplicates.cluster(List.of(story("update.txt"), story("wire.txt")));

        assertEquals(List.of(new Story(List.of(new Member("wire.txt", Role.ORIGINAL, null),
                new Member("update.txt", Role.UPDATE, "wire.txt")))), stories);
    }

    @Test
    void aNextDayVersionThatAddsParagraphsAtTheEndIsAVersion() throws Exception {
        List<Story> stories = NearDuplicates.cluster(List.of(story("wire.txt"), story("next-day.txt")));

        assertEquals(List.of(new Story(List.of(new Member("wire.txt", Role.ORIGINAL, null),
                new Member("next-day.txt", Role.UPDATE, "wire.txt")))), stories);
    }

    @Test
    void onTheSameDayAddingParagraphsOnlyAtTheEndReadsAsTheFullStoryOfWhichTheOtherIsACut() throws Exception {
        // Nothing tells this from a wire story and its cut; the fuller text is extracted, so no statement is lost.
        Article fuller = redated(story("next-day.txt"), "fuller.txt", LocalDate.of(2026, 4, 14), "Nordic Wire");

        List<Story> stories = NearDuplicates.cluster(List.of(story("wire.txt"), fuller));

        assertEquals(List.of(new Story(List.of(new Member("wire.txt", Role.COPY, "fuller.txt"),
                new Member("fuller.txt", Role.ORIGINAL, null)))), stories);
    }

    @Test
    void aChainOfVersionsUpdatesTheVersionItRepeatsMost() throws Exception {
        Article update = story("update.txt");
        String added = "\n\nOn Wednesday Nordland's energy ministry said it would publish daily readings from its three "
                + "dams from June, a step Vestria has asked for since the drought.\n";
        Article third = new Article("third.txt", "Nordland to publish Orva dam readings", update.text().strip() + added,
                update.bodyStart(), LocalDate.of(2026, 4, 15), "Nordic Wire", null);

        List<Story> stories = NearDuplicates.cluster(List.of(third, story("wire.txt"), update));

        assertEquals(List.of(new Story(List.of(new Member("wire.txt", Role.ORIGINAL, null),
                new Member("update.txt", Role.UPDATE, "wire.txt"),
                new Member("third.txt", Role.UPDATE, "update.txt")))), stories);
    }

    @Test
    void aLaterStoryThatReusesBackgroundParagraphsIsAStoryOfItsOwn() throws Exception {
        // six of the wire's ten paragraphs, under a new lead a week later: more than half of each is in the other
        StoryText wire = StoryText.of(story("wire.txt"));
        StoryText followUp = StoryText.of(story("follow-up.txt"));
        assertTrue(Overlap.of(followUp, wire, 0).containment() > 0.6);
        assertTrue(Overlap.of(wire, followUp, 0).containment() > 0.5);
        assertTrue(NearDuplicates.candidates(NearDuplicates.signature(story("wire.txt")),
                NearDuplicates.signature(story("follow-up.txt"))));

        List<Story> stories = NearDuplicates.cluster(List.of(story("wire.txt"), story("follow-up.txt")));

        assertEquals(List.of(single("wire.txt"), single("follow-up.txt")), stories);
    }

    @Test
    void twoStoriesOnTheSameTalksSharingBackgroundParagraphsStayApart() throws Exception {
        List<Story> stories = NearDuplicates.cluster(List.of(story("wire.txt"), story("same-talks-other-story.txt")));

        assertEquals(List.of(single("wire.txt"), single("same-talks-other-story.txt")), stories);
    }

    @Test
    void articlesWrittenToOnePatternStayApartThoughEachParagraphsWordsAreAllInTheOther() {
        List<String> topics = List.of("troop withdrawals", "a prisoner exchange", "grain exports", "the ceasefire line",
                "sanctions relief", "arms inspections");
        List<String> people = List.of("Anja Reswick", "Tomas Vell", "Mara Osk");
        java.util.function.IntFunction<Article> dispatch = n -> {
            StringBuilder body = new StringBuilder("Negotiators met in Geneva on Monday, officials said, and dispatch "
                    + n + " reports what was said.");
            for (int p = 0; p < 6; p++) {
                String person = people.get((n + p) % 3);
                body.append("\n\n\"We will not move on ").append(topics.get((n * 5 + p) % 6)).append(" until item ")
                        .append(n).append('-').append(p).append(" is settled,\" ").append(person)
                        .append(" said. Officials said talks on ").append(topics.get((n + 2 * p) % 6))
                        .append(" would continue for ").append(2 + (n * p) % 7).append(" more days, and ")
                        .append(person.split(" ")[1]).append(" added that ").append(topics.get((n + p + 3) % 6))
                        .append(" remained open.");
            }
            return new Article("dispatch-" + n + ".txt", "Dispatch " + n, "Dispatch " + n + "\n\n" + body,
                    ("Dispatch " + n).length() + 2, LocalDate.of(2026, 3, 2), "Desk", null);
        };
        StoryText one = StoryText.of(dispatch.apply(1));
        StoryText two = StoryText.of(dispatch.apply(2));
        Overlap oneInTwo = Overlap.of(one, two, Integer.MAX_VALUE);
        // every paragraph's 3-word shingles are mostly somewhere in the other, but in no one place
        assertEquals(0, oneInTwo.newWords());
        assertTrue(oneInTwo.containment() < StoryVersions.SAME_STORY, "containment " + oneInTwo.containment());

        List<Story> stories = StoryVersions.decide(List.of(one, two), List.<int[]>of(new int[] {0, 1}));

        assertEquals(List.of(single("dispatch-1.txt"), single("dispatch-2.txt")), stories);
    }

    @Test
    void anExactDuplicateIsACopyOfTheEarliestThenByName() throws Exception {
        Article wire = story("wire.txt");
        Article same = redated(wire, "a-reprint.txt", wire.date(), "The Harbour Times");
        Article later = redated(wire, "later.txt", wire.date().plusDays(1), "Baltic Courier");

        List<Story> stories = NearDuplicates.cluster(List.of(later, wire, same));

        assertEquals(List.of(new Story(List.of(new Member("a-reprint.txt", Role.ORIGINAL, null),
                new Member("wire.txt", Role.COPY, "a-reprint.txt"),
                new Member("later.txt", Role.COPY, "a-reprint.txt")))), stories);
    }

    @Test
    void aRunOfCoverageGroupsIntoItsStories() throws Exception {
        List<Story> stories = NearDuplicates.cluster(List.of(story("same-talks-other-story.txt"), story("update.txt"),
                story("cut.txt"), story("wire.txt"), story("next-day.txt")));

        assertEquals(List.of(single("same-talks-other-story.txt"), new Story(List.of(
                new Member("cut.txt", Role.COPY, "wire.txt"),
                new Member("wire.txt", Role.ORIGINAL, null),
                new Member("update.txt", Role.UPDATE, "wire.txt"),
                new Member("next-day.txt", Role.UPDATE, "wire.txt")))), stories);
    }

    @Test
    void onlyCandidatePairsAreCompared() throws Exception {
        List<StoryText> texts = List.of(StoryText.of(story("cut.txt")), StoryText.of(story("wire.txt")));

        assertEquals(List.of(single("cut.txt"), single("wire.txt")), StoryVersions.decide(texts, List.of()));
        assertEquals(2, StoryVersions.decide(texts, List.<int[]>of(new int[] {0, 1})).get(0).members().size());
    }

    @Test
    void editedSentencesAndCreditLinesAddNoText() throws Exception {
        StoryText wire = StoryText.of(story("wire.txt"));
        StoryText cut = StoryText.of(story("cut.txt"));

        Overlap cutInWire = Overlap.of(cut, wire, Integer.MAX_VALUE);
        Overlap wireInCut = Overlap.of(wire, cut, Integer.MAX_VALUE);

        assertEquals(0, cutInWire.newWords());
        assertEquals(false, cutInWire.newLead());
        // the three paragraphs the cut dropped: the protest, the energy ministry, the next round
        assertEquals(24 + 30 + 24, wireInCut.newWords());
        assertEquals(false, wireInCut.newLead());
    }
}
