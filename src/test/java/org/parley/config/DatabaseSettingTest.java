package org.parley.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseSettingTest {

    @TempDir
    Path dir;

    @Test
    void credentialsComeOutOfTheUrlAndOtherParametersStay() {
        DatabaseSetting s = DatabaseSetting.parse("jdbc:postgresql://db.example:5433/parley?user=ana&ssl=true&password=p%26w",
                Map.of());
        assertEquals("jdbc:postgresql://db.example:5433/parley?ssl=true", s.url());
        assertEquals("ana", s.user());
        assertEquals("p&w", s.password());
        assertFalse(s.toString().contains("p&w"));
    }

    @Test
    void theEnvironmentGivesCredentialsTheUrlDoesNotHave() {
        DatabaseSetting s = DatabaseSetting.parse("jdbc:postgresql://localhost/parley",
                Map.of(DatabaseSetting.USER_ENV, "ops", DatabaseSetting.PASSWORD_ENV, "secret"));
        assertEquals("jdbc:postgresql://localhost/parley", s.url());
        assertEquals("ops", s.user());
        assertEquals("secret", s.password());
    }

    @Test
    void anythingButAPostgresqlUrlIsRefusedWithoutShowingItsPassword() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DatabaseSetting.parse("jdbc:mysql://h/db?password=hunter2", Map.of()));
        assertTrue(e.getMessage().contains("not a PostgreSQL JDBC URL"), e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DatabaseSetting.parse("postgres://h/db", Map.of()));
    }

    @Test
    void aHomeRemembersItsDatabaseAndUserButNeverThePassword() throws Exception {
        ParleyHome home = new ParleyHome(dir.resolve("home"));
        assertTrue(DatabaseSetting.resolve(home, null, Map.of()).isEmbedded());
        DatabaseSetting given = DatabaseSetting.resolve(home, "jdbc:postgresql://h/db?user=ana&password=pw", Map.of());
        given.record(home);
        String recorded = Files.readString(home.state().resolve("database.url"));
        assertFalse(recorded.contains("pw"), recorded);
        DatabaseSetting later = DatabaseSetting.resolve(home, null, Map.of(DatabaseSetting.PASSWORD_ENV, "pw"));
        assertEquals("jdbc:postgresql://h/db", later.url());
        assertEquals("ana", later.user());
        assertEquals("pw", later.password());
        assertEquals(later, DatabaseSetting.resolve(home, "jdbc:postgresql://h/db", Map.of(DatabaseSetting.PASSWORD_ENV, "pw",
                DatabaseSetting.USER_ENV, "ana")));
    }

    @Test
    void aHomeIsRefusedAnotherDatabaseThanTheOneItsRunsAreIn() throws Exception {
        ParleyHome home = new ParleyHome(dir.resolve("home"));
        DatabaseSetting.parse("jdbc:postgresql://h/db", Map.of()).record(home);
        IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
                () -> DatabaseSetting.resolve(home, "jdbc:postgresql://h/other", Map.of()));
        assertTrue(other.getMessage().contains("keeps its runs in jdbc:postgresql://h/db"), other.getMessage());

        ParleyHome derby = new ParleyHome(dir.resolve("derby"));
        Files.createDirectories(derby.database());
        IllegalArgumentException fromDerby = assertThrows(IllegalArgumentException.class,
                () -> DatabaseSetting.resolve(derby, null, Map.of(DatabaseSetting.ENV, "jdbc:postgresql://h/db")));
        assertTrue(fromDerby.getMessage().contains("embedded Derby"), fromDerby.getMessage());
        assertNull(DatabaseSetting.resolve(derby, null, Map.of()).url());
    }
}
