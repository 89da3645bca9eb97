package org.parley.store;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The assembled briefings of a run, one JSON model per round, and the run's assembly summary
 * (what the manifest reports beyond the documents), each replaced whole when re-assembled.
 */
public final class BriefingStore {

    private final Database db;

    public BriefingStore(Database db) {
        this.db = db;
    }

    /** One round's briefing model as JSON. */
    public record Stored(String roundId, String json) {
    }

    /**
     * Replaces the run's briefings and summary, and forgets the rounds rendered from the briefings
     * before ({@link RenderStore}); the summary is read from a file as it is stored (it may be tens of
     * megabytes).
     */
    public void replace(long run, List<Stored> briefings, Path summaryJson) {
        Sql.transaction(db, "store briefings", c -> {
            Sql.update(c, "DELETE FROM PARLEY.RENDERED_ROUND WHERE JOB_INSTANCE = ?", run);
            Sql.update(c, "DELETE FROM PARLEY.BRIEFING WHERE JOB_INSTANCE = ?", run);
            Sql.update(c, "DELETE FROM PARLEY.ASSEMBLY WHERE JOB_INSTANCE = ?", run);
            for (int i = 0; i < briefings.size(); i++) {
                Sql.update(c, "INSERT INTO PARLEY.BRIEFING (JOB_INSTANCE, ROUND_ID, SEQ, MODEL) VALUES (?, ?, ?, ?)",
                        run, briefings.get(i).roundId(), i, briefings.get(i).json());
            }
            try (Reader json = Files.newBufferedReader(summaryJson)) {
                return Sql.update(c, "INSERT INTO PARLEY.ASSEMBLY (JOB_INSTANCE, SUMMARY) VALUES (?, ?)", run, json);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the assembly summary: " + e.getMessage(), e);
            }
        });
    }

    /** The run's briefings in round order. */
    public List<Stored> list(long run) {
        return Sql.transaction(db, "load briefings", c -> Sql.query(c,
                "SELECT ROUND_ID, MODEL FROM PARLEY.BRIEFING WHERE JOB_INSTANCE = ? ORDER BY SEQ",
                rs -> new Stored(rs.getString(1), rs.getString(2)), run));
    }

    /** One round's briefing model as JSON, or null when the run has no such round. */
    public String model(long run, String roundId) {
        List<String> found = Sql.transaction(db, "load a briefing", c -> Sql.query(c,
                "SELECT MODEL FROM PARLEY.BRIEFING WHERE JOB_INSTANCE = ? AND ROUND_ID = ?", rs -> rs.getString(1),
                run, roundId));
        return found.isEmpty() ? null : found.get(0);
    }

    /** Reads the run's assembly summary as it comes from the database; null before assembly. */
    public <T> T summary(long run, SummaryReader<T> read) {
        List<T> found = Sql.transaction(db, "read the assembly summary", c -> Sql.query(c,
                "SELECT SUMMARY FROM PARLEY.ASSEMBLY WHERE JOB_INSTANCE = ?", rs -> {
                    try (Reader json = rs.getCharacterStream(1)) {
                        return read.read(json);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the assembly summary: " + e.getMessage(), e);
                    }
                }, run));
        return found.isEmpty() ? null : found.get(0);
    }

    /** What is read from a summary's JSON. */
    @FunctionalInterface
    public interface SummaryReader<T> {
        T read(Reader json) throws IOException;
    }
}
