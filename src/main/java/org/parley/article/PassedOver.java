package org.parley.article;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The files of an article set that {@link ArticleSet} does not list as articles, each with why: hidden
 * files, files of other types, a set's own rounds and parties files, archive metadata. Nothing in a
 * set is passed over without a word.
 */
public final class PassedOver {

    /** Past this many, the rest are counted, not named: a set of photos should not make a manifest of them. */
    static final int MAX_NAMED = 1000;

    /** A file or zip entry not read, and why. */
    public record Entry(String doc, String reason) {
    }

    private PassedOver() {
    }

    /** The entries of a set (a folder or a zip) passed over, in name order. */
    public static List<Entry> of(Path set) throws IOException {
        List<Entry> out = new ArrayList<>();
        if (Files.isDirectory(set)) {
            Files.walkFileTree(set, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = set.relativize(dir).toString().replace('\\', '/');
                    if (!dir.equals(set) && name.startsWith(".")) {
                        out.add(new Entry(name + "/", "a hidden folder, not read"));
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = set.relativize(file).toString().replace('\\', '/');
                    String reason = reason(name);
                    add(out, name, reason);
                    if (reason == null && attrs.isRegularFile() && name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                        inZip(out, file, name + "!/");
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // listed with its reason as the set is read
                }
            });
            out.sort(Comparator.comparing(Entry::doc));
        } else if (Files.isRegularFile(set) && set.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            inZip(out, set, set.getFileName() + "!/");
        }
        if (out.size() > MAX_NAMED) {
            int more = out.size() - MAX_NAMED;
            out.subList(MAX_NAMED, out.size()).clear();
            out.add(new Entry("…", more + " more files passed over, not named"));
        }
        return out;
    }

    private static void inZip(List<Entry> out, Path zip, String prefix) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            file.stream().filter(e -> !e.isDirectory()).map(ZipEntry::getName).sorted()
                    .forEach(name -> add(out, prefix + name, name.startsWith("__MACOSX/")
                            ? "macOS archive metadata, not an article" : reason(name)));
        } catch (IOException e) {
            // not a readable zip: it is skipped with its reason as the set is read
        }
    }

    private static void add(List<Entry> out, String doc, String reason) {
        if (reason != null) {
            out.add(new Entry(doc, reason));
        }
    }

    /** Why a file of this name is not read, or null when Parley reads it. */
    public static String reason(String relative) {
        String base = relative.substring(relative.lastIndexOf('/') + 1);
        String lower = base.toLowerCase(Locale.ROOT);
        if (base.startsWith(".")) {
            return "a hidden file, not read";
        }
        if (lower.equals("rounds.yaml") || lower.equals("rounds.yml") || lower.equals("parties.yaml")
                || lower.equals("parties.yml")) {
            return "a rounds or parties file, not an article";
        }
        if (ArticleEntry.Format.of(base) == null && !lower.endsWith(".jsonl") && !lower.endsWith(".zip")) {
            return "not an article: Parley reads .txt, .md, .markdown, .json, .jsonl, .html, .htm and .zip files";
        }
        return null;
    }
}
