package org.parley.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A run's parameters as the person who started it gave them: the set by the name it was uploaded
 * or picked under, the formats and template by name, a rounds or parties file by its file name.
 * The server's own folders (where an upload was unpacked, where the output goes) are left out:
 * they mean nothing to an analyst and are often gone once the run has ended.
 */
public final class RunParameters {

    /** Set by the service, never by the person asking. */
    private static final Set<String> INTERNAL = Set.of("articles", "output", "newArticles");

    /** The parameters shown above by their own names. */
    private static final Set<String> SHOWN = Set.of("formats", "template", "rounds", "parties", "partitions",
            "renderPartitions");

    private RunParameters() {
    }

    /** One parameter, named and valued in words. */
    public record Parameter(String name, String value) {
    }

    static List<Parameter> of(Map<String, String> parameters, ExecutionView.RequestView request) {
        List<Parameter> out = new ArrayList<>();
        out.add(new Parameter("Article set", set(parameters.get("articles"), request)));
        out.add(new Parameter("Formats", formats(parameters.getOrDefault("formats", "pdf,docx"))));
        String template = parameters.getOrDefault("template", "briefing");
        out.add(new Parameter("Template", template + (template.equals("briefing") ? " (the full briefing)"
                : template.equals("summary") ? " (one page)" : "")));
        file(out, "Rounds file", parameters.get("rounds"), parameters.get("articles"));
        file(out, "Parties file", parameters.get("parties"), parameters.get("articles"));
        if (has(parameters.get("partitions"))) {
            out.add(new Parameter("Partitions", parameters.get("partitions")));
        }
        if (has(parameters.get("renderPartitions"))) {
            out.add(new Parameter("Render partitions (at most)", parameters.get("renderPartitions")));
        }
        parameters.forEach((name, value) -> {
            if (!INTERNAL.contains(name) && !SHOWN.contains(name)) {
                out.add(new Parameter(name, looksLikePath(value) ? fileName(value) : value));
            }
        });
        return out;
    }

    private static String set(String articles, ExecutionView.RequestView request) {
        String source = request == null ? null : request.source();
        if (source != null && source.startsWith("upload: ")) {
            return source.substring("upload: ".length()) + " (uploaded)";
        }
        if (source != null && source.startsWith("inbox: ")) {
            return source.substring("inbox: ".length()) + " (from the inbox)";
        }
        if (source != null && !source.isBlank() && !source.equals("-")) {
            return source;
        }
        return has(articles) ? fileName(articles) : "the bundled sample set";
    }

    private static String formats(String formats) {
        List<String> names = new ArrayList<>();
        for (String f : formats.split(",")) {
            String format = f.strip().toLowerCase(Locale.ROOT);
            names.add(format.equals("pdf") ? "PDF" : format.equals("docx") ? "Word" : format);
        }
        return String.join(", ", names);
    }

    private static void file(List<Parameter> out, String name, String value, String articles) {
        if (!has(value)) {
            return;
        }
        boolean inSet = has(articles) && Path.of(value).normalize().startsWith(Path.of(articles).normalize());
        out.add(new Parameter(name, inSet ? "the set's own " + fileName(value) : fileName(value)));
    }

    private static boolean has(String value) {
        return value != null && !value.isBlank();
    }

    private static boolean looksLikePath(String value) {
        return value != null && (value.startsWith("/") || value.matches("[A-Za-z]:\\\\.*"));
    }

    private static String fileName(String path) {
        Path name = Path.of(path).getFileName();
        return name == null ? path : name.toString();
    }
}
