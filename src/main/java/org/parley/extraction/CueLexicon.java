package org.parley.extraction;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The cues of saying, thinking and reporting, read from {@code cues.tsv}: each line a dictionary
 * form, its flags and, for irregular verbs, its forms; every form of a verb is looked up.
 */
final class CueLexicon {

    private static final String RESOURCE = "/org/parley/extraction/cues.tsv";

    /** First word of a written form -> the whole forms starting with it, longest first. */
    private final Map<String, List<Form>> byFirstWord = new HashMap<>();

    private record Form(String[] words, CueEntry entry) {
    }

    static CueLexicon bundled() {
        CueLexicon lexicon = new CueLexicon();
        for (String line : WordList.lines(RESOURCE)) {
            lexicon.add(line);
        }
        lexicon.byFirstWord.values().forEach(forms -> forms.sort((a, b) -> b.words.length - a.words.length));
        return lexicon;
    }

    private void add(String line) {
        String[] columns = line.split("\t+");
        String lemma = columns[0].toLowerCase(Locale.ROOT);
        Set<CueFlag> flags = EnumSet.noneOf(CueFlag.class);
        if (columns.length > 1 && !columns[1].equals("-")) {
            for (String flag : columns[1].split(",")) {
                flags.add(CueFlag.valueOf(flag.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
            }
        }
        CueEntry entry = new CueEntry(lemma, flags);
        String[] words = lemma.split(" ");
        for (String first : firstWords(words[0], flags, columns)) {
            String[] form = words.clone();
            form[0] = first;
            byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(new Form(form, entry));
        }
    }

    private static Set<String> firstWords(String word, Set<CueFlag> flags, String[] columns) {
        if (columns.length > 2) {
            return Set.of(columns[2].toLowerCase(Locale.ROOT).split("\\s*,\\s*"));
        }
        if (flags.contains(CueFlag.FIXED)) {
            return Set.of(word);
        }
        return Inflections.of(word, flags.contains(CueFlag.DOUBLE));
    }

    /** The entry of a cue as written ("ruled out", "denies"), or null when it is none. */
    CueEntry entryOf(String written) {
        String[] words = written.strip().toLowerCase(Locale.ROOT).split("\\s+");
        List<Form> forms = byFirstWord.get(words[0]);
        if (forms == null) {
            return null;
        }
        for (Form form : forms) {
            if (java.util.Arrays.equals(form.words, words)) {
                return form.entry;
            }
        }
        return forms.get(forms.size() - 1).entry;
    }

    /** The longest cue starting at token {@code i}, or null. */
    Cue match(List<Token> tokens, int i, int end) {
        List<Form> forms = byFirstWord.get(tokens.get(i).lower());
        if (forms == null) {
            return null;
        }
        for (Form form : forms) {
            if (matches(form.words, tokens, i, end)) {
                return new Cue(i, i + form.words.length, form.entry);
            }
        }
        return null;
    }

    private static boolean matches(String[] words, List<Token> tokens, int i, int end) {
        if (i + words.length > end) {
            return false;
        }
        for (int k = 1; k < words.length; k++) {
            if (!tokens.get(i + k).lower().equals(words[k])) {
                return false;
            }
        }
        return true;
    }
}
