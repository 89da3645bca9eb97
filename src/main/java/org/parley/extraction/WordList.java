package org.parley.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A lexicon resource of this package read as lines: one entry a line, {@code #} starts a comment. */
final class WordList {

    private WordList() {
    }

    /** The entries of a resource, lower-cased. */
    static Set<String> lowerCase(String resource) {
        Set<String> words = new HashSet<>();
        for (String line : lines(resource)) {
            words.add(line.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(words);
    }

    /** The non-blank, non-comment lines of a resource, stripped. */
    static List<String> lines(String resource) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = WordList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("lexicon " + resource + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int hash = line.indexOf('#');
                String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!entry.isEmpty()) {
                    lines.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
        return lines;
    }
}
