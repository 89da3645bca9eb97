package org.parley.launch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.parley.config.TemplateFolder;
import org.parley.render.RenderException;
import org.parley.render.TemplateEngine;

/**
 * The job parameters a restart may change, laid over those of the execution it continues. jbatch
 * gives a restart only the parameters the restart passes, so the result is always the whole set.
 * The article set and the output folder stay: the run resumes on what it first read, into where it
 * first wrote. Each change is checked as a new run's would be, and a refusal names the parameter.
 */
final class RestartParameters {

    /** What a restart may change. */
    static final List<String> CHANGEABLE = List.of("formats", "template", "rounds", "parties", "partitions",
            "renderPartitions");

    /** What an empty value sends back to the default (none). */
    private static final List<String> CLEARABLE = List.of("rounds", "parties", "partitions", "renderPartitions");

    /** What a restart may name only with the value it has. */
    private static final List<String> FIXED = List.of("articles", "output");

    private RestartParameters() {
    }

    /**
     * The original parameters with the changes laid over them. An empty value for rounds, parties,
     * partitions or renderPartitions goes back to none (the default); rounds and parties name files
     * (absolute paths).
     *
     * @throws IllegalArgumentException naming the parameter that is unknown, fixed or bad
     */
    static Properties merge(Properties original, Map<String, String> changes) {
        Properties merged = new Properties();
        merged.putAll(original);
        for (Map.Entry<String, String> change : changes.entrySet()) {
            String name = change.getKey();
            String value = change.getValue() == null ? "" : change.getValue().strip();
            if (FIXED.contains(name)) {
                requireSame(name, value, original.getProperty(name, ""));
            } else if (!CHANGEABLE.contains(name)) {
                throw new IllegalArgumentException("'" + shown(name) + "' is not a parameter a restart can change; "
                        + "it can change " + String.join(", ", CHANGEABLE));
            } else if (value.isEmpty() && CLEARABLE.contains(name)) {
                merged.remove(name);
            } else {
                merged.setProperty(name, checked(name, value));
            }
        }
        checkFiles(merged, changes);
        return merged;
    }

    private static String checked(String name, String value) {
        return switch (name) {
            case "formats" -> formats(value);
            case "template" -> template(value);
            case "partitions", "renderPartitions" -> partitions(name, value);
            default -> file(name, value);
        };
    }

    private static String formats(String value) {
        List<String> list = new ArrayList<>();
        for (String f : value.split(",")) {
            String format = f.strip().toLowerCase(Locale.ROOT);
            if (!JobParameters.FORMATS.contains(format)) {
                throw new IllegalArgumentException("formats: unknown format '" + shown(f.strip()) + "'; Parley writes "
                        + String.join(", ", JobParameters.FORMATS));
            }
            if (!list.contains(format)) {
                list.add(format);
            }
        }
        return String.join(",", list);
    }

    private static String template(String value) {
        if (!value.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("template: a template is named by letters, digits, '-' and '_' only");
        }
        try {
            new TemplateEngine(TemplateFolder.resolve()).check(value);
        } catch (RenderException e) {
            throw new IllegalArgumentException("template: " + e.getMessage(), e);
        }
        return value;
    }

    private static String partitions(String name, String value) {
        if (!value.matches("[0-9]{1,9}") || Integer.parseInt(value) < 1 || Integer.parseInt(value) > JobParameters.MAX_PARTITIONS) {
            throw new IllegalArgumentException(name + " must be 1 to " + JobParameters.MAX_PARTITIONS + ", not '"
                    + shown(value) + "'");
        }
        return Integer.toString(Integer.parseInt(value));
    }

    private static String file(String name, String value) {
        Path file = Path.of(value).toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(name + ": there is no file " + value);
        }
        return file.toString();
    }

    /** Reads the rounds and parties files the restart will use as the job will, when either changed. */
    private static void checkFiles(Properties merged, Map<String, String> changes) {
        if (!changes.containsKey("rounds") && !changes.containsKey("parties")) {
            return;
        }
        SetFiles.check(path(merged, "rounds"), "rounds " + merged.getProperty("rounds"),
                path(merged, "parties"), "parties " + merged.getProperty("parties"));
    }

    private static void requireSame(String name, String value, String original) {
        boolean same = value.isEmpty() ? original.isEmpty()
                : !original.isEmpty() && Path.of(value).toAbsolutePath().normalize().equals(Path.of(original).normalize());
        if (!same) {
            throw new IllegalArgumentException(name + " cannot change on a restart: the run resumes on the article set "
                    + "it first read and writes where it first wrote; start a new run instead");
        }
    }

    private static Path path(Properties p, String name) {
        String value = p.getProperty(name);
        return value == null || value.isBlank() ? null : Path.of(value);
    }

    private static String shown(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
