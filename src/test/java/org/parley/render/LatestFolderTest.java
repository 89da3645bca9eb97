package org.parley.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LatestFolderTest {

    @Test
    void latestShowsTheLastRunsFilesOfItsRoundsAndKeepsTheOthersRounds(@TempDir Path out) throws IOException {
        publish(out, 1, Set.of("r", "r-2"), Map.of("r.pdf", "1", "r.csv", "1", "r-2.pdf", "1"));
        publish(out, 2, Set.of("r"), Map.of("r.pdf", "2"));

        Path latest = out.resolve("latest");
        assertTrue(Files.isSymbolicLink(latest), "latest is a link to one generation");
        assertEquals(List.of("r-2.pdf", "r.pdf"), names(latest), "r.csv was round r's, which run 2 made without it");
        assertEquals("2", Files.readString(latest.resolve("r.pdf")));
        assertEquals("1", Files.readString(latest.resolve("r-2.pdf")));
        assertEquals(List.of(".latest-1", ".latest-2", "1", "2", "latest"), names(out), "the generation before is kept once");

        publish(out, 3, Set.of("r-2"), Map.of("r-2.pdf", "3"));
        assertEquals(List.of(".latest-2", ".latest-3", "1", "2", "3", "latest"), names(out));
        assertEquals("2", Files.readString(latest.resolve("r.pdf")));
        assertEquals("3", Files.readString(latest.resolve("r-2.pdf")));
        Files.delete(out.resolve("2").resolve("r.pdf"));
        assertEquals("2", Files.readString(latest.resolve("r.pdf")), "latest holds its own copy of a run folder's file");
    }

    @Test
    void aPlainLatestFolderOfAnOlderParleyBecomesAGeneration(@TempDir Path out) throws IOException {
        Files.createDirectories(out.resolve("latest"));
        Files.writeString(out.resolve("latest/old.pdf"), "old");
        Files.writeString(out.resolve("latest/r.pdf"), "old r");

        publish(out, 4, Set.of("r"), Map.of("r.pdf", "4"));

        assertTrue(Files.isSymbolicLink(out.resolve("latest")));
        assertEquals(List.of("old.pdf", "r.pdf"), names(out.resolve("latest")));
        assertEquals("4", Files.readString(out.resolve("latest/r.pdf")));
        assertEquals(List.of(".latest-4", "4", "latest"), names(out));
    }

    @Test
    void aProcessKilledWhileSwitchingLeavesOneRunsFilesNeverAMix(@TempDir Path out) throws Exception {
        Random random = new Random(7);
        for (int trial = 0; trial < 8; trial++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Switcher.class.getName(), out.toString(),
                    Integer.toString(trial * 100_000 + 1))
                    .redirectErrorStream(true).redirectOutput(out.resolveSibling("switcher.log").toFile()).start();
            // let it switch for a while, then kill it wherever it is
            awaitFile(out.resolve("latest"), child);
            Thread.sleep(50 + random.nextInt(400));
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

            Path latest = out.resolve("latest");
            Set<String> contents = new HashSet<>();
            for (String name : Switcher.NAMES) {
                contents.add(Files.readString(latest.resolve(name)));
            }
            assertEquals(1, contents.size(), "trial " + trial + ": latest/ mixes runs: " + contents);
            assertEquals(List.of(Switcher.NAMES), names(latest), "trial " + trial);
            // what opening the home removes: every generation but the one latest/ shows
            LatestFolder.removeGenerationsBut(out, Set.of(LatestFolder.current(out).orElseThrow()));
            assertEquals(1, names(out).stream().filter(n -> n.startsWith(".latest-")).count(), names(out).toString());
            assertEquals(contents, Set.of(Files.readString(latest.resolve("a.pdf"))), "trial " + trial);
        }
    }

    /** Publishes runs from a number on, as fast as it can, each with every file holding its number. */
    public static final class Switcher {
        static final String[] NAMES = {"a.csv", "a.pdf", "b.docx", "b.pdf"};

        public static void main(String[] args) throws IOException {
            Path out = Path.of(args[0]);
            for (long run = Long.parseLong(args[1]); ; run++) {
                Map<String, String> files = new java.util.LinkedHashMap<>();
                for (String name : NAMES) {
                    files.put(name, Long.toString(run));
                }
                publish(out, run, Set.of("a", "b"), files);
                Files.walk(out.resolve(Long.toString(run))).sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void publish(Path out, long run, Set<String> rounds, Map<String, String> files) throws IOException {
        Path folder = Files.createDirectories(out.resolve(Long.toString(run)));
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> f : files.entrySet()) {
            written.add(Files.write(folder.resolve(f.getKey()), f.getValue().getBytes(StandardCharsets.UTF_8)));
        }
        LatestFolder.publish(out, run, rounds, written);
    }

    private static void awaitFile(Path file, Process child) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(file) && System.nanoTime() < deadline && child.isAlive()) {
            Thread.sleep(10);
        }
        assertTrue(Files.exists(file), "the child process published nothing");
        assertTrue(child.isAlive(), "the child process ended by itself");
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
