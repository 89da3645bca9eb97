package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A home whose tables Parley's own scripts made (before Liquibase: {@code V1.sql} .. {@code V4.sql}
 * and {@code PARLEY.SCHEMA_VERSION}) opens under the change log with its data, and takes new rows.
 */
class LegacyMigrationTest {

    @Test
    void aDatabaseTheOldScriptsMadeKeepsItsRowsAndItsIdentityColumnGoesOn() throws Exception {
        String url = "jdbc:derby:memory:legacy-" + System.nanoTime();
        try (Connection c = DriverManager.getConnection(url + ";create=true"); Statement s = c.createStatement()) {
            for (int v = 1; v <= 4; v++) {
                for (String sql : statements(script(v))) {
                    s.execute(sql);
                }
                s.execute("INSERT INTO PARLEY.SCHEMA_VERSION (VERSION, APPLIED) VALUES (" + v + ", CURRENT_TIMESTAMP)");
            }
            s.execute("INSERT INTO PARLEY.ARTICLE (JOB_INSTANCE, DOC, SEQ, TITLE, TEXT, BODY_START, PUBLISHED, OUTLET, "
                    + "URL, SIGNATURE, COPY_OF) VALUES (3, 'a.txt', 0, 'Title', 'Title\n\nBody.', 7, DATE('2026-03-09'), "
                    + "'BBC', NULL, CAST(X'00' AS BLOB), NULL)");
            s.execute("INSERT INTO PARLEY.RUN_REQUEST (KIND, REQUESTED_BY, REQUESTED, SOURCE, PARAMETERS, RECORD_INBOX, "
                    + "STATE) VALUES ('run', 'admin', 1, 'inbox/a', '{}', FALSE, 'QUEUED')");
        }
        Database db = Database.open(url);
        assertEquals(List.of("1-runs", "2-service", "3-people", "4-updates", "5-retire-schema-version", "6-run-input", "7-rendered-rounds"), db.changeSets());
        try (Connection c = db.connect(); ResultSet rs = c.getMetaData().getTables(null, "PARLEY", "SCHEMA_VERSION", null)) {
            assertFalse(rs.next(), "Parley's old version table is retired");
        }
        assertEquals("Title\n\nBody.", new ArticleStore(db).load(3, "a.txt").text());
        RunRequestStore requests = new RunRequestStore(db);
        assertTrue(requests.find(1).isPresent(), "the queued request made before the migration is kept");
        long next = requests.add("run", "admin", 2, "inbox/b", "{}", null, null, false).id();
        assertEquals(2, next, "the identity column goes on from the old rows");
    }

    private static String script(int version) throws IOException {
        try (InputStream in = LegacyMigrationTest.class.getResourceAsStream("legacy/V" + version + ".sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The old scripts' statements: separated by semicolons at line ends, comment lines dropped. */
    private static List<String> statements(String script) {
        StringBuilder code = new StringBuilder();
        script.lines().filter(line -> !line.strip().startsWith("--")).forEach(line -> code.append(line).append('\n'));
        return Arrays.stream(code.toString().split(";\\s*\n")).map(String::strip).filter(sql -> !sql.isEmpty()).toList();
    }
}
