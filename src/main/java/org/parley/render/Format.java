package org.parley.render;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** A kind of file a briefing is rendered to: the two documents and the two data exports. */
public enum Format {
    PDF, DOCX, CSV, JSON;

    /** Every format: both documents and both data exports. */
    public static final Set<Format> ALL = Set.copyOf(EnumSet.allOf(Format.class));

    /** The file extension, without the dot ("pdf"). */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for the formats made from the template (PDF, DOCX); false for the data exports. */
    public boolean isDocument() {
        return this == PDF || this == DOCX;
    }

    /**
     * Reads a comma-separated list as a job parameter gives it ("pdf, docx"), case-insensitive.
     *
     * @throws IllegalArgumentException naming the unknown format and the known ones
     */
    public static Set<Format> parse(String list) {
        Set<Format> formats = EnumSet.noneOf(Format.class);
        for (String part : list.split(",")) {
            String name = part.trim();
            if (!name.isEmpty()) {
                formats.add(of(name));
            }
        }
        return formats;
    }

    private static Format of(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String known = Arrays.stream(values()).map(Format::extension).collect(Collectors.joining(", "));
            throw new IllegalArgumentException("Unknown format \"" + name + "\"; known formats: " + known, e);
        }
    }
}
