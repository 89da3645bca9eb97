package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.parley.config.DatabaseSetting;
import org.parley.config.ParleyHome;

/** The store tests on a real PostgreSQL server, and what only PostgreSQL has: one process per database. */
class PostgresStoreTest extends StoreTest {

    private static final ParleyHome NO_HOME = new ParleyHome(java.nio.file.Path.of("target", "no-home"));

    @Override
    Database newDatabase() {
        return open(TestPostgres.get().newDatabase("store"));
    }

    @Override
    Database reopen(Database database) {
        return open(database.url() + "?user=parley");
    }

    @Override
    List<String> expectedChangeSets() {
        // on PostgreSQL the change log also makes jbatch's tables, which jbatch makes itself only on Derby
        return List.of("1-runs", "2-service", "3-people", "4-updates", "5-retire-schema-version", "6-run-input", "7-rendered-rounds", "jbatch-1");
    }

    private static Database open(String url) {
        return Database.open(NO_HOME, DatabaseSetting.parse(url, java.util.Map.of()), "parley test");
    }

    @Test
    @SuppressWarnings("try") // the resource is held open for the body, not used in it
    void aSecondProcessOnTheSameDatabaseIsRefusedNamingTheFirst() {
        String url = TestPostgres.get().newDatabase("locked");
        try (Database first = open(url)) { // holds the database while a second tries
            DatabaseBusyException refused = assertThrows(DatabaseBusyException.class,
                    () -> Database.open(NO_HOME, DatabaseSetting.parse(url, java.util.Map.of()), "parley second"));
            assertTrue(refused.getMessage().contains("in use by another Parley process (parley test"),
                    refused.getMessage());
        }
        // released when the first closes
        open(url).close();
    }

    @Test
    void inAnApplicationServerTheChangeLogLeavesJbatchsTablesOutAndTakesNoLock() throws Exception {
        String url = TestPostgres.get().newDatabase("server");
        org.postgresql.ds.PGSimpleDataSource source = new org.postgresql.ds.PGSimpleDataSource();
        source.setUrl(url);
        Database first = Database.container(source, () -> false);
        assertEquals(List.of("1-runs", "2-service", "3-people", "4-updates", "5-retire-schema-version", "6-run-input", "7-rendered-rounds"),
                first.changeSets(), "Liberty's batch container keeps its own tables");
        // a second server on the same database opens it too
        Database second = Database.container(source, () -> false);
        assertEquals(first.changeSets(), second.changeSets());
        assertFalse(second.inContainerTransaction());
        assertTrue(Database.container(source, () -> true).inContainerTransaction());
    }
}
