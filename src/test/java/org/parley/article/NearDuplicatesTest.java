package org.parley.article;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Syndicated copies: a story and its edited reprint are one story; another story on the same talks is not. */
class NearDuplicatesTest {

    static Article fixture(String name) throws IOException, ArticleRejectedException {
        try (InputStream in = NearDuplicatesTest.class.getResourceAsStream("duplicates/" + name)) {
            return new ArticleParser().parse(name, ArticleEntry.Format.TXT, in.readAllBytes());
        }
    }

    @Test
    void editedReprintIsACopyOfTheWireStory() throws Exception {
        Article story = fixture("wire-story.txt");
        Article reprint = fixture("edited-reprint.txt");
        Article other = fixture("same-topic-story.txt");

        List<Story> stories = NearDuplicates.cluster(List.of(reprint, other, story));

        assertEquals(List.of(new Story(List.of(new Story.Member("wire-story.txt", Story.Role.ORIGINAL, null),
                        new Story.Member("edited-reprint.txt", Story.Role.COPY, "wire-story.txt"))),
                new Story(List.of(new Story.Member("same-topic-story.txt", Story.Role.ORIGINAL, null)))), stories);
    }

    @Test
    void similarityOfTheFixturesIsOnEitherSideOfTheCandidateThreshold() throws Exception {
        MinHash.Signature story = NearDuplicates.signature(fixture("wire-story.txt"));
        MinHash.Signature reprint = NearDuplicates.signature(fixture("edited-reprint.txt"));
        MinHash.Signature other = NearDuplicates.signature(fixture("same-topic-story.txt"));

        assertTrue(story.jaccard(reprint) >= 0.6, "reprint " + story.jaccard(reprint));
        assertTrue(story.jaccard(other) < 0.1, "other story " + story.jaccard(other));
        assertTrue(NearDuplicates.candidates(story, reprint));
        assertFalse(NearDuplicates.candidates(story, other));
    }

    @Test
    void exactCopiesGroupAndTiesOnDateGoByDocName() {
        String body = "Negotiators met in Geneva on Monday and agreed to meet again next month, officials said. "
                .repeat(5);
        Article b = new Article("b.txt", "T", "T\n\n" + body, 3, LocalDate.of(2024, 1, 2), "B News", null);
        Article a = new Article("a.txt", "T", "T\n\n" + body, 3, LocalDate.of(2024, 1, 2), null, null);
        Article c = new Article("c.txt", "T", "T\n\n" + body, 3, null, "C Post", null);

        Story story = NearDuplicates.cluster(List.of(c, b, a)).get(0);

        assertEquals(List.of("a.txt", "b.txt", "c.txt"), story.docs());
        assertEquals(List.of(new Story.Member("a.txt", Story.Role.ORIGINAL, null),
                new Story.Member("b.txt", Story.Role.COPY, "a.txt"),
                new Story.Member("c.txt", Story.Role.COPY, "a.txt")), story.members());
    }

    @Test
    void storedSignaturesGiveTheSameStoriesAndTextsAreAskedForOnceByGroup() throws Exception {
        Article story = fixture("wire-story.txt");
        Article reprint = fixture("edited-reprint.txt");
        Article other = fixture("same-topic-story.txt");
        byte[] stored = NearDuplicates.signature(reprint).toBytes();

        NearDuplicates run = new NearDuplicates();
        run.add(reprint.doc(), MinHash.Signature.fromBytes(stored));
        run.add(story);
        run.add(story);
        run.add(other);
        List<List<String>> asked = new ArrayList<>();

        List<Story> stories = run.stories(docs -> {
            asked.add(docs);
            return docs.stream().map(d -> d.equals(story.doc()) ? story : reprint).toList();
        });

        assertEquals(3, run.size());
        assertEquals(List.of(List.of("edited-reprint.txt", "wire-story.txt")), asked);
        assertEquals(List.of(new Story.Member("wire-story.txt", Story.Role.ORIGINAL, null),
                new Story.Member("edited-reprint.txt", Story.Role.COPY, "wire-story.txt")), stories.get(0).members());
        assertTrue(stories.get(1).single());
    }

    @Test
    void signatureBytesRoundTripAndRejectOtherBytes() throws Exception {
        MinHash.Signature s = NearDuplicates.signature(fixture("wire-story.txt"));
        byte[] bytes = s.toBytes();
        assertEquals(485, bytes.length);
        assertEquals(s, MinHash.Signature.fromBytes(bytes));
        assertArrayEquals(bytes, MinHash.Signature.fromBytes(bytes).toBytes());
        assertThrows(IllegalArgumentException.class, () -> MinHash.Signature.fromBytes(new byte[12]));
    }

    @Test
    void signaturesIgnoreCaseAndPunctuation() {
        MinHash.Signature s = MinHash.of(Shingles.words("the talks in Geneva ended on Monday", 4));
        // Fixed seeds, and normalised text: a stored signature compares with one made by a later run.
        assertEquals(s, MinHash.of(Shingles.words("The talks in GENEVA ended, on Monday!", 4)));
        assertEquals(1.0, s.jaccard(MinHash.of(Shingles.words("the talks in geneva ended on monday", 4))));
    }

    @Test
    void seedsArePinnedSoStoredSignaturesStayComparable() {
        // Changing MinHash's seeds or mixing would silently break every signature already stored.
        int[] mins = MinHash.of(new long[] {1L, 2L, 3L}).mins();
        assertEquals(1491960729, mins[0]);
        assertEquals(2120346693, mins[MinHash.SIZE - 1]);
    }

    @Test
    void manyDifferentArticlesStayApart() {
        List<Article> articles = new ArrayList<>();
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 300; i++) {
            StringBuilder body = new StringBuilder();
            for (int w = 0; w < 120; w++) {
                // A small vocabulary, so that articles share words, as stories on one topic do, but not runs of them.
                body.append("w").append(random.nextInt(300)).append(' ');
            }
            articles.add(new Article("d" + i + ".txt", "T", "T\n\n" + body, 3, null, null, null));
        }
        assertEquals(300, NearDuplicates.cluster(articles).size());
    }
}
