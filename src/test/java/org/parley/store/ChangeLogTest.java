package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ChangeLogTest {

    private static final List<String> PARLEY = List.of("1-runs", "2-service", "3-people", "4-updates",
            "5-retire-schema-version", "6-run-input", "7-rendered-rounds");

    @Test
    void jbatchsTablesAreMadeOnlyOnPostgresqlInJavaSe() {
        assertEquals(PARLEY, ChangeLog.ids(Database.Kind.DERBY, false));
        assertEquals(List.of("1-runs", "2-service", "3-people", "4-updates", "5-retire-schema-version", "6-run-input", "7-rendered-rounds", "jbatch-1"),
                ChangeLog.ids(Database.Kind.POSTGRESQL, false));
        assertEquals(PARLEY, ChangeLog.ids(Database.Kind.POSTGRESQL, true));
    }
}
