package org.parley.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A reference to one would-be article inside an article set: a file, a zip entry, or one line of
 * a {@code .jsonl} file. Its bytes are read only when the article is parsed, so listing a set is
 * cheap and a bad entry fails alone.
 *
 * @param doc    the name attributions will carry ({@code a.txt}, {@code set.jsonl#3}, {@code set.zip!/a.txt})
 * @param format the file format, from the extension
 * @param size   the size in bytes, known before reading
 * @param source where the bytes come from
 */
public record ArticleEntry(String doc, Format format, long size, Source source) {

    /** The input formats Parley reads, by file extension. */
    public enum Format {
        TXT, MD, JSON, JSONL_LINE, HTML;

        /** The format of a file name, or null when Parley does not read such files. */
        static Format of(String fileName) {
            String lower = fileName.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".txt")) return TXT;
            if (lower.endsWith(".md") || lower.endsWith(".markdown")) return MD;
            if (lower.endsWith(".json")) return JSON;
            if (lower.endsWith(".html") || lower.endsWith(".htm")) return HTML;
            return null;
        }
    }

    /** Where an entry's bytes are: a span of a file on disk or of a zip entry, or why none are read. */
    public sealed interface Source permits FileSpan, ZipSpan, Refused {
        byte[] read() throws IOException;
    }

    /**
     * An entry that is listed only to be skipped with its reason, never read: a symbolic link out of
     * the set, a pipe, a folder named like an article.
     */
    public record Refused(String reason) implements Source {
        @Override
        public byte[] read() throws IOException {
            throw new IOException(reason);
        }
    }

    /** A whole file or a byte range of it (one line of a {@code .jsonl}). */
    public record FileSpan(Path file, long offset, int length) implements Source {
        @Override
        public byte[] read() throws IOException {
            try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
                byte[] bytes = new byte[length];
                in.seek(offset);
                in.readFully(bytes);
                return bytes;
            }
        }
    }

    /** A zip entry, or a byte range of it (one line of a {@code .jsonl} inside a zip). */
    public record ZipSpan(Path zip, String entry, long offset, int length) implements Source {
        @Override
        public byte[] read() throws IOException {
            try (ZipFile file = new ZipFile(zip.toFile())) {
                ZipEntry found = file.getEntry(entry);
                if (found == null) {
                    throw new IOException("no entry " + entry + " in " + zip);
                }
                try (InputStream in = file.getInputStream(found)) {
                    in.skipNBytes(offset);
                    return in.readNBytes(length);
                }
            }
        }
    }

    /** The entry's bytes. */
    public byte[] read() throws IOException {
        return source.read();
    }
}
