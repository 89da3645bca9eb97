package org.parley.launch;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * The briefing job's parameters, as the launcher passes them.
 *
 * @param articles the folder or .zip of articles
 * @param output   where run folders and {@code latest/} go, or null for the home's {@code briefings/}
 * @param formats  document formats ({@code pdf}, {@code docx})
 * @param template the template name
 * @param rounds   a rounds file, or null
 * @param parties  a parties file, or null
 * @param newArticles a file naming, one per line, the articles of the set that are new (a nightly
 *                 run); only the rounds they touch are rendered. Null renders every round
 */
public record JobParameters(Path articles, Path output, List<String> formats, String template, Path rounds,
                            Path parties, Path newArticles) {

    /** The formats Parley writes. */
    public static final List<String> FORMATS = List.of("pdf", "docx");

    public JobParameters(Path articles, Path output, List<String> formats, String template, Path rounds, Path parties) {
        this(articles, output, formats, template, rounds, parties, null);
    }

    public JobParameters {
        formats = List.copyOf(formats);
        for (String f : formats) {
            if (!FORMATS.contains(f)) {
                throw new IllegalArgumentException("unknown format '" + f + "'; Parley writes " + String.join(", ", FORMATS));
            }
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("at least one format is needed");
        }
    }

    Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("articles", articles.toAbsolutePath().toString());
        p.setProperty("formats", String.join(",", formats));
        p.setProperty("template", template);
        put(p, "output", output);
        put(p, "rounds", rounds);
        put(p, "parties", parties);
        put(p, "newArticles", newArticles);
        return p;
    }

    /** The parameters as they were recorded (the inverse of {@link #toProperties()}). */
    static JobParameters fromProperties(Properties p) {
        return new JobParameters(Path.of(p.getProperty("articles")), path(p, "output"),
                List.of(p.getProperty("formats", "pdf,docx").split(",")), p.getProperty("template", "briefing"),
                path(p, "rounds"), path(p, "parties"), path(p, "newArticles"));
    }

    private static Path path(Properties p, String name) {
        String value = p.getProperty(name);
        return value == null || value.isBlank() ? null : Path.of(value);
    }

    private static void put(Properties p, String name, Path value) {
        if (value != null) {
            p.setProperty(name, value.toAbsolutePath().toString());
        }
    }
}
