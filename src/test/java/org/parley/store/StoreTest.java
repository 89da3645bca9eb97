package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.parley.article.Article;
import org.parley.article.Listing;
import org.parley.extraction.ArticleAttributions;
import org.parley.extraction.Attribution;
import org.parley.extraction.Kind;
import org.parley.extraction.Span;
import org.parley.party.KnownPerson;

/** The stores on embedded Derby; {@link PostgresStoreTest} runs the same tests on PostgreSQL. */
class StoreTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private Database db;
    private final List<Database> opened = new java.util.ArrayList<>();

    @BeforeEach
    void freshDatabase() {
        db = track(newDatabase());
    }

    @org.junit.jupiter.api.AfterEach
    void closeDatabases() {
        opened.forEach(Database::close);
    }

    private Database track(Database database) {
        opened.add(database);
        return database;
    }

    /** A new, empty database, migrated. */
    Database newDatabase() {
        return Database.open("jdbc:derby:memory:store-test-" + DATABASES.incrementAndGet());
    }

    /** The same database opened again (as the next process would). */
    Database reopen(Database database) {
        return Database.open(database.url());
    }

    /** The change sets this kind of database runs. */
    List<String> expectedChangeSets() {
        return List.of("1-runs", "2-service", "3-people", "4-updates", "5-retire-schema-version", "6-run-input", "7-rendered-rounds");
    }

    private static Article article(String doc, String body, LocalDate date, String outlet) {
        return new Article(doc, "Title", "Title\n\n" + body, 7, date, outlet, null);
    }

    @Test
    void migratesToTheCurrentVersionOnceAndReopensWithoutChange() {
        List<String> applied = db.changeSets();
        assertEquals(expectedChangeSets(), applied);
        db.close();
        Database again = track(reopen(db));
        assertEquals(applied, again.changeSets());
    }

    @Test
    void savingArticlesTwiceKeepsOneRowEach() {
        ArticleStore articles = new ArticleStore(db);
        List<ArticleStore.Numbered> chunk = List.of(new ArticleStore.Numbered(0, article("a.txt", "Body one.", null, "X")),
                new ArticleStore.Numbered(1, article("b.txt", "Body two.", null, "Y")));
        articles.save(7, chunk);
        articles.save(7, chunk);
        assertEquals(2, articles.all(7).size());
        assertEquals(0, articles.all(8).size());
    }

    @Test
    void copiesOfAStoryPointAtTheEarliestArticle() {
        String story = "Negotiators from both sides met for four hours in Vienna on Wednesday and agreed to resume "
                + "technical talks on the prisoner exchange next week, officials said after the meeting ended. "
                + "The chief negotiator told reporters that the atmosphere had been businesslike but that no "
                + "agreement on the ceasefire line was in sight before the summer. ";
        String reprint = story.replace("officials said", "officials told the agency") + "Copyright the agency.";
        String other = "Fishing fleets returned to port early as a storm moved across the northern sea, and the "
                + "harbour master said boats would stay in until the weekend at least, according to the coast guard. ";
        ArticleStore articles = new ArticleStore(db);
        articles.save(1, List.of(
                new ArticleStore.Numbered(0, article("late.txt", reprint, LocalDate.of(2026, 3, 2), "Late")),
                new ArticleStore.Numbered(1, article("early.txt", story, LocalDate.of(2026, 3, 1), "Early")),
                new ArticleStore.Numbered(2, article("other.txt", other, null, "Other"))));
        assertEquals(List.of("early.txt", "other.txt"), articles.markCopies(1));
        assertEquals("early.txt", articles.all(1).get(0).copyOf());
        assertNull(articles.all(1).get(1).copyOf());
        assertEquals(java.util.Map.of("late.txt", "early.txt", "early.txt", "early.txt", "other.txt", "other.txt"),
                articles.originals(1));
    }

    @Test
    void anUpdateIsExtractedAndNamesItsEarlierVersionAndARestartMarksTheSame() {
        String first = String.join("\n\n",
                "Negotiators from both sides met for four hours in Vienna on Wednesday and agreed to resume technical "
                        + "talks on the prisoner exchange next week, officials said after the meeting ended.",
                "The chief negotiator told reporters that the atmosphere had been businesslike but that no agreement "
                        + "on the ceasefire line was in sight before the summer.",
                "The mediators said they would send both delegations a list of the prisoners each side holds, and "
                        + "asked for replies before the next session.");
        String update = first + "\n\n" + String.join("\n\n",
                "Late on Wednesday the defence ministry said it was ready to release forty wounded prisoners at once "
                        + "if the other side let the Red Cross visit its camps in the east.",
                "\"A gesture now would help everything that follows,\" a ministry spokeswoman told the state news agency.");
        String reprint = update.replace("officials said", "officials told the agency");
        ArticleStore articles = new ArticleStore(db);
        List<ArticleStore.Numbered> chunk = List.of(
                new ArticleStore.Numbered(0, article("update.txt", update, LocalDate.of(2026, 3, 2), "Wire")),
                new ArticleStore.Numbered(1, article("first.txt", first, LocalDate.of(2026, 3, 1), "Wire")),
                new ArticleStore.Numbered(2, article("reprint.txt", reprint, LocalDate.of(2026, 3, 2), "Post")));
        articles.save(4, chunk);

        List<String> extracted = articles.markCopies(4);

        assertEquals(List.of("update.txt", "first.txt"), extracted);
        assertEquals(List.of(new Listing("update.txt", "Title", LocalDate.of(2026, 3, 2), "Wire", null, null, "first.txt"),
                new Listing("first.txt", "Title", LocalDate.of(2026, 3, 1), "Wire", null, null, null),
                new Listing("reprint.txt", "Title", LocalDate.of(2026, 3, 2), "Post", null, "update.txt", null)),
                articles.listings(4));
        assertEquals(Map.of("update.txt", List.of("Wire", "Post"), "first.txt", List.of("Wire")),
                articles.outletsByOriginal(4));
        assertEquals(Map.of("update.txt", 1), articles.reprintsByOriginal(4));
        // a restarted run stores its chunk again and marks again: the same articles, the same marks
        articles.save(4, chunk);
        assertEquals(extracted, articles.markCopies(4));
        assertEquals(extracted, articles.markCopies(4));
        assertEquals("first.txt", articles.listings(4).get(0).updateOf());
        assertEquals("update.txt", articles.listings(4).get(2).copyOf());
    }

    @Test
    void replacingStatementsNeverDuplicates() {
        ArticleStore articles = new ArticleStore(db);
        StatementStore statements = new StatementStore(db);
        Article a = article("a.txt", "\"We are ready,\" she said.", null, "X");
        articles.save(3, List.of(new ArticleStore.Numbered(0, a)));
        Attribution said = new Attribution(Kind.DIRECT, new Span(7, 22), new Span(28, 32), new Span(24, 27),
                "Anja Reswick", "Deputy Foreign Minister", "Valdoria");
        statements.replace(3, List.of(new ArticleAttributions(a, List.of(said, said))));
        statements.replace(3, List.of(new ArticleAttributions(a, List.of(said))));
        assertEquals(1, statements.count(3));
        List<ArticleAttributions> loaded = statements.load(3);
        assertEquals(List.of(said), loaded.get(0).attributions());
        assertEquals(a, loaded.get(0).article());
    }

    @Test
    void loadingGivesTheExtractedArticlesInSetOrderEachWithItsOwnStatements() {
        ArticleStore articles = new ArticleStore(db);
        StatementStore statements = new StatementStore(db);
        List<ArticleStore.Numbered> set = new java.util.ArrayList<>();
        for (int seq : new int[] {7, 2, 9, 0, 4, 1, 8, 3, 6, 5, 10}) { // stored out of order, read in slices
            set.add(new ArticleStore.Numbered(seq, article("a" + seq + ".txt", "\"Article " + seq + ",\" she said.", null, "X")));
        }
        articles.save(6, set);
        List<ArticleAttributions> extracted = new java.util.ArrayList<>();
        for (ArticleStore.Numbered n : set) {
            if (n.seq() != 4) { // one article not extracted (yet)
                int end = n.article().text().indexOf(',') + 1;
                extracted.add(new ArticleAttributions(n.article(), n.seq() % 3 == 0 ? List.of()
                        : List.of(new Attribution(Kind.DIRECT, new Span(1, end), null, null, "Speaker " + n.seq(), null, null))));
            }
        }
        statements.replace(6, extracted);

        List<ArticleAttributions> loaded = statements.load(6);

        assertEquals(List.of("a0.txt", "a1.txt", "a2.txt", "a3.txt", "a5.txt", "a6.txt", "a7.txt", "a8.txt", "a9.txt",
                "a10.txt"), loaded.stream().map(a -> a.article().doc()).toList());
        for (ArticleAttributions a : loaded) {
            int seq = Integer.parseInt(a.article().doc().replaceAll("\\D", ""));
            assertEquals(seq % 3 == 0 ? List.of() : List.of("Speaker " + seq),
                    a.attributions().stream().map(Attribution::speaker).toList(), a.article().doc());
        }
    }

    @Test
    void skipsAreRecordedOncePerInput() {
        SkipStore skips = new SkipStore(db);
        skips.record(5, new SkipStore.Skipped("bad.json", "ingestArticles", "malformed JSON"));
        skips.record(5, new SkipStore.Skipped("bad.json", "ingestArticles", "malformed JSON"));
        assertEquals(List.of(new SkipStore.Skipped("bad.json", "ingestArticles", "malformed JSON")), skips.list(5));
    }

    @Test
    void aSkippedInputWithANameLongerThanTheColumnIsRecordedAndTwoSuchStayTwo() {
        SkipStore skips = new SkipStore(db);
        String base = "deep/".repeat(250);
        skips.record(6, new SkipStore.Skipped(base + "a.txt", "ingestArticles", "a name of 1255 characters"));
        skips.record(6, new SkipStore.Skipped(base + "b.txt", "ingestArticles", "a name of 1255 characters"));
        List<SkipStore.Skipped> listed = skips.list(6);
        assertEquals(2, listed.size());
        listed.forEach(k -> assertTrue(k.doc().length() <= 1000 && k.doc().startsWith("deep/deep/"), k.doc()));
    }

    @Test
    void knownPeopleAreReplacedWholeAndReadBack() {
        DerbyPersonStore people = new DerbyPersonStore(db);
        KnownPerson anja = new KnownPerson("Anja Reswick", List.of("Reswick"), "Deputy Foreign Minister", "Valdoria",
                LocalDate.of(2026, 3, 9), 2, Map.of("Valdoria", 2));
        KnownPerson tomas = new KnownPerson("Tomas Vell", List.of("Vell"), null, null, LocalDate.of(2026, 3, 10), 1, Map.of());
        people.save(List.of(anja, tomas));
        people.save(List.of(anja));
        assertEquals(List.of(anja), people.load());
    }
}
