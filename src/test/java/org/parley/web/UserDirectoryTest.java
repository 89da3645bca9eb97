package org.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parley.config.ParleyHome;
import org.parley.config.ServiceSettings;

class UserDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void theFirstStartWithoutUsersCreatesAnAdminShowingItsPasswordOnce() throws Exception {
        ParleyHome home = new ParleyHome(dir.resolve("home"));
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        UserDirectory users = UserDirectory.load(List.of(), home, new PrintStream(first, true, StandardCharsets.UTF_8));
        Matcher m = Pattern.compile("created the user 'admin' with the password (\\S+)").matcher(first.toString(StandardCharsets.UTF_8));
        assertTrue(m.find(), first.toString(StandardCharsets.UTF_8));
        String password = m.group(1);
        assertEquals(Optional.of(new UserDirectory.User("admin", Role.ADMIN)), users.authenticate("admin", password, null).user());

        String kept = Files.readString(UserDirectory.file(home));
        assertFalse(kept.contains(password), "only the hash is kept");
        assertTrue(kept.contains("pbkdf2-sha512$210000$"), kept);
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(UserDirectory.file(home))));

        ByteArrayOutputStream second = new ByteArrayOutputStream();
        UserDirectory again = UserDirectory.load(List.of(), home, new PrintStream(second, true, StandardCharsets.UTF_8));
        assertEquals("", second.toString(StandardCharsets.UTF_8));
        assertEquals(Optional.of(new UserDirectory.User("admin", Role.ADMIN)), again.authenticate("admin", password, null).user());
        assertEquals(Optional.empty(), again.authenticate("admin", password + "x", null).user());
        assertEquals(Optional.empty(), again.authenticate("nobody", password, null).user());
    }

    @Test
    void configuredUsersReplaceTheGeneratedOneAndBadEntriesAreNamed() throws Exception {
        ParleyHome home = new ParleyHome(dir.resolve("home"));
        String hash = PasswordHash.hash("pw".toCharArray());
        UserDirectory users = UserDirectory.load(List.of(new ServiceSettings.User("vi", "viewer", hash)), home,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(Optional.of(new UserDirectory.User("vi", Role.VIEWER)), users.authenticate("vi", "pw", null).user());
        assertFalse(Files.exists(UserDirectory.file(home)));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> UserDirectory.load(
                List.of(new ServiceSettings.User("x", "boss", hash)), home, System.out)).getMessage().contains("unknown role 'boss'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> UserDirectory.load(
                List.of(new ServiceSettings.User("x", "admin", "plain")), home, System.out)).getMessage().contains("user 'x'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> UserDirectory.load(
                List.of(new ServiceSettings.User("x", "admin", hash), new ServiceSettings.User("x", "viewer", hash)), home,
                System.out)).getMessage().contains("configured twice"));
    }
}
