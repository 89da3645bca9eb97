package org.parley.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import org.parley.article.Article;
import org.parley.article.Listing;
import org.parley.article.MinHash;
import org.parley.article.NearDuplicates;
import org.parley.article.Story;

/**
 * The articles of each run. Writes are idempotent (a restarted run overwrites its own rows); copies
 * of one story are marked so that extraction reads each text once, and updated versions so that a
 * briefing can say which version updates which.
 */
public final class ArticleStore {

    private static final Logger LOG = Logger.getLogger(ArticleStore.class.getName());

    private static final String COLUMNS = "DOC, TITLE, TEXT, BODY_START, PUBLISHED, OUTLET, URL";

    /** The articles to extract (originals and updates) in set order. */
    private static final String EXTRACTABLE = "SELECT DOC FROM PARLEY.ARTICLE WHERE JOB_INSTANCE = ? "
            + "AND COPY_OF IS NULL ORDER BY SEQ";

    private final Database db;

    public ArticleStore(Database db) {
        this.db = db;
    }

    /** An article with its position in the article set. */
    public record Numbered(int seq, Article article) {
    }

    /** Stores articles of a run with their MinHash signatures, replacing any earlier row of the same name. */
    public void save(long run, List<Numbered> articles) {
        // Shingling is most of ingesting: the chunk's signatures are made on every core, before the transaction.
        List<byte[]> signatures = articles.parallelStream()
                .map(n -> NearDuplicates.signature(n.article()).toBytes()).toList();
        List<Object[]> docs = new ArrayList<>(articles.size());
        List<Object[]> rows = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            Numbered n = articles.get(i);
            Article a = n.article();
            docs.add(new Object[] {run, a.doc()});
            rows.add(new Object[] {run, n.seq(), signatures.get(i), a.doc(), a.title(), a.text(), a.bodyStart(),
                    a.date(), a.outlet(), a.url()});
        }
        // the chunk's rows in one batch each: a round trip per row was most of the store's time
        Sql.transaction(db, "store articles", c -> {
            Sql.batch(c, "DELETE FROM PARLEY.ARTICLE WHERE JOB_INSTANCE = ? AND DOC = ?", docs);
            Sql.batch(c, "INSERT INTO PARLEY.ARTICLE (JOB_INSTANCE, SEQ, SIGNATURE, " + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
            return null;
        });
    }

    /**
     * Marks the run's copies and updates: a copy (the same story reprinted or cut, exactly or with
     * small edits, adding no text) names the version it copies and is not extracted; an update (a
     * later version that adds text) names the version it updates and is extracted like an original.
     * Returns the articles to extract, originals and updates, in set order. Decided from the stored
     * texts and signatures alone, so a restarted run marks the same articles.
     */
    public List<String> markCopies(long run) {
        return Sql.transaction(db, "mark copied and updated articles", c -> {
            long started = System.nanoTime();
            NearDuplicates candidates = new NearDuplicates();
            for (Object[] row : Sql.query(c, "SELECT DOC, SIGNATURE FROM PARLEY.ARTICLE WHERE JOB_INSTANCE = ? "
                    + "ORDER BY SEQ", rs -> new Object[] {rs.getString(1), rs.getBytes(2)}, run)) {
                candidates.add((String) row[0], MinHash.Signature.fromBytes((byte[]) row[1]));
            }
            List<Story> stories = candidates.stories(docs -> load(c, run, docs));
            Sql.update(c, "UPDATE PARLEY.ARTICLE SET COPY_OF = NULL, UPDATE_OF = NULL WHERE JOB_INSTANCE = ?", run);
            List<Object[]> copies = new ArrayList<>();
            List<Object[]> updates = new ArrayList<>();
            for (Story story : stories) {
                for (Story.Member m : story.members()) {
                    if (m.role() != Story.Role.ORIGINAL) {
                        (m.role() == Story.Role.COPY ? copies : updates).add(new Object[] {m.of(), run, m.doc()});
                    }
                }
            }
            Sql.batch(c, "UPDATE PARLEY.ARTICLE SET COPY_OF = ? WHERE JOB_INSTANCE = ? AND DOC = ?", copies);
            Sql.batch(c, "UPDATE PARLEY.ARTICLE SET UPDATE_OF = ? WHERE JOB_INSTANCE = ? AND DOC = ?", updates);
            LOG.info(() -> String.format("run %d: %d articles, %d copies merged, %d kept as updated versions (%d ms)",
                    run, candidates.size(), copies.size(), updates.size(), (System.nanoTime() - started) / 1_000_000));
            return Sql.query(c, EXTRACTABLE, rs -> rs.getString(1), run);
        });
    }

