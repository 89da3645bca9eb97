package org.parley.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The Liberation fonts shipped in {@code com.github.librepdf:openpdf-fonts-extra}, read from the
 * classpath so that no font file is committed and no system font is needed. Liberation Sans and
 * Serif cover Latin with diacritics (Šefčovič), Greek and Cyrillic (Лавров).
 */
final class Fonts {

    static final String SANS = "Liberation Sans";
    static final String SERIF = "Liberation Serif";
    static final String MONO = "Liberation Mono";

    private Fonts() {
    }

    /** The resource name of one face, e.g. {@code liberation/LiberationSans-BoldItalic.ttf}. */
    static String resource(String family, boolean bold, boolean italic) {
        String style = bold && italic ? "BoldItalic" : bold ? "Bold" : italic ? "Italic" : "Regular";
        return "liberation/" + family.replace(" ", "") + "-" + style + ".ttf";
    }

    /** The bytes of one face. */
    static byte[] bytes(String resource) {
        try (InputStream in = Fonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is not on the classpath: "
                        + "is com.github.librepdf:openpdf-fonts-extra a dependency?");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + resource, e);
        }
    }
}
