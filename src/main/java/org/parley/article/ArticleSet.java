package org.parley.article;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.parley.article.ArticleEntry.FileSpan;
import org.parley.article.ArticleEntry.Format;
import org.parley.article.ArticleEntry.Source;
import org.parley.article.ArticleEntry.ZipSpan;

/**
 * Lists the entries of an article set, a folder (searched recursively) or a {@code .zip}, in a
 * stable order, so that an index into the list is a valid checkpoint across restarts. Files of
 * other types and hidden files are not articles and are left out.
 */
public final class ArticleSet {

    private ArticleSet() {
    }

    /** The entries of a folder, a zip, or a single article file, sorted by name. */
    public static List<ArticleEntry> list(Path set) throws IOException {
        if (!Files.exists(set)) {
            throw new IOException("article set " + set + " does not exist");
        }
        List<ArticleEntry> entries = new ArrayList<>();
        if (Files.isDirectory(set)) {
            Path root = set.toRealPath();
            for (Path file : filesUnder(set)) {
                String name = set.relativize(file).toString().replace('\\', '/');
                String refused = refusal(file, root);
                if (refused == null && name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                    addZipOrRefuse(entries, file, name);
                } else if (refused == null) {
                    addFile(entries, file, name);
                } else if (readable(name)) {
                    entries.add(refused(name, refused));
                }
            }
        } else if (!Files.isRegularFile(set)) {
            throw new IOException("article set " + set
                    + " is not a regular file, folder or zip (a pipe, device or socket)");
        } else {
            addFile(entries, set, set.getFileName().toString());
        }
        return entries;
    }

    /** True when the name is of a kind Parley reads: an article format, a {@code .jsonl} or a {@code .zip}. */
    private static boolean readable(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return Format.of(name) != null || lower.endsWith(".zip") || lower.endsWith(".jsonl");
    }

    /** An entry listed only to be skipped with its reason. */
    private static ArticleEntry refused(String doc, String reason) {
        Format format = Format.of(doc);
        return new ArticleEntry(doc, format == null ? Format.TXT : format, 0, new ArticleEntry.Refused(reason));
    }

    /**
     * Why a path under the set is not read, or null when it is a file to read: a symbolic link is
     * followed only to a file inside the set ({@code -> /etc/passwd} is refused); pipes, devices and
     * sockets are never opened (a pipe would hang the run); a folder named like an article is said so.
     */
    private static String refusal(Path path, Path root) {
        if (Files.isSymbolicLink(path)) {
            Path target;
            try {
                target = path.toRealPath();
            } catch (IOException e) {
                return "a symbolic link to nothing (" + e.getClass().getSimpleName() + ")";
            }
            if (!target.startsWith(root)) {
                return "a symbolic link out of the article set, not followed";
            }
            if (!Files.isRegularFile(target)) {
                return "a symbolic link to something that is not a file";
            }
            return null;
        }
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            return "a folder, not a file";
        }
        return Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) ? null
                : "not a regular file (a pipe, device or socket), not read";
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> !p.equals(folder) && (Files.isSymbolicLink(p) || !Files.isDirectory(p)
                            || readable(p.getFileName().toString())))
                    .filter(p -> !folder.relativize(p).toString().startsWith(".")
                            && !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(p -> folder.relativize(p).toString()))
                    .toList();
        }
    }

    /** A zip inside a folder set: its entries, or, when it cannot be read as a zip, one entry skipped with why. */
    private static void addZipOrRefuse(List<ArticleEntry> entries, Path file, String name) {
        List<ArticleEntry> inside = new ArrayList<>();
        try {
            addZip(inside, file, name);
            entries.addAll(inside);
        } catch (IOException e) {
            entries.add(refused(name, "not a readable zip: " + e.getMessage()));
        }
    }

    private static void addFile(List<ArticleEntry> entries, Path file, String name) throws IOException {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".zip")) {
            addZip(entries, file, name);
        } else if (lower.endsWith(".jsonl")) {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                for (long[] line : lines(in)) {
                    entries.add(new ArticleEntry(name + "#" + line[0], Format.JSONL_LINE, line[2],
                            new FileSpan(file, line[1], (int) Math.min(line[2], Integer.MAX_VALUE))));
                }
            }
        } else {
            Format format = Format.of(name);
            if (format != null) {
                long size = Files.size(file);
                entries.add(new ArticleEntry(name, format, size, new FileSpan(file, 0, clamp(size))));
            }
        }
    }

    private static void addZip(List<ArticleEntry> entries, Path zip, String zipName) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            List<? extends ZipEntry> sorted = file.stream()
                    .filter(e -> !e.isDirectory())
                    .filter(e -> !baseName(e.getName()).startsWith(".") && !e.getName().startsWith("__MACOSX/"))
                    .sorted(Comparator.comparing(ZipEntry::getName))
                    .toList();
            java.util.Map<String, Long> named = sorted.stream().collect(java.util.stream.Collectors.groupingBy(
                    ZipEntry::getName, java.util.stream.Collectors.counting()));
            java.util.Set<String> listed = new java.util.HashSet<>();
            for (ZipEntry entry : sorted) {
                String doc = zipName + "!/" + entry.getName();
                if (named.get(entry.getName()) > 1) {
                    // which of them a reader gets is up to the zip library: none is read, and it is said
                    if (readable(entry.getName()) && listed.add(entry.getName())) {
                        entries.add(refused(doc, "the zip holds " + named.get(entry.getName())
                                + " entries of this name; none is read, as one would hide the others"));
                    }
                    continue;
                }
                String lower = entry.getName().toLowerCase(Locale.ROOT);
                if (lower.endsWith(".jsonl")) {
                    try (InputStream in = new BufferedInputStream(file.getInputStream(entry))) {
                        for (long[] line : lines(in)) {
                            entries.add(new ArticleEntry(doc + "#" + line[0], Format.JSONL_LINE, line[2],
                                    new ZipSpan(zip, entry.getName(), line[1], clamp(line[2]))));
                        }
                    }
                } else {
                    Format format = Format.of(entry.getName());
                    if (format != null) {
                        long size = entry.getSize() >= 0 ? entry.getSize() : Long.MAX_VALUE;
                        Source source = new ZipSpan(zip, entry.getName(), 0, clamp(size));
                        entries.add(new ArticleEntry(doc, format, size, source));
                    }
                }
            }
        }
    }

    /**
     * The non-blank lines of a stream as {line number (1-based), byte offset, byte length}, without
     * the line end. Lines are found by byte, so a line with broken UTF-8 is still one line.
     */
    static List<long[]> lines(InputStream in) throws IOException {
        List<long[]> lines = new ArrayList<>();
        long offset = 0;
        long start = 0;
        long number = 1;
        boolean blank = true;
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                addLine(lines, number, start, offset, blank);
                number++;
                start = offset + 1;
                blank = true;
            } else if (b != ' ' && b != '\t' && b != '\r') {
                blank = false;
            }
            offset++;
        }
        addLine(lines, number, start, offset, blank);
        return lines;
    }

    private static void addLine(List<long[]> lines, long number, long start, long end, boolean blank) {
        if (!blank) {
            lines.add(new long[] {number, start, end - start});
        }
    }

    private static int clamp(long size) {
        return (int) Math.min(size, ArticleParser.MAX_BYTES + 1);
    }

    private static String baseName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
