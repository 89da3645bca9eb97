package org.parley.store;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parley.article.Article;
import org.parley.article.DuplicateGroup;
import org.parley.article.MinHash;
import org.parley.article.NearDuplicates;

/**
 * The articles of each run. Writes are idempotent (a restarted run overwrites its own rows), and
 * copies of one story are marked so that extraction reads each story once.
 */
public final class ArticleStore {

    private static final String COLUMNS = "DOC, TITLE, TEXT, BODY_START, PUBLISHED, OUTLET, URL";

    private final Database db;

    public ArticleStore(Database db) {
        this.db = db;
    }

    /** An article with its position in the article set. */
    public record Numbered(int seq, Article article) {
    }

    /** Stores articles of a run with their MinHash signatures, replacing any earlier row of the same name. */
    public void save(long run, List<Numbered> articles) {
        Sql.transaction(db, "store articles", c -> {
            for (Numbered n : articles) {
                Article a = n.article();
                Sql.update(c, "DELETE FROM PARLEY.ARTICLE WHERE JOB_INSTANCE = ? AND DOC = ?", run, a.doc());
                Sql.update(c, "INSERT INTO PARLEY.ARTICLE (JOB_INSTANCE, SEQ, SIGNATURE, " + COLUMNS
                                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", run, n.seq(),
                        NearDuplicates.signature(a).toBytes(), a.doc(), a.title(), a.text(), a.bodyStart(), a.date(),
                        a.outlet(), a.url());
            }
            return null;
        });
    }

    /**
     * Marks copies of one story (the same wire story reprinted, exactly or with small edits) as
     * copies of the earliest one, and returns the names of the originals in set order.
     */
    public List<String> markCopies(long run) {
        return Sql.transaction(db, "mark copied articles", c -> {
            NearDuplicates stories = new NearDuplicates();
            for (Object[] row : Sql.query(c, "SELECT DOC, PUBLISHED, OUTLET, SIGNATURE FROM PARLEY.ARTICLE "
                    + "WHERE JOB_INSTANCE = ? ORDER BY SEQ", rs -> new Object[] {rs.getString(1), rs.getDate(2),
                    rs.getString(3), rs.getBytes(4)}, run)) {
                Date published = (Date) row[1];
                stories.add((String) row[0], published == null ? null : published.toLocalDate(), (String) row[2],
                        MinHash.Signature.fromBytes((byte[]) row[3]));
            }
            Sql.update(c, "UPDATE PARLEY.ARTICLE SET COPY_OF = NULL WHERE JOB_INSTANCE = ?", run);
            for (DuplicateGroup group : stories.groups()) {
                for (String member : group.members()) {
                    if (!member.equals(group.canonical())) {
                        Sql.update(c, "UPDATE PARLEY.ARTICLE SET COPY_OF = ? WHERE JOB_INSTANCE = ? AND DOC = ?",
                                group.canonical(), run, member);
                    }
                }
            }
            return Sql.query(c, "SELECT DOC FROM PARLEY.ARTICLE WHERE JOB_INSTANCE = ? AND COPY_OF IS NULL "
                    + "ORDER BY SEQ", rs -> rs.getString(1), run);
        });
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

    /** Each stored article of a run to its original: the article it is a copy of, else itself. Reads no text. */
    public Map<String, String> originals(long run) {
        List<String[]> rows = Sql.transaction(db, "list article originals", c -> Sql.query(c,
                "SELECT DOC, COPY_OF FROM PARLEY.ARTICLE WHERE JOB_INSTANCE = ? ORDER BY SEQ",
                rs -> new String[] {rs.getString("DOC"), rs.getString("COPY_OF")}, run));
        Map<String, String> originals = new LinkedHashMap<>();
        rows.forEach(r -> originals.put(r[0], r[1] == null ? r[0] : r[1]));
        return originals;
    }

    /** For each original article of a run, every outlet that carried it: its own, then its copies'. */
    public Map<String, List<String>> outletsByOriginal(long run) {
        Map<String, List<String>> outlets = new LinkedHashMap<>();
        for (Stored s : all(run)) {
            String original = s.copyOf() == null ? s.article().doc() : s.copyOf();
            List<String> list = outlets.computeIfAbsent(original, d -> new ArrayList<>());
            if (!list.contains(s.article().outletOrDoc())) {
                list.add(s.article().outletOrDoc());
            }
        }
        return outlets;
    }

    /** For each original article of a run that has copies, how many were merged into it. */
    public Map<String, Integer> reprintsByOriginal(long run) {
        Map<String, Integer> reprints = new LinkedHashMap<>();
        all(run).stream().filter(s -> s.copyOf() != null).forEach(s -> reprints.merge(s.copyOf(), 1, Integer::sum));
        return reprints;
    }

    static Article article(ResultSet rs) throws SQLException {
        Date published = rs.getDate("PUBLISHED");
        return new Article(rs.getString("DOC"), rs.getString("TITLE"), rs.getString("TEXT"), rs.getInt("BODY_START"),
                published == null ? null : published.toLocalDate(), rs.getString("OUTLET"), rs.getString("URL"));
    }

}
