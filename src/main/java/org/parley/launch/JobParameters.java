package org.parley.launch;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.parley.web.RunControl;

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
 * @param partitions how many partitions the extraction runs in (1 to {@value #MAX_PARTITIONS}), or
 *                 null for one per 250 articles, at most 16
 * @param renderPartitions the most partitions the rendering runs in (1 to {@value #MAX_PARTITIONS}), or
 *                 null for one per round, at most 16
 */
public record JobParameters(Path articles, Path output, List<String> formats, String template, Path rounds,
                            Path parties, Path newArticles, Integer partitions, Integer renderPartitions) {

    /** The formats Parley writes. */
    public static final List<String> FORMATS = List.of("pdf", "docx");

    /** The most partitions a run may ask for, of either step. */
    public static final int MAX_PARTITIONS = RunControl.MAX_PARTITIONS;

    public JobParameters(Path articles, Path output, List<String> formats, String template, Path rounds, Path parties) {
        this(articles, output, formats, template, rounds, parties, null);
    }

    public JobParameters(Path articles, Path output, List<String> formats, String template, Path rounds, Path parties,
                         Path newArticles) {
        this(articles, output, formats, template, rounds, parties, newArticles, null);
    }

    public JobParameters(Path articles, Path output, List<String> formats, String template, Path rounds, Path parties,
                         Path newArticles, Integer partitions) {
        this(articles, output, formats, template, rounds, parties, newArticles, partitions, null);
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
        checkPartitions("partitions", partitions);
        checkPartitions("renderPartitions", renderPartitions);
    }

    private static void checkPartitions(String name, Integer n) {
        if (n != null && (n < 1 || n > MAX_PARTITIONS)) {
            throw new IllegalArgumentException(name + " must be 1 to " + MAX_PARTITIONS + ", not " + n);
        }
    }

    /** These parameters with the extraction in this many partitions (null: as many as the set needs). */
    public JobParameters withPartitions(Integer n) {
        return new JobParameters(articles, output, formats, template, rounds, parties, newArticles, n, renderPartitions);
    }

    /** These parameters with the rendering in at most this many partitions (null: one per round, at most 16). */
    public JobParameters withRenderPartitions(Integer n) {
        return new JobParameters(articles, output, formats, template, rounds, parties, newArticles, partitions, n);
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
        put(p, "partitions", partitions);
        put(p, "renderPartitions", renderPartitions);
        return p;
    }

    /** The parameters as they were recorded (the inverse of {@link #toProperties()}). */
    static JobParameters fromProperties(Properties p) {
        return new JobParameters(Path.of(p.getProperty("articles")), path(p, "output"),
                List.of(p.getProperty("formats", "pdf,docx").split(",")), p.getProperty("template", "briefing"),
                path(p, "rounds"), path(p, "parties"), path(p, "newArticles"), number(p, "partitions"),
                number(p, "renderPartitions"));
    }

    private static Integer number(Properties p, String name) {
        String value = p.getProperty(name);
        return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
    }

    private static Path path(Properties p, String name) {
        String value = p.getProperty(name);
        return value == null || value.isBlank() ? null : Path.of(value);
    }

    private static void put(Properties p, String name, Integer value) {
        if (value != null) {
            p.setProperty(name, value.toString());
        }
    }

    private static void put(Properties p, String name, Path value) {
        if (value != null) {
            p.setProperty(name, value.toAbsolutePath().toString());
        }
    }
}
