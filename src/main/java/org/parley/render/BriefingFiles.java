package org.parley.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Places a round's files in a folder so that a reader never sees half a file: each is written to a
 * hidden temporary name in the same folder, forced to disk, then moved into place atomically.
 *
 * <p>Names are predictable: {@code <round-id>.pdf}, {@code .docx}, {@code .csv}, {@code .json} for the
 * default template; {@code <round-id>.<template>.pdf} (and {@code .docx}) for another template, e.g.
 * {@code 2025-03-10-geneva.summary.pdf}. A round id is reduced to letters, digits, '-' and '_'.
 */
public final class BriefingFiles {

    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9_-]+");

    private BriefingFiles() {
    }

    /** The file name of one format of a round's briefing rendered with a template. */
    public static String fileName(String roundId, String template, Format format) {
        String base = safeName(roundId);
        boolean variant = format.isDocument() && template != null && !TemplateEngine.BRIEFING.equals(template);
        return base + (variant ? "." + safeName(template) : "") + "." + format.extension();
    }

    /**
     * Writes every file, or none: all temporary files are written first, then all moved into place.
     *
     * @param files bytes by file name, placed in this order
     * @return the placed files, in the same order
     */
    public static List<Path> place(Path folder, Map<String, byte[]> files) {
        Map<Path, Path> moves = new LinkedHashMap<>();
        try {
            Files.createDirectories(folder);
            for (String name : files.keySet()) {
                if (Files.isDirectory(folder.resolve(name))) {
                    throw new IOException(folder.resolve(name) + " is a folder");
                }
            }
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = folder.resolve(file.getKey());
                moves.put(temporary(target, file.getValue()), target);
            }
            for (Map.Entry<Path, Path> move : moves.entrySet()) {
                moveAtomically(move.getKey(), move.getValue());
            }
        } catch (IOException e) {
            moves.keySet().forEach(BriefingFiles::deleteQuietly);
            throw new UncheckedIOException("Cannot place the briefing files in " + folder + ": " + e.getMessage(), e);
        }
        return List.copyOf(moves.values());
    }

    private static Path temporary(Path target, byte[] bytes) throws IOException {
        // not Files.createTempFile: its owner-only permissions would stay with the placed file
        Path temp = target.resolveSibling("." + target.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW)) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw e;
        }
        return temp;
    }

    private static void moveAtomically(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            deleteQuietly(temp);
            throw new IOException("The file system of " + target.getParent() + " cannot move files atomically", e);
        }
    }

    /** A round id or template name reduced to the letters, digits, '-' and '_' of file names. */
    static String safeName(String name) {
        String safe = UNSAFE.matcher(name == null ? "" : name.strip()).replaceAll("-");
        if (safe.isEmpty() || safe.equals("-")) {
            throw new IllegalArgumentException("No usable file name in \"" + name + "\"");
        }
        return safe;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the move failed already; that is the error to report, and a stray hidden .tmp is harmless
        }
    }
}
