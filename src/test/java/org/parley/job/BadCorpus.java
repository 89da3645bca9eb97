package org.parley.job;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A corpus of bad and hostile inputs, written by code into a folder: every kind of entry that once
 * failed or hung a run, and the like. A rejected entry must be skipped (or passed over) with its
 * reason; a hostile one may be kept or skipped but must neither fail nor hang anything.
 */
final class BadCorpus {

    /** One entry of the corpus: its name in the set (as the manifest names it), and whether it must be rejected. */
    record Bad(String doc, boolean rejected) {
    }

    private static final String BODY = "Negotiators met in Geneva on Monday for a second day of talks on the "
            + "ceasefire. \"We are not there yet,\" the mediator said, adding that both delegations had agreed "
            + "to exchange lists of prisoners before the next round. Officials said the talks would go on.";

    private BadCorpus() {
    }

    /** Writes the corpus into {@code set}; returns its entries. */
    static List<Bad> write(Path set) throws IOException, InterruptedException {
        List<Bad> bad = new ArrayList<>();
        Files.createDirectories(set);
        // contents that are no text
        rejected(bad, set, "empty.txt", new byte[0]);
        rejected(bad, set, "blank.md", "  \n\t\n   ".getBytes(StandardCharsets.UTF_8));
        rejected(bad, set, "binary.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        rejected(bad, set, "latin1.txt", ("Caf\u00e9 talks\n\n" + BODY).getBytes(StandardCharsets.ISO_8859_1));
        rejected(bad, set, "utf16.txt", ("Talks\n\n" + BODY).getBytes(StandardCharsets.UTF_16));
        rejected(bad, set, "nul.txt", ("Talks\n\n" + BODY + "\u0000" + BODY).getBytes(StandardCharsets.UTF_8));
        rejected(bad, set, "too-big.txt", ("Talks\n\n" + BODY.repeat(5 * 1024 * 1024 / BODY.length() + 10))
                .getBytes(StandardCharsets.UTF_8));
        rejected(bad, set, "headline-only.txt", "Talks resume\n".getBytes(StandardCharsets.UTF_8));
        // JSON and JSON lines
        rejected(bad, set, "truncated.json", "{\"title\": \"Half\", \"body\": ".getBytes(StandardCharsets.UTF_8));
        rejected(bad, set, "trailing.json", ("{\"title\": \"Talks\", \"body\": \"" + BODY + "\"} and more")
                .getBytes(StandardCharsets.UTF_8));
        rejected(bad, set, "deep.json", ("[".repeat(1500) + "]".repeat(1500)).getBytes(StandardCharsets.UTF_8));
        rejected(bad, set, "string.json", "\"just a string\"".getBytes(StandardCharsets.UTF_8));
        rejected(bad, set, "number-body.json", "{\"title\": \"Talks\", \"body\": 42}".getBytes(StandardCharsets.UTF_8));
        rejected(bad, set, "no-body.json", "{\"title\": \"Talks\"}".getBytes(StandardCharsets.UTF_8));
        Files.writeString(set.resolve("feed.jsonl"), "{\"title\": \"Half\", \"body\": \n"
                + "[1, 2, 3]\n" + "[".repeat(1500) + "]".repeat(1500) + "\n"
                + "{\"title\": \"Talks\", \"body\": \"" + BODY + "\"} trailing\n");
        for (int line = 1; line <= 4; line++) {
            bad.add(new Bad("feed.jsonl#" + line, true));
        }
        // front matter and fields past their limits
        rejected(bad, set, "bad-date.md", ("---\ndate: 2026-02-30\n---\n# Talks\n\n" + BODY).getBytes(StandardCharsets.UTF_8));
        rejected(bad, set, "bad-month.md", ("---\ndate: 2026-13-01\n---\n# Talks\n\n" + BODY).getBytes(StandardCharsets.UTF_8));
        rejected(bad, set, "long-title.md", ("# " + "Talks ".repeat(800) + "\n\n" + BODY).getBytes(StandardCharsets.UTF_8));
        rejected(bad, set, "long-source.md", ("---\nsource: " + "x".repeat(600) + "\n---\n# Talks\n\n" + BODY)
                .getBytes(StandardCharsets.UTF_8));
        rejected(bad, set, "long-url.md", ("---\nurl: https://example.org/" + "a".repeat(2100) + "\n---\n# Talks\n\n"
                + BODY).getBytes(StandardCharsets.UTF_8));
        rejected(bad, set, "long-title.json", ("{\"title\": \"" + "T".repeat(4100) + "\", \"body\": \"" + BODY + "\"}")
                .getBytes(StandardCharsets.UTF_8));
        Path deep = set;
        for (int i = 0; i < 6; i++) {
            deep = deep.resolve("d".repeat(180));
        }
        Files.createDirectories(deep);
        Files.writeString(deep.resolve("long-path.txt"), "Talks\n\n" + BODY);
        bad.add(new Bad(set.relativize(deep.resolve("long-path.txt")).toString(), true));
        // HTML with no article in it
        rejected(bad, set, "nav-only.html", "<html><body><nav><p>Home</p></nav><p>Subscribe</p></body></html>"
                .getBytes(StandardCharsets.UTF_8));
        rejected(bad, set, "script-only.html", "<html><body><script>var a = 1;</script></body></html>"
                .getBytes(StandardCharsets.UTF_8));
        // what is not a file of the set
        Files.createDirectories(set.resolve("folder.txt"));
        bad.add(new Bad("folder.txt", true));
        Files.createSymbolicLink(set.resolve("passwd.txt"), Path.of("/etc/passwd"));
        bad.add(new Bad("passwd.txt", true));
        Files.createSymbolicLink(set.resolve("dangling.txt"), set.resolve("nowhere.txt"));
        bad.add(new Bad("dangling.txt", true));
        Process fifo = new ProcessBuilder("mkfifo", set.resolve("pipe.txt").toString()).start();
        if (fifo.waitFor() == 0) {
            bad.add(new Bad("pipe.txt", true));
        }
        // zips
        zip(set.resolve("twins.zip"), "a.txt", "Talks\n\n" + BODY, "b.txt", "Other\n\n" + BODY);
        // ZipOutputStream refuses a second "a.txt": rename b.txt in place (same length) in both headers
        String latin = Files.readString(set.resolve("twins.zip"), StandardCharsets.ISO_8859_1).replace("b.txt", "a.txt");
        Files.writeString(set.resolve("twins.zip"), latin, StandardCharsets.ISO_8859_1);
        bad.add(new Bad("twins.zip!/a.txt", true));
        rejected(bad, set, "not-a.zip", "this is no zip".getBytes(StandardCharsets.UTF_8));
        // passed over, named in the manifest with why
        rejected(bad, set, ".hidden.txt", ("Talks\n\n" + BODY).getBytes(StandardCharsets.UTF_8));
        rejected(bad, set, "photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
        // hostile but legal: kept or skipped, never failing or hanging the run
        hostile(bad, set, "one-word.txt", "Talks\n\n" + "a".repeat(1_000_000));
        hostile(bad, set, "quotes.txt", "Talks\n\n" + BODY + " \"".repeat(20_000));
        hostile(bad, set, "combining.txt", "Talks\n\n" + BODY + " Z\u0301\u0302\u0303".repeat(20_000));
        hostile(bad, set, "sentences.txt", "Talks\n\n" + "He said no. ".repeat(200_000));
        hostile(bad, set, "nested.html", "<html><body>" + "<div>".repeat(20_000) + "<p>" + BODY + "</p>"
                + "</div>".repeat(20_000) + "</body></html>");
        hostile(bad, set, "saids.txt", "Talks\n\n" + "said the minister, said the envoy, ".repeat(20_000));
        hostile(bad, set, "control.txt", "Talks\n\n" + BODY + "\u0001\u0002\u0007".repeat(100));
        hostile(bad, set, "bom.txt", "\uFEFFTalks\n\n" + BODY);
        return bad;
    }

    private static void rejected(List<Bad> bad, Path set, String name, byte[] bytes) throws IOException {
        Files.write(set.resolve(name), bytes);
        bad.add(new Bad(name, true));
    }

    private static void hostile(List<Bad> bad, Path set, String name, String text) throws IOException {
        Files.writeString(set.resolve(name), text);
        bad.add(new Bad(name, false));
    }

    private static void zip(Path file, String... namesAndTexts) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
                zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }
}
