package org.parley.round;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of one sentence, lower-cased, letters only ("COP26" is "cop"), with where each is.
 * Read once per sentence so that patterns run only where their words occur.
 */
final class Words {

    /** One word at {@code [start, end)}. */
    record Word(int start, int end, String lower) {
    }

    private final List<Word> list = new ArrayList<>();
    private final Set<String> set = new HashSet<>();

    Words(String text, int from, int to) {
        int start = -1;
        StringBuilder word = new StringBuilder();
        for (int i = from; i <= to; i++) {
            char c = i < to ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                start = start < 0 ? i : start;
                word.append(Character.toLowerCase(c));
            } else if (!Character.isDigit(c) && word.length() > 0) {
                String w = word.toString();
                list.add(new Word(start, i, w));
                set.add(w);
                word.setLength(0);
                start = -1;
            }
        }
    }

    List<Word> list() {
        return list;
    }

    boolean has(String lowerWord) {
        return set.contains(lowerWord);
    }

    /** True when any of the words (lower case) is in the sentence. */
    boolean hasAny(Set<String> words) {
        // Walk the smaller of the two: a sentence has dozens of words, a lexicon list a handful or hundreds.
        Set<String> few = words.size() < set.size() ? words : set;
        Set<String> many = few == set ? words : set;
        for (String w : few) {
            if (many.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** True when the phrase's words stand in the sentence in a row, covering the word at {@code index}. */
    boolean phraseAround(int index, List<String> phrase) {
        for (int j = 0; j < phrase.size(); j++) {
            if (!phrase.get(j).equals(list.get(index).lower())) {
                continue;
            }
            int first = index - j;
            boolean all = first >= 0 && first + phrase.size() <= list.size();
            for (int k = 0; all && k < phrase.size(); k++) {
                all = phrase.get(k).equals(list.get(first + k).lower());
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    static Set<String> lower(java.util.Collection<String> words) {
        Set<String> out = new HashSet<>();
        words.forEach(w -> out.add(w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "")));
        return Set.copyOf(out);
    }
}
