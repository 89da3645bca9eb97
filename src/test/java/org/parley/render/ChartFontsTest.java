package org.parley.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartFontsTest {

    private static final String REGULAR = Fonts.resource(Fonts.SANS, false, false);

    @TempDir
    Path dir;

    @Test
    void aRenderKilledAfterItsChartLeavesNothingInTheTemporaryFolder() throws IOException, InterruptedException {
        // java.io.tmpdir is read once per JVM and the shared one sees other programs' files: a JVM of its own
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path fonts = dir.resolve("fonts");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
                RenderThenHalt.class.getName(), fonts.toString())
                .redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the render did not end");

        assertEquals(0, child.exitValue(), out);
        assertTrue(out.lines().toList().contains("rendered"), out);
        assertEquals(List.of(), names(tmp), "files the JDK would only have deleted at a normal exit");
        assertEquals(List.of("LiberationSans-Bold.ttf", "LiberationSans-Regular.ttf"), names(fonts));
    }

    @Test
    void aCopyIsTheBundledFaceAndIsRewrittenWhenItIsNot() throws IOException {
        Path file = ChartFonts.copy(dir, REGULAR);
        assertArrayEquals(Fonts.bytes(REGULAR), Files.readAllBytes(file));

        Files.writeString(file, "cut short");
        assertEquals(file, ChartFonts.copy(dir, REGULAR));

        assertArrayEquals(Fonts.bytes(REGULAR), Files.readAllBytes(file));
        assertEquals(List.of("LiberationSans-Regular.ttf"), names(dir), "no partial copy left beside it");
    }

    @Test
    void theFontsOfAFolderAreLoadedOncePerJvm() {
        assertSame(ChartFonts.in(dir), ChartFonts.in(dir.resolve("x").resolve("..")));
        assertEquals("Liberation Sans", ChartFonts.in(dir).regular().getFamily());
        assertEquals("Liberation Sans Bold", ChartFonts.in(dir).bold().getFontName());
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Renders a briefing in every format, then ends the JVM as a kill would: no shutdown hook runs. */
    static final class RenderThenHalt {

        public static void main(String[] args) {
            new BriefingRenderer(TemplateEngine.bundled(), Path.of(args[0]))
                    .renderBytes(BriefingFixtures.sample(), TemplateEngine.BRIEFING, Format.ALL);
            System.out.println("rendered");
            System.out.flush();
            Runtime.getRuntime().halt(0);
        }
    }
}
