package org.parley.store;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The inbox files that successful nightly runs have read, by content (SHA-256), so that the next
 * nightly run knows which articles are new.
 */
public final class InboxStore {

    private final Database db;

    public InboxStore(Database db) {
        this.db = db;
    }

    /** One file of the inbox: its path under the inbox and the SHA-256 of its bytes. */
    public record Fingerprint(String path, String sha256) {
    }

    /** The checksums of every file read so far. */
    public Set<String> seen() {
        return new HashSet<>(Sql.transaction(db, "read the inbox files seen", c -> Sql.query(c,
                "SELECT SHA256 FROM PARLEY.INBOX_SEEN", rs -> rs.getString(1))));
    }

    /** Records files as read by a completed execution; files already recorded keep their first record. */
    public void record(Collection<Fingerprint> files, long execution, long at) {
        Sql.transaction(db, "record the inbox files read", c -> {
            for (Fingerprint f : files) {
                if (Sql.query(c, "SELECT 1 FROM PARLEY.INBOX_SEEN WHERE SHA256 = ?", rs -> 1, f.sha256()).isEmpty()) {
                    Sql.update(c, "INSERT INTO PARLEY.INBOX_SEEN (SHA256, PATH, EXECUTION, SEEN) VALUES (?, ?, ?, ?)",
                            f.sha256(), f.path(), execution, at);
                }
            }
            return null;
        });
    }
}
