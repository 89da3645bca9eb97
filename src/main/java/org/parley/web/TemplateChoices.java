package org.parley.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.parley.config.TemplateFolder;
import org.parley.render.TemplateEngine;

/**
 * The briefing templates a run may be started with, as the page's forms offer them: the bundled
 * {@code briefing} and {@code summary}, then every {@code .ftlh} of the templates folder, by name.
 */
final class TemplateChoices {

    private TemplateChoices() {
    }

    /** The names, the bundled two first, then the folder's others in alphabetical order. */
    static List<String> names() {
        TreeSet<String> folder = new TreeSet<>();
        Path templates = TemplateFolder.resolve();
        if (Files.isDirectory(templates)) {
            try (Stream<Path> files = Files.list(templates)) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ftlh"))
                        .map(n -> n.substring(0, n.length() - ".ftlh".length()))
                        .filter(n -> n.matches("[A-Za-z0-9][A-Za-z0-9_-]{0,63}")).forEach(folder::add);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot list the templates folder " + templates, e);
            }
        }
        folder.remove(TemplateEngine.BRIEFING);
        folder.remove(TemplateEngine.SUMMARY);
        return Stream.concat(Stream.of(TemplateEngine.BRIEFING, TemplateEngine.SUMMARY), folder.stream()).toList();
    }

    /** A template named on a form: one of {@link #names()}; else refused, naming the field. */
    static String chosen(String name) {
        String n = name == null || name.isBlank() ? TemplateEngine.BRIEFING : name.strip();
        if (!names().contains(n)) {
            throw new IllegalArgumentException("Template: there is no template '" + (n.length() > 64 ? n.substring(0, 64) : n)
                    + "'; choose one of " + String.join(", ", names()));
        }
        return n;
    }
}
