package org.parley.config;

import java.nio.file.Path;

/**
 * Where briefing templates are read from: {@code -Dparley.templates}, else {@code PARLEY_TEMPLATES},
 * else {@code templates/} in the working folder (the repository's own when run from its root). A
 * template missing there falls back to the copy bundled in the jar.
 */
public final class TemplateFolder {

    public static final String PROPERTY = "parley.templates";
    public static final String ENV = "PARLEY_TEMPLATES";

    private TemplateFolder() {
    }

    public static Path resolve() {
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath();
        }
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) {
            return Path.of(env).toAbsolutePath();
        }
        return Path.of("templates").toAbsolutePath();
    }
}
