package org.parley.launch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.parley.briefing.RunSummary;
import org.parley.render.ManifestJson;
import org.parley.render.RunManifest;
import org.parley.render.RunPublisher;
import org.parley.store.SkipStore;

/** The summary a run prints when it ends, read from the run's manifest. */
final class RunReport {

    private RunReport() {
    }

    /** What the report needs of a run's manifest: all but the summary's statement lists, and their length. */
    record Read(RunManifest manifest, int unassigned) {
    }

    /** Reads the manifest of an execution's run folder, past its statement lists. */
    static Read manifest(Path output, long execution) throws IOException {
        Path file = output.resolve(Long.toString(execution)).resolve(RunPublisher.MANIFEST);
        return new Read(ManifestJson.readLight(file), ManifestJson.count(file, "unassigned"));
    }

    static void print(Read report, Path output, PrintStream out) {
        RunManifest m = report.manifest();
        RunSummary s = m.summary();
        int read = s.articles() + s.copies() + m.skipped().size();
        out.printf("Articles: %d read, %d merged as copies, %d kept as updated versions, %d skipped%n", read,
                s.copies(), s.updates(), m.skipped().size());
        if (!m.passedOver().isEmpty()) {
            out.printf("Passed over: %d files that are no articles (hidden files, other types), listed in the manifest%n",
                    m.passedOver().size());
        }
        for (SkipStore.Skipped skipped : m.skipped()) {
            out.printf("  skipped %s: %s%n", skipped.doc(), skipped.reason());
        }
        out.printf("Statements: %d, %d of them fitting no round of talks%n", s.statements(), report.unassigned());
        out.printf("Rounds: %d%n", m.rounds().size());
        for (RunManifest.RoundFiles r : m.rounds()) {
            out.printf("  %s (%s): %d statements%n", r.title(), r.dates(), r.statements());
        }
        for (RunManifest.NotRendered r : m.notRendered()) {
            out.printf("  not rendered: %s: %s (its earlier files, if any, stay in latest/)%n", r.title(), r.reason());
        }
        if (m.message() != null) {
            out.println(m.message());
        }
        Path folder = output.resolve(Long.toString(m.execution()));
        out.println("Files:");
        for (RunManifest.RoundFiles r : m.rounds()) {
            for (RunManifest.FileEntry f : r.files()) {
                out.println("  " + folder.resolve(f.name()));
            }
        }
        out.println("  " + folder.resolve(RunPublisher.MANIFEST));
        if (!m.rounds().isEmpty()) {
            out.println("Latest copy of each round: " + output.resolve(RunPublisher.LATEST));
        }
    }
}
