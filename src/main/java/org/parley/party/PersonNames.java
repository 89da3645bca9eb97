package org.parley.party;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How person names are compared across articles: without accents, case, honorifics and middle
 * initials, so that "Antony J. Blinken", "Antony Blinken" and "Mr Blinken" meet.
 */
final class PersonNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-\u2010\u2011]+");
    /** What a word of a name keeps: letters, digits, apostrophes (compiled once: names are folded by the thousand). */
    private static final Pattern NOT_IN_WORD = Pattern.compile("[^\\p{L}\\p{N}']");
    private static final Pattern NOT_IN_SURNAME = Pattern.compile("[^\\p{L}\\p{N}'\u2019]");
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady");
    private static final String UNDECOMPOSED = "ıłŁđĐøØßæÆœŒ";
    private static final String[] SPELT = {"i", "l", "L", "d", "D", "o", "O", "ss", "ae", "Ae", "oe", "Oe"};
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

    private PersonNames() {
    }

    /** The comparable words of a name: folded, without honorifics, initials or suffixes. */
    static List<String> words(String name) {
        return words(name, false);
    }

    /** The same, keeping suffixes when asked: "Donald Trump Jr." is not "Donald Trump". */
    static List<String> words(String name, boolean keepSuffixes) {
        String folded = unaccented(name).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        List<String> words = new ArrayList<>();
        for (String w : SEPARATORS.split(folded.strip())) {
            String word = NOT_IN_WORD.matcher(w).replaceAll("");
            boolean initial = word.length() == 1;
            boolean suffix = SUFFIXES.contains(word) && !keepSuffixes;
            if (!word.isEmpty() && !initial && !HONORIFICS.contains(word) && !suffix) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * The name without accents; the letters that Unicode does not decompose into a base letter and a
     * mark ("ı" in "Yıldırım", "ł" in "Błaszczak", "đ" in "Đurić", "ø" in "Støre") are spelt as
     * English-language coverage spells them.
     */
    static String unaccented(String name) {
        if (name.chars().allMatch(c -> c < 128)) {
            return name; // nothing to decompose, no mark, none of the letters below
        }
        String bare = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder out = new StringBuilder(bare.length());
        for (int i = 0; i < bare.length(); i++) {
            char c = bare.charAt(i);
            int k = UNDECOMPOSED.indexOf(c);
            out.append(k < 0 ? String.valueOf(c) : SPELT[k]);
        }
        return out.toString();
    }

    /** The key one person has: first and last word ("vladimir putin" for "Vladimir Vladimirovich Putin"). */
    static String key(String name) {
        List<String> words = words(name);
        if (words.size() <= 1) {
            return words.isEmpty() ? "" : words.get(0);
        }
        return words.get(0) + " " + words.get(words.size() - 1);
    }

    /** The folded form an alias is looked up by. */
    static String aliasKey(String alias) {
        return String.join(" ", words(alias));
    }

    /** The surname as written, the last word that is not a suffix ("Stoltenberg"), or null for a one-word name. */
    static String surname(String name) {
        String[] parts = name.strip().split("\\s+");
        for (int i = parts.length - 1; i > 0; i--) {
            String word = NOT_IN_SURNAME.matcher(parts[i]).replaceAll("");
            if (!word.isEmpty() && !SUFFIXES.contains(word.toLowerCase(Locale.ROOT))) {
                return word;
            }
        }
        return null;
    }

    /** A mention that is part of the name, written as a name ("Stoltenberg", "Mr Xi"), not a title ("the NATO chief"). */
    static boolean isPartOf(String mention, String name) {
        List<String> mentionWords = words(mention);
        if (mentionWords.isEmpty() || !Character.isUpperCase(mention.strip().codePointAt(0))) {
            return false;
        }
        return words(name).containsAll(mentionWords);
    }

    /**
     * Whether two different folded surnames are one spelt differently: one edit apart (a letter
     * added, dropped, changed or two swapped), two for surnames of nine letters or more.
     */
    static boolean spellingVariant(String a, String b) {
        if (a.equals(b) || a.charAt(0) != b.charAt(0) || Math.abs(a.length() - b.length()) > 2) {
            return false;
        }
        int allowed = Math.min(a.length(), b.length()) >= 9 ? 2 : 1;
        return edits(a, b, allowed) <= allowed;
    }

    /** Damerau-Levenshtein distance (optimal string alignment), given up once past {@code limit}. */
    private static int edits(String a, String b, int limit) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int best = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
                best = Math.min(best, d[i][j]);
            }
            if (best > limit) {
                return best;
            }
        }
        return d[a.length()][b.length()];
    }

    /** Whether a name is one word only: a bare surname. */
    static boolean isSingleWord(String name) {
        return words(name).size() == 1;
    }
}
