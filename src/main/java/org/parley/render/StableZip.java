package org.parley.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip (a DOCX) with every entry dated the same fixed time, because POI stamps each entry
 * with the clock: without this, two renderings of the same briefing differ in their bytes.
 */
final class StableZip {

    private StableZip() {
    }

    /**
     * @param zip  the archive
     * @param time the local date-time every entry gets (zip times have no zone and a 2-second grain)
     */
    static byte[] restamp(byte[] zip, LocalDateTime time) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            byte[] buffer = new byte[64 * 1024];
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(time);
                out.putNextEntry(copy);
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    out.write(buffer, 0, n);
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot rewrite the Word file's zip", e);
        }
        return bytes.toByteArray();
    }
}
