package org.parley.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrashLeftoversTest {

    @TempDir
    Path home;

    @Test
    void removesHalfWrittenRunFoldersPlacementsUploadsAndFontCopiesAndKeepsEverythingElse() throws IOException {
        Path briefings = Files.createDirectories(home.resolve("briefings"));
        Path partial = Files.createDirectories(briefings.resolve(".7.partial"));
        Files.writeString(partial.resolve("r.pdf"), "half");
        Path latest = Files.createDirectories(briefings.resolve("latest"));
        Files.writeString(latest.resolve("r.pdf"), "whole");
        Files.writeString(latest.resolve(".r.pdf.3fa9c2d1e0b4a7f6.tmp"), "half");
        Path run = Files.createDirectories(briefings.resolve("6"));
        Files.writeString(run.resolve("manifest.json"), "{}");
        Files.writeString(run.resolve(".manifest.json.00ff.tmp"), "not ours: a run folder is renamed into place whole");
        Path uploads = Files.createDirectories(home.resolve("state/uploads"));
        Files.writeString(uploads.resolve(".incoming-abc123.zip"), "half");
        Files.createDirectories(uploads.resolve(".partial-abc123"));
        Path accepted = Files.createDirectories(uploads.resolve("upload-1-abcd"));
        Path notes = Files.writeString(briefings.resolve("notes.tmp"), "an operator's");
        Files.createDirectories(briefings.resolve(".6.old")); // the new 6 is in place
        Path aside = Files.createDirectories(briefings.resolve(".5.old")); // killed before the new 5 moved in
        Files.writeString(aside.resolve("manifest.json"), "{\"execution\": 5}");

        Path scratch = Files.createDirectories(home.resolve("state/scratch"));
        Files.writeString(scratch.resolve(".assembly-7-123.tmp"), "{\"articles\": 3, \"unass");
        Path kept = Files.writeString(scratch.resolve("readme.txt"), "an operator's");
        Path fonts = Files.createDirectories(home.resolve("state/fonts"));
        Files.writeString(fonts.resolve(".LiberationSans-Bold.ttf.8812.tmp"), "half");
        Path font = Files.writeString(fonts.resolve("LiberationSans-Bold.ttf"), "whole");

        List<Path> removed = CrashLeftovers.clean(briefings, uploads, scratch, fonts);

        assertEquals(7, removed.size(), removed.toString());
        assertFalse(Files.exists(fonts.resolve(".LiberationSans-Bold.ttf.8812.tmp")), "a font copy half-written");
        assertTrue(Files.exists(font));
        assertFalse(Files.exists(scratch.resolve(".assembly-7-123.tmp")), "a summary half-written on its way to the database");
        assertTrue(Files.exists(kept));
        assertFalse(Files.exists(briefings.resolve(".6.old")));
        assertEquals("{\"execution\": 5}", Files.readString(briefings.resolve("5/manifest.json")),
                "a run folder left aside with no new version is published again");
        assertFalse(Files.exists(partial));
        assertFalse(Files.exists(latest.resolve(".r.pdf.3fa9c2d1e0b4a7f6.tmp")));
        assertTrue(Files.exists(run.resolve(".manifest.json.00ff.tmp")), "run folders are not read through");
        assertFalse(Files.exists(uploads.resolve(".incoming-abc123.zip")));
        assertFalse(Files.exists(uploads.resolve(".partial-abc123")));
        assertTrue(Files.exists(latest.resolve("r.pdf")) && Files.exists(run.resolve("manifest.json")));
        assertTrue(Files.exists(accepted) && Files.exists(notes), "what no crash left is kept");
        assertEquals(List.of(), CrashLeftovers.clean(briefings, uploads, scratch, fonts), "nothing left the second time");
        assertEquals(List.of(), CrashLeftovers.clean(home.resolve("none"), home.resolve("none"), home.resolve("none"),
                home.resolve("none")), "a new home");
    }

    @Test
    void keepsOnlyTheGenerationOfLatestItShowsAndPutsBackAPlainLatestLeftAside() throws IOException {
        Path briefings = Files.createDirectories(home.resolve("briefings"));
        Path shown = Files.createDirectories(briefings.resolve(".latest-8"));
        Files.writeString(shown.resolve("r.pdf"), "8");
        Files.createSymbolicLink(briefings.resolve("latest"), Path.of(".latest-8"));
        Files.writeString(Files.createDirectories(briefings.resolve(".latest-7")).resolve("r.pdf"), "the one before");
        Files.writeString(Files.createDirectories(briefings.resolve(".latest-9")).resolve("r.pdf"), "being built");
        Files.createSymbolicLink(briefings.resolve(".latest-9.link"), Path.of(".latest-9"));
        Path scratch = home.resolve("state/scratch");

        List<Path> removed = CrashLeftovers.clean(briefings, home.resolve("state/uploads"), scratch, home.resolve("state/fonts"));

        assertEquals(3, removed.size(), removed.toString());
        assertEquals("8", Files.readString(briefings.resolve("latest/r.pdf")));
        assertFalse(Files.exists(briefings.resolve(".latest-7")) || Files.exists(briefings.resolve(".latest-9"))
                || Files.exists(briefings.resolve(".latest-9.link"), java.nio.file.LinkOption.NOFOLLOW_LINKS));

        // killed between moving an older Parley's plain latest/ aside and linking the new generation
        Path other = Files.createDirectories(home.resolve("other"));
        Files.writeString(Files.createDirectories(other.resolve(".latest-0")).resolve("r.pdf"), "plain");
        Files.writeString(Files.createDirectories(other.resolve(".latest-3")).resolve("r.pdf"), "3");
        CrashLeftovers.clean(other, home.resolve("state/uploads"), scratch, home.resolve("state/fonts"));
        assertFalse(Files.isSymbolicLink(other.resolve("latest")));
        assertEquals("plain", Files.readString(other.resolve("latest/r.pdf")), "the run that was switching restarts to publish");
        assertFalse(Files.exists(other.resolve(".latest-3")));
    }
}