    /** The articles to extract, originals and updates, in set order, as {@link #markCopies} last marked them. */
    public List<String> extractable(long run) {
        return Sql.transaction(db, "list the articles to extract", c -> Sql.query(c, EXTRACTABLE,
                rs -> rs.getString(1), run));
    }

    private static List<Article> load(Connection c, long run, List<String> docs) {
        List<Article> articles = new ArrayList<>();
        try {
            for (String doc : docs) {
                articles.addAll(Sql.query(c, "SELECT " + COLUMNS + " FROM PARLEY.ARTICLE WHERE JOB_INSTANCE = ? "
                        + "AND DOC = ?", ArticleStore::article, run, doc));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the articles of a story: " + e.getMessage(), e);
        }
        return articles;
    }

    /** A stored article. */
    public Article load(long run, String doc) {
        List<Article> found = Sql.transaction(db, "load article " + doc, c -> Sql.query(c,
                "SELECT " + COLUMNS + " FROM PARLEY.ARTICLE WHERE JOB_INSTANCE = ? AND DOC = ?",
                ArticleStore::article, run, doc));
        if (found.isEmpty()) {
            throw new StoreException("no article " + doc + " in run " + run, null);
        }
        return found.get(0);
    }

    /** A stored article and the name of the article it is a copy of, or null for an original. */
    public record Stored(Article article, String copyOf) {
    }

    /** Every stored article of a run, in set order. */
    public List<Stored> all(long run) {
        return Sql.transaction(db, "list articles", c -> Sql.query(c, "SELECT " + COLUMNS + ", COPY_OF "
                + "FROM PARLEY.ARTICLE WHERE JOB_INSTANCE = ? ORDER BY SEQ",
                rs -> new Stored(article(rs), rs.getString("COPY_OF")), run));
    }

    /** Every stored article of a run without its text, with the article it copies or updates, in set order. */
    public List<Listing> listings(long run) {
        return Sql.transaction(db, "list articles", c -> Sql.query(c, "SELECT DOC, TITLE, PUBLISHED, OUTLET, URL, "
                + "COPY_OF, UPDATE_OF FROM PARLEY.ARTICLE WHERE JOB_INSTANCE = ? ORDER BY SEQ", rs -> {
                    Date published = rs.getDate("PUBLISHED");
                    return new Listing(rs.getString("DOC"), rs.getString("TITLE"),
                            published == null ? null : published.toLocalDate(), rs.getString("OUTLET"),
                            rs.getString("URL"), rs.getString("COPY_OF"), rs.getString("UPDATE_OF"));
                }, run));
    }

    /** Each stored article of a run to its original: the article it is a copy of, else itself. Reads no text. */
    public Map<String, String> originals(long run) {
        Map<String, String> originals = new LinkedHashMap<>();
        listings(run).forEach(l -> originals.put(l.doc(), l.original()));
        return originals;
    }

    /** For each extracted article of a run (original or update), every outlet that carried it: its own, then its copies'. */
    public Map<String, List<String>> outletsByOriginal(long run) {
        Map<String, List<String>> outlets = new LinkedHashMap<>();
        for (Listing l : listings(run)) {
            List<String> list = outlets.computeIfAbsent(l.original(), d -> new ArrayList<>());
            if (!list.contains(l.outletOrDoc())) {
                list.add(l.outletOrDoc());
            }
        }
        return outlets;
    }

    /** For each extracted article of a run that has copies, how many were merged into it. */
    public Map<String, Integer> reprintsByOriginal(long run) {
        Map<String, Integer> reprints = new LinkedHashMap<>();
        listings(run).stream().filter(l -> l.copyOf() != null).forEach(l -> reprints.merge(l.copyOf(), 1, Integer::sum));
        return reprints;
    }

    static Article article(ResultSet rs) throws SQLException {
        Date published = rs.getDate("PUBLISHED");
        return new Article(rs.getString("DOC"), rs.getString("TITLE"), rs.getString("TEXT"), rs.getInt("BODY_START"),
                published == null ? null : published.toLocalDate(), rs.getString("OUTLET"), rs.getString("URL"));
    }

}
