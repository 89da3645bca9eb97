package org.parley.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parley.briefing.Briefing;
import org.parley.store.ArticleStore;

/**
 * The rounds a nightly run's new articles touch: those whose sources include a new article, or
 * the original a new article reprints. A new file stands for every article in it ({@code x.jsonl}
 * for {@code x.jsonl#3}, {@code set.zip} for {@code set.zip!/a.txt}).
 */
final class TouchedRounds {

    private TouchedRounds() {
    }

    /** The new files' names, one per line of {@code list}, relative to the article set. */
    static Set<String> newFiles(Path list) throws IOException {
        Set<String> files = new HashSet<>();
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                files.add(line.strip().replace('\\', '/'));
            }
        }
        return files;
    }

    /** The briefings, in their order, whose rounds a new file touches. */
    /** @param originals each article of the run to its original ({@link ArticleStore#originals}) */
    static List<Briefing> of(List<Briefing> briefings, Set<String> newFiles, Map<String, String> originals) {
        Set<String> docs = new HashSet<>();
        originals.forEach((doc, original) -> {
            if (isIn(doc, newFiles)) {
                docs.add(original);
            }
        });
        if (originals.keySet().stream().allMatch(doc -> isIn(doc, newFiles))) {
            return briefings; // every file is new: a round that holds no statement is the new files' too
        }
        List<Briefing> touched = new ArrayList<>();
        for (Briefing b : briefings) {
            if (b.sources().stream().anyMatch(source -> docs.contains(source.doc()))) {
                touched.add(b);
            }
        }
        return touched;
    }

    static boolean isIn(String doc, Set<String> files) {
        int zip = doc.indexOf("!/");
        int line = doc.lastIndexOf('#');
        return files.contains(doc) || zip > 0 && files.contains(doc.substring(0, zip))
                || line > 0 && files.contains(doc.substring(0, line));
    }
}
