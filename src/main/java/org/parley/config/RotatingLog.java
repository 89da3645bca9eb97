package org.parley.config;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.logging.ErrorManager;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

/**
 * A log file that is rotated when it grows past a size: {@code parley.log} becomes
 * {@code parley.log.1}, the older ones move up, and the oldest past the count kept is deleted. The
 * file keeps its name (the JDK's FileHandler would number it), so what the README and the commands
 * point to is always the current log.
 */
public final class RotatingLog extends Handler {

    private final Path file;
    private final long limit;
    private final int keep;
    private OutputStream out;
    private long size;

    /** @param limit bytes past which the file is rotated; @param keep rotated files kept */
    RotatingLog(Path file, long limit, int keep, Formatter format) throws IOException {
        this.file = file;
        this.limit = limit;
        this.keep = keep;
        setFormatter(format);
        open();
    }

    /** A log rotated as the application log is (10 MB, five kept). */
    public static RotatingLog open(Path file, Formatter format) throws IOException {
        return new RotatingLog(file, Logging.ROTATE_AT, Logging.KEEP, format);
    }

    private void open() throws IOException {
        Files.createDirectories(file.getParent());
        out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        size = Files.size(file);
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        try {
            byte[] line = getFormatter().format(record).getBytes(StandardCharsets.UTF_8);
            if (size > 0 && size + line.length > limit) {
                rotate();
            }
            out.write(line);
            out.flush();
            size += line.length;
        } catch (IOException | RuntimeException e) {
            reportError("cannot write " + file, e, ErrorManager.WRITE_FAILURE);
        }
    }

    private void rotate() throws IOException {
        out.close();
        Files.deleteIfExists(rotated(keep));
        for (int i = keep - 1; i >= 1; i--) {
            if (Files.exists(rotated(i))) {
                Files.move(rotated(i), rotated(i + 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.move(file, rotated(1), StandardCopyOption.REPLACE_EXISTING);
        open();
    }

    /** The Nth rotated copy. */
    Path rotated(int n) {
        return file.resolveSibling(file.getFileName() + "." + n);
    }

    @Override
    public synchronized void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            reportError("cannot write " + file, e, ErrorManager.FLUSH_FAILURE);
        }
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            reportError("cannot close " + file, e, ErrorManager.CLOSE_FAILURE);
        }
    }
}
