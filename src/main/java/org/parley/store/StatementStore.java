package org.parley.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;

import org.parley.extraction.ArticleAttributions;
import org.parley.extraction.Attribution;
import org.parley.extraction.Kind;
import org.parley.extraction.Span;

/**
 * The statements extracted from each article of a run. Saving an article's statements replaces
 * whatever an interrupted execution left for it, so a restart never duplicates a statement.
 */
public final class StatementStore {

    /** At most this many connections read a run's articles at once. */
    private static final int MAX_SLICES = 4;

    private final Database db;

    public StatementStore(Database db) {
        this.db = db;
    }

    /** Replaces the statements of the articles given, and marks them extracted. */
    public void replace(long run, List<ArticleAttributions> articles) {
        // one batch per statement for the whole chunk: a round trip per row was most of this step's store time
        List<Object[]> docs = new ArrayList<>(articles.size());
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> extracted = new ArrayList<>(articles.size());
        for (ArticleAttributions a : articles) {
            String doc = a.article().doc();
            docs.add(new Object[] {run, doc});
            List<Attribution> list = a.attributions();
            for (int i = 0; i < list.size(); i++) {
                rows.add(row(run, doc, i, list.get(i)));
            }
            extracted.add(new Object[] {run, doc, list.size()});
        }
        Sql.transaction(db, "store statements", c -> {
            Sql.batch(c, "DELETE FROM PARLEY.STATEMENT WHERE JOB_INSTANCE = ? AND DOC = ?", docs);
            Sql.batch(c, "DELETE FROM PARLEY.EXTRACTED WHERE JOB_INSTANCE = ? AND DOC = ?", docs);
            Sql.batch(c, "INSERT INTO PARLEY.STATEMENT (JOB_INSTANCE, DOC, IDX, KIND, CONTENT_START, CONTENT_END, "
                    + "CUE_START, CUE_END, SOURCE_START, SOURCE_END, SPEAKER, SPEAKER_ROLE, PARTY) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
            Sql.batch(c, "INSERT INTO PARLEY.EXTRACTED (JOB_INSTANCE, DOC, STATEMENTS) VALUES (?, ?, ?)", extracted);
            return null;
        });
    }

    private static Object[] row(long run, String doc, int idx, Attribution s) {
        return new Object[] {run, doc, idx, s.kind().name(), s.content().start(), s.content().end(),
                start(s.cue()), end(s.cue()), start(s.source()), end(s.source()), clip(s.speaker()), clip(s.role()),
                s.party()};
    }

    /** The articles of a run whose statements are stored. */
    public java.util.Set<String> extracted(long run) {
        return Sql.transaction(db, "list extracted articles", c -> new java.util.HashSet<>(Sql.query(c,
                "SELECT DOC FROM PARLEY.EXTRACTED WHERE JOB_INSTANCE = ?", rs -> rs.getString(1), run)));
    }

    /** The number of statements stored for a run. */
    public int count(long run) {
        return Sql.transaction(db, "count statements", c -> Sql.query(c,
                "SELECT COUNT(*) FROM PARLEY.STATEMENT WHERE JOB_INSTANCE = ?", rs -> rs.getInt(1), run).get(0));
    }

    /** Every extracted article of a run with its statements, in set order. */
    public List<ArticleAttributions> load(long run) {
        // The articles' texts are most of what is read (tens of megabytes on a large run): read in
        // slices on their own connections at once, beside the statements, and put back in set order.
        int slices = Math.max(1, Math.min(MAX_SLICES, Runtime.getRuntime().availableProcessors()));
        CompletableFuture<Map<String, List<Attribution>>> statements = CompletableFuture.supplyAsync(() ->
                Sql.transaction(db, "load statements", c -> {
                    Map<String, List<Attribution>> byDoc = new HashMap<>();
                    for (Object[] row : Sql.query(c, "SELECT * FROM PARLEY.STATEMENT WHERE JOB_INSTANCE = ? "
                            + "ORDER BY DOC, IDX", rs -> new Object[] {rs.getString("DOC"), attribution(rs)}, run)) {
                        byDoc.computeIfAbsent((String) row[0], d -> new ArrayList<>()).add((Attribution) row[1]);
                    }
                    return byDoc;
                }));
        List<ArticleStore.Numbered> articles = IntStream.range(0, slices).parallel()
                .mapToObj(slice -> Sql.transaction(db, "load extracted articles", c -> Sql.query(c,
                        "SELECT A.* FROM PARLEY.EXTRACTED E JOIN PARLEY.ARTICLE A ON A.JOB_INSTANCE = E.JOB_INSTANCE "
                                + "AND A.DOC = E.DOC WHERE E.JOB_INSTANCE = ? AND MOD(A.SEQ, " + slices + ") = " + slice,
                        rs -> new ArticleStore.Numbered(rs.getInt("SEQ"), ArticleStore.article(rs)), run)))
                .flatMap(List::stream)
                .sorted(Comparator.comparingInt(ArticleStore.Numbered::seq))
                .toList();
        Map<String, List<Attribution>> byDoc;
        try {
            byDoc = statements.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        List<ArticleAttributions> out = new ArrayList<>(articles.size());
        for (ArticleStore.Numbered a : articles) {
            out.add(new ArticleAttributions(a.article(), byDoc.getOrDefault(a.article().doc(), List.of())));
        }
        return out;
    }

    private static Attribution attribution(ResultSet rs) throws SQLException {
        return new Attribution(Kind.valueOf(rs.getString("KIND")),
                new Span(rs.getInt("CONTENT_START"), rs.getInt("CONTENT_END")),
                span(Sql.nullableInt(rs, "CUE_START"), Sql.nullableInt(rs, "CUE_END")),
                span(Sql.nullableInt(rs, "SOURCE_START"), Sql.nullableInt(rs, "SOURCE_END")),
                rs.getString("SPEAKER"), rs.getString("SPEAKER_ROLE"), rs.getString("PARTY"));
    }

    private static Span span(Integer start, Integer end) {
        return start == null || end == null ? null : new Span(start, end);
    }

    private static Integer start(Span s) {
        return s == null ? null : s.start();
    }

    private static Integer end(Span s) {
        return s == null ? null : s.end();
    }

    private static String clip(String s) {
        return s == null || s.length() <= 500 ? s : s.substring(0, 500);
    }
}
