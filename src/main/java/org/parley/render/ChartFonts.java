package org.parley.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The chart's AWT fonts, read from copies of the bundled Liberation Sans faces in a folder of the
 * home: {@link Font#createFont(int, java.io.InputStream)} would copy each face to a {@code +~JF*.tmp}
 * file in the shared temporary folder that only a normal JVM exit removes, so every killed render
 * left two there.
 *
 * @param regular Liberation Sans Regular
 * @param bold    Liberation Sans Bold
 */
record ChartFonts(Font regular, Font bold) {

    private static final Map<Path, ChartFonts> LOADED = new HashMap<>();

    /**
     * The fonts read from their copies in the folder, loaded once per JVM and folder; a copy is
     * written only when missing or different from the bundled face, so the folder holds one file per
     * face however often Parley is killed.
     */
    static synchronized ChartFonts in(Path folder) {
        Path key = folder.toAbsolutePath().normalize();
        ChartFonts fonts = LOADED.get(key);
        if (fonts == null) {
            fonts = new ChartFonts(load(key, Fonts.resource(Fonts.SANS, false, false)),
                    load(key, Fonts.resource(Fonts.SANS, true, false)));
            LOADED.put(key, fonts);
        }
        return fonts;
    }

    private static Font load(Path folder, String resource) {
        try {
            // from a file: the JDK reads it in place and makes no temporary copy
            return Font.createFont(Font.TRUETYPE_FONT, copy(folder, resource).toFile());
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("Cannot load font " + resource + " for the chart from " + folder, e);
        }
    }

    /** The face's copy in the folder, named like the face, written (whole, by a move) unless it holds the face already. */
    static Path copy(Path folder, String resource) throws IOException {
        byte[] bytes = Fonts.bytes(resource);
        Path file = folder.resolve(Path.of(resource).getFileName().toString());
        if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
            return file;
        }
        Files.createDirectories(folder);
        // a process killed while writing leaves this name, which CrashLeftovers removes
        Path partial = Files.createTempFile(folder, "." + file.getFileName() + ".", ".tmp");
        try {
            Files.write(partial, bytes);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
        return file;
    }
}
