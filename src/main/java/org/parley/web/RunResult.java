package org.parley.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.parley.render.RunManifest;
import org.parley.render.RunPublisher;

/**
 * What a published run produced, ready to print: its counts in a sentence, its files grouped by
 * round under the round's title (a PDF to open in the browser or download), the manifest, and the
 * link to all of them in one zip.
 */
public final class RunResult {

    private static final Map<String, String> FORMATS = Map.of("pdf", "PDF", "docx", "Word", "csv", "CSV", "json", "JSON");

    private RunResult() {
    }

    /** The result of a run. */
    public record Result(String produced, String message, List<RoundGroup> rounds, List<FileItem> runFiles,
                  List<RunManifest.NotRendered> notRendered, String zip) {
    }

    /** One round's files under its title. */
    public record RoundGroup(String id, String title, String dates, String statements, List<FileItem> files) {
    }

    /** One file: what it is, where to download it and, for a PDF, where to open it. */
    public record FileItem(String name, String kind, String size, String url, String view) {
    }

    static Result of(RunManifest m) {
        String base = "/api/briefings/" + m.execution() + "/";
        List<RoundGroup> rounds = new ArrayList<>();
        for (RunManifest.RoundFiles r : m.rounds()) {
            List<FileItem> files = r.files().stream().map(f -> item(base, f.name(), f.bytes())).toList();
            rounds.add(new RoundGroup(r.id(), r.title(), r.dates(), count(r.statements(), "statement"), files));
        }
        List<FileItem> runFiles = List.of(new FileItem(RunPublisher.MANIFEST, "the run's manifest (JSON)", "",
                base + RunPublisher.MANIFEST, null));
        return new Result(produced(m), m.message(), rounds, runFiles, m.notRendered(), base + BriefingZipResource.NAME);
    }

    /** "14 articles read (1 copy merged, 0 updates kept, 2 skipped); 85 statements; 3 briefings." */
    static String produced(RunManifest m) {
        if (m.summary() == null) {
            return count(m.rounds().size(), "round") + " published.";
        }
        return count(m.summary().articles(), "article") + " read (" + count(m.summary().copies(), "copy", "copies")
                + " merged, " + count(m.summary().updates(), "updated version") + " kept, "
                + (m.skipped() == null ? 0 : m.skipped().size()) + " skipped); " + count(m.summary().statements(), "statement") + "; "
                + count(m.summary().rounds().size(), "round") + " of talks, " + count(m.rounds().size(), "briefing")
                + " written.";
    }

    private static FileItem item(String base, String name, long bytes) {
        String format = Downloads.extension(name);
        String kind = FORMATS.getOrDefault(format, format.toUpperCase(Locale.ROOT));
        return new FileItem(name, kind, size(bytes), base + name, format.equals("pdf") ? base + name + "?inline=true" : null);
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return (bytes + 512) / 1024 + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static String count(int n, String one) {
        return count(n, one, one + "s");
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
