package org.parley.launch;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SetFilesTest {

    @TempDir
    Path set;

    @Test
    void aSetWithoutFilesOrWithGoodOnesIsAccepted() throws IOException {
        SetFiles.check(set);
        Files.writeString(set.resolve("rounds.yaml"), "rounds:\n  - place: Geneva\n    start: 2026-03-09\n");
        Files.writeString(set.resolve("parties.yaml"), "parties:\n  - name: Karvessia\n");
        SetFiles.check(set);
    }

    @Test
    void aBrokenRoundsFileIsRefusedNamingTheFile() throws IOException {
        Files.writeString(set.resolve("rounds.yaml"), "rounds:\n  - place: [Geneva\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SetFiles.check(set));
        assertTrue(e.getMessage().startsWith("the set's rounds.yaml cannot be used: "), e.getMessage());
        Files.writeString(set.resolve("rounds.yaml"), "rounds:\n  - place: Geneva\n    start: 2026-02-30\n");
        e = assertThrows(IllegalArgumentException.class, () -> SetFiles.check(set));
        assertTrue(e.getMessage().contains("rounds.yaml"), e.getMessage());
    }

    @Test
    void aBrokenPartiesFileIsRefusedNamingTheFile() throws IOException {
        Files.writeString(set.resolve("parties.yaml"), "parties: {name: [\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SetFiles.check(set));
        assertTrue(e.getMessage().startsWith("the set's parties.yaml cannot be used: "), e.getMessage());
    }
}
