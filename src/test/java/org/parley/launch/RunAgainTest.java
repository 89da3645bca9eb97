package org.parley.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parley.store.RunRequestStore;
import org.parley.web.RunControl;

/** What a run again reads: the run's own copy while it is there, else the inbox set of the same name; else why not. */
class RunAgainTest {

    @TempDir
    Path dir;

    @Test
    void theRunsOwnCopyWhileItIsThereElseTheInboxSetOfTheSameName() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox/talks"));
        Files.writeString(inbox.resolve("a.txt"), "An article.");
        RunAgain again = new RunAgain(new InboxSets(dir.resolve("inbox"), dir.resolve("staged")));
        Path copy = Files.createDirectories(dir.resolve("staged/inbox-1"));
        Files.writeString(copy.resolve("a.txt"), "An article.");

        assertEquals(new RunControl.Again(true, "the same articles this run read", null),
                again.what(articles(copy), request("manual", "inbox: talks")));
        Files.delete(copy.resolve("a.txt"));
        Files.delete(copy);
        assertEquals(new RunControl.Again(true, "the inbox set talks as it is in the inbox now", null),
                again.what(articles(copy), request("manual", "inbox: talks")));

        // the new run's order reads a staged copy of the inbox set, with the options and the rounds file given
        Path rounds = Files.writeString(dir.resolve("inbox/rounds.yaml"), "rounds:\n  - place: Geneva\n");
        RunQueue.Order order = again.order(articles(copy), request("restart", "inbox: talks"),
                new RunControl.RunOptions(List.of("docx"), "summary"), rounds, null, "analyst", "again-1");
        assertEquals("manual", order.kind());
        assertEquals("inbox: talks", order.source());
        assertEquals(dir.resolve("staged/again-1"), order.parameters().articles());
        assertTrue(Files.isRegularFile(order.parameters().articles().resolve("a.txt")));
        assertEquals(List.of("docx"), order.parameters().formats());
        assertEquals("summary", order.parameters().template());
        assertEquals(rounds, order.parameters().rounds());
        assertNull(order.parameters().parties());
        assertNull(order.restartOf(), "a new run, not a restart of the earlier one");
    }

    @Test
    void anUploadWhoseCopyIsGoneOrTheNightlysNewFilesCannotBeRunAgain() throws Exception {
        RunAgain again = new RunAgain(new InboxSets(Files.createDirectories(dir.resolve("inbox")), dir.resolve("staged")));
        RunControl.Again upload = again.what(articles(dir.resolve("uploads/gone")), request("manual", "upload: talks.zip"));
        assertFalse(upload.possible());
        assertTrue(upload.reason().startsWith("This run cannot be run again: the copy of its articles was deleted"),
                upload.reason());
        RunControl.Again nightly = again.what(articles(dir.resolve("staged/gone")),
                request("scheduled", "inbox: 3 new of 12 files (scheduled, planned 2026-12-07T01:30:00Z)"));
        assertFalse(nightly.possible());
        assertTrue(nightly.reason().startsWith("This nightly run cannot be run again"), nightly.reason());
        RunControl.Again moved = again.what(articles(dir.resolve("staged/gone")), request("manual", "inbox: talks"));
        assertEquals("This run cannot be run again: the set talks is no longer in the inbox, and the run's own copy "
                + "of it was deleted when the run completed.", moved.reason());
        assertThrows(java.util.NoSuchElementException.class, () -> again.order(articles(dir.resolve("uploads/gone")),
                request("manual", "upload: talks.zip"), new RunControl.RunOptions(List.of("pdf"), "briefing"), null,
                null, "analyst", "again-2"));
    }

    private static Properties articles(Path set) {
        Properties p = new Properties();
        p.setProperty("articles", set.toString());
        return p;
    }

    private static RunRequestStore.Request request(String kind, String source) {
        return new RunRequestStore.Request(1, kind, "analyst", 0, source, "{}", null, null, false,
                RunRequestStore.State.ENDED, 7L, 0L, null);
    }
}
