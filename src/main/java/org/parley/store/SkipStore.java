package org.parley.store;

import java.util.List;

/** The inputs a run skipped, each with its reason; recording the same input twice keeps one row. */
public final class SkipStore {

    private final Database db;

    public SkipStore(Database db) {
        this.db = db;
    }

    /** One skipped input. */
    public record Skipped(String doc, String step, String reason) {
    }

    public void record(long run, Skipped skipped) {
        String doc = fit(skipped.doc());
        Sql.transaction(db, "record a skipped article", c -> {
            Sql.update(c, "DELETE FROM PARLEY.SKIPPED WHERE JOB_INSTANCE = ? AND DOC = ?", run, doc);
            String reason = skipped.reason().length() > 4000 ? skipped.reason().substring(0, 4000) : skipped.reason();
            return Sql.update(c, "INSERT INTO PARLEY.SKIPPED (JOB_INSTANCE, DOC, STEP, REASON) VALUES (?, ?, ?, ?)",
                    run, doc, skipped.step(), reason);
        });
    }

    /** Names that fit the column: a longer one keeps its start and a digest of the whole, so two stay two. */
    static String fit(String doc) {
        if (doc.length() <= org.parley.article.ArticleParser.MAX_DOC_CHARS) {
            return doc;
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(doc.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return doc.substring(0, 900) + "…#" + java.util.HexFormat.of().formatHex(digest, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The skipped inputs of a run, by name. */
    public List<Skipped> list(long run) {
        return Sql.transaction(db, "list skipped articles", c -> Sql.query(c,
                "SELECT DOC, STEP, REASON FROM PARLEY.SKIPPED WHERE JOB_INSTANCE = ? ORDER BY DOC",
                rs -> new Skipped(rs.getString(1), rs.getString(2), rs.getString(3)), run));
    }
}
